import type { DocumentInput } from '../../../../nodes/engine/knowledge';

/** A catalog of `rows` rows whose every passage names its document and version. */
export function generatedCatalog(id: string, version: number, rows: number): DocumentInput {
	const lines = Array.from(
		{ length: rows },
		(_, index) =>
			`${id}-${index + 1},"${id} version ${version} row ${index + 1} cadena freno rueda"`,
	);
	return {
		id,
		source: `${id}.csv`,
		format: 'csv',
		content: ['sku,description', ...lines].join('\n'),
		metadata: { version },
	};
}
