import type { Party, ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { describeIbanError } from './iban';
import { problem } from './problems';
import { checkTaxId, taxIdExample, withoutVatPrefix } from './taxId';

function checkPartyTaxId(party: Party, role: 'supplier' | 'customer'): ValidationProblem[] {
	if (!party.taxId) return [];
	const verdict = checkTaxId(party.taxId, party.countryCode);
	if (!verdict || verdict.valid) return [];

	const code = role === 'supplier' ? 'invalidSupplierTaxId' : 'invalidCustomerTaxId';
	const field = `${role}.taxId`;
	const example = taxIdExample(party.taxId, party.countryCode);
	const message =
		verdict.failure === 'checkDigit'
			? `The ${role} tax id ${party.taxId} fails the check digit of a ${verdict.kind}; a character was probably misread or mistyped.`
			: `The ${role} tax id ${party.taxId} does not have the form of a ${verdict.kind} (such as ${example}).`;
	return [problem(code, field, message)];
}

/** Tax ids with a bad form or check digit, the same id on both parties, and a bad IBAN. */
export function checkIdentifiers(context: CheckContext): ValidationProblem[] {
	const { supplier, customer, iban } = context.record;
	const problems = [
		...checkPartyTaxId(supplier, 'supplier'),
		...checkPartyTaxId(customer, 'customer'),
	];

	if (supplier.taxId && customer.taxId) {
		if (withoutVatPrefix(supplier.taxId) === withoutVatPrefix(customer.taxId)) {
			const message = `The customer has the same tax id as the supplier (${customer.taxId}); one of the two parties was probably read from the wrong place.`;
			problems.push(problem('customerTaxIdSameAsSupplier', 'customer.taxId', message));
		}
	}

	const ibanError = iban ? describeIbanError(iban) : undefined;
	if (ibanError) problems.push(problem('invalidIban', 'iban', `The IBAN ${iban} ${ibanError}.`));
	return problems;
}
