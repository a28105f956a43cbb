import type { INodeParameters } from 'n8n-workflow';

/**
 * Runs inside the editor as an expression (it is turned into text), so it must not use
 * anything from outside its own body.
 */
export function configuredOutputs(parameters: INodeParameters) {
	const otherOutput = { type: 'main', displayName: 'Other / Unsure' };
	if (parameters.routing === 'singleOutput') {
		return [{ type: 'main', displayName: 'Classified' }, otherOutput];
	}

	let names: string[] = [];
	if (parameters.categorySource === 'json') {
		const json = parameters.categoriesJson;
		try {
			const list = typeof json === 'string' && !json.startsWith('=') ? JSON.parse(json) : json;
			names = Array.isArray(list)
				? list.map((entry: { name?: string }) => String(entry?.name ?? ''))
				: Object.keys(list ?? {});
		} catch {
			names = [];
		}
	} else {
		const collection = (parameters.categories ?? {}) as { category?: Array<{ name?: string }> };
		names = (collection.category ?? []).map((entry) => String(entry.name ?? ''));
	}

	return [
		...names.map((name, index) => ({ type: 'main', displayName: name || `Category ${index + 1}` })),
		otherOutput,
	];
}
