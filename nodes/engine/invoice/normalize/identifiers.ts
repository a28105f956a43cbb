/** A tax id (NIF, CIF, NIE, VAT number) in capitals without spaces, dots or hyphens. */
export function normalizeTaxId(printed: string): string {
	return printed
		.normalize('NFKC')
		.toUpperCase()
		.replace(/[\s.\-\u2010-\u2015\u2212]/g, '');
}

/** An IBAN in capitals without the "IBAN" label, spaces or hyphens. */
export function normalizeIban(printed: string): string {
	return printed
		.normalize('NFKC')
		.toUpperCase()
		.replace(/^\s*IBAN\s*:?/, '')
		.replace(/[\s\-\u2010-\u2015]/g, '');
}
