/** PDF objects (ISO 32000-1, 7.3); strings stay bytes, since their encoding varies. */
export class PdfName {
	constructor(readonly value: string) {}
}

export class PdfReference {
	constructor(
		readonly number: number,
		readonly generation: number,
	) {}
}

export type PdfDictionary = Map<string, PdfValue>;

export type PdfValue =
	| null
	| boolean
	| number
	| Uint8Array
	| PdfName
	| PdfReference
	| PdfValue[]
	| PdfDictionary;

export class PdfSyntaxError extends Error {}

export function isDictionary(value: PdfValue | undefined): value is PdfDictionary {
	return value instanceof Map;
}

export function nameOf(value: PdfValue | undefined): string | undefined {
	return value instanceof PdfName ? value.value : undefined;
}
