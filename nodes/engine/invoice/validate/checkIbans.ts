import { normalizeIban } from '../normalize/identifiers';
import type { ValidationProblem } from '../record';
import type { Check } from './context';
import { describeIbanError } from './iban';
import { problem } from './problems';

const ibanLike = /\b[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,4})?\b/g;

/** Every valid IBAN printed in the document, once each. */
export function printedIbans(text: string): string[] {
	const found = [...text.toUpperCase().matchAll(ibanLike)].map((match) => normalizeIban(match[0]));
	return [...new Set(found.filter((iban) => !describeIbanError(iban)))];
}

/**
 * "We have changed banks, pay to this new account" is the classic invoice fraud. A document
 * that prints more than one account is for a
 * person to confirm with the supplier, by phone, before anything is paid. (An extracted account
 * that is not printed at all is already reported by the source check.)
 */
export const checkIbans: Check = ({ sourceText }) => {
	if (!sourceText) return [];
	const ibans = printedIbans(sourceText);
	const problems: ValidationProblem[] = [];

	if (ibans.length > 1) {
		problems.push(
			problem(
				'severalIbans',
				'iban',
				`The document prints ${ibans.length} different bank accounts (${ibans.join(', ')}); confirm the right one with the supplier by phone before paying.`,
			),
		);
	}
	return problems;
};
