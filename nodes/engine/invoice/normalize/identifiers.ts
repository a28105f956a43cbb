const spanishLabels = ['NIF', 'CIF', 'NIE', 'DNI'].map((label) => [...label].join('\\.?\\s?'));
const vatLabels = [
	'VAT(?:\\s*(?:ID|NO|NUMBER|REG))?',
	'TVA',
	'USt-?Id-?Nr',
	'UID(?:-?Nr)?',
	'P\\.?\\s?IVA',
	'BTW',
	'NIPC',
];

/**
 * Labels printed before a tax id are not part of it: "CIF:", "N.I.F.", "NIF/CIF", "VAT No.",
 * "USt-IdNr.". No Spanish or EU id starts with these letters followed by a separator.
 */
const taxIdLabel = new RegExp(
	`^\\s*(?:(?:(?:${spanishLabels.join('|')})\\.?\\s*/?\\s*)+|(?:${vatLabels.join('|')})\\.?(?=[\\s:#]|$))`,
	'i',
);

/**
 * A tax id (NIF, CIF, NIE, VAT number) in capitals without spaces, dots or hyphens, and
 * without a label printed before it.
 */
export function normalizeTaxId(printed: string): string {
	return printed
		.normalize('NFKC')
		.replace(taxIdLabel, '')
		.replace(/^\s*[:#º]/, '')
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
