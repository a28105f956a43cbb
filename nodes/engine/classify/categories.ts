export interface Category {
	name: string;
	description: string;
	examples: string[];
}

/** What the model answers when no category fits; the item then goes to Other / Unsure. */
export const noMatchLabel = 'none';

export class CategoryListError extends Error {}

function asExamples(value: unknown): string[] {
	if (Array.isArray(value))
		return value
			.map(String)
			.map((text) => text.trim())
			.filter(Boolean);
	if (typeof value === 'string')
		return value
			.split('\n')
			.map((text) => text.trim())
			.filter(Boolean);
	return [];
}

function fromEntry(entry: unknown, position: number): Category {
	if (!entry || typeof entry !== 'object') {
		throw new CategoryListError(`Category ${position} is not an object with a name.`);
	}
	const { name, description, examples } = entry as Record<string, unknown>;
	const trimmedName = typeof name === 'string' ? name.trim() : '';
	if (!trimmedName) throw new CategoryListError(`Category ${position} has no name.`);

	return {
		name: trimmedName,
		description: typeof description === 'string' ? description.trim() : '',
		examples: asExamples(examples),
	};
}

/**
 * Accepts the list as the node's fields give it, as a JSON array of {name, description,
 * examples}, or as an object of name to description, so a consultant can paste a client's list.
 */
export function readCategories(input: unknown): Category[] {
	let value = input;
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch {
			throw new CategoryListError('The category list is not valid JSON.');
		}
	}
	const entries = Array.isArray(value)
		? value
		: value && typeof value === 'object'
			? Object.entries(value).map(([name, description]) =>
					typeof description === 'object' && description !== null
						? { name, ...(description as object) }
						: { name, description },
				)
			: [];
	const categories = entries.map((entry, index) => fromEntry(entry, index + 1));

	if (categories.length === 0) throw new CategoryListError('The category list is empty.');
	const seen = new Set<string>();
	for (const category of categories) {
		const key = category.name.toLowerCase();
		if (key === noMatchLabel) {
			throw new CategoryListError(
				'"none" is what the model answers when no category fits. Rename that category.',
			);
		}
		if (seen.has(key))
			throw new CategoryListError(`The category "${category.name}" appears twice.`);
		seen.add(key);
	}
	return categories;
}
