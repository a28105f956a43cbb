import type { DocumentType } from '../record';

// UNTDID 1001 codes that EN 16931 counts as credit notes.
const creditNoteCodes = new Set([
	'81',
	'83',
	'261',
	'262',
	'296',
	'308',
	'381',
	'396',
	'420',
	'458',
	'532',
]);

export function documentTypeOfCode(code: string | null): DocumentType {
	return code && creditNoteCodes.has(code) ? 'creditNote' : 'invoice';
}
