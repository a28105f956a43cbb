import type { ValidationProblem } from '../record';

/** Every problem code validation reports; codes are stable, messages may be reworded. */
export const problemCodes = [
	'missingRequiredField',
	'invalidCurrency',
	'invalidDate',
	'dueDateBeforeIssueDate',
	'dateFarInFuture',
	'invalidSupplierTaxId',
	'invalidCustomerTaxId',
	'customerTaxIdSameAsSupplier',
	'invalidIban',
	'severalIbans',
	'invalidTaxRate',
	'invalidSurchargeRate',
	'invalidWithholdingRate',
	'lineNetMismatch',
	'linesTotalMismatch',
	'taxBaseMismatch',
	'taxAmountMismatch',
	'taxBasesTotalMismatch',
	'taxTotalMismatch',
	'surchargeAmountMismatch',
	'surchargeTotalMismatch',
	'withholdingAmountMismatch',
	'totalMismatch',
	'inconsistentSigns',
	'creditNoteNotMarked',
	'notInSource',
	'printedValueMismatch',
] as const;

export type ProblemCode = (typeof problemCodes)[number];

export function problem(code: ProblemCode, field: string, message: string): ValidationProblem {
	return { code, field, message };
}
