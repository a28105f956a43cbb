import type { INodeParameters } from 'n8n-workflow';

/**
 * Runs as an n8n expression (it is turned into text), so it must not use anything from outside
 * its own body. n8n's expression engine fails on `catch {` without a binding, and a failed
 * outputs expression makes n8n drop the items of the first output: keep `catch (_error)`.
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
			const list = typeof json === 'string' ? (json.startsWith('=') ? [] : JSON.parse(json)) : json;
			names = Array.isArray(list)
				? list.map((entry: { name?: string }) => String(entry?.name ?? ''))
				: Object.keys(list ?? {});
		} catch (_error) {
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
