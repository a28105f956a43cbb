import type { InvoiceRecord, InvoiceValidation } from '../record';
import { checkDates } from './checkDates';
import { checkIbans } from './checkIbans';
import { checkIdentifiers } from './checkIdentifiers';
import { checkLines } from './checkLines';
import { checkPrinted } from './checkPrinted';
import { checkRequiredFields } from './checkRequired';
import { checkSource } from './checkSource';
import { checkTaxBreakdown } from './checkTaxBreakdown';
import { checkTaxRates } from './checkTaxRates';
import { checkTotals } from './checkTotals';
import type { Check, CheckContext } from './context';
import { isCreditNote, isReverseCharge, supplierCountry } from './documentKind';

export interface ValidationOptions {
	/**
	 * The document's text. When given, every extracted value must appear in it; leave it out for
	 * e-invoices (Facturae, UBL, CII), whose values were never printed text.
	 */
	sourceText?: string;
	/** Field paths that must have a value; `defaultRequiredFields` when absent. */
	requiredFields?: string[];
	/**
	 * The rounding allowed, in cents, in every comparison: once for a line's quantity × price,
	 * for a rate's base × rate and for the total; once per line for the sum of the lines, and once
	 * per rate for the sums of bases, tax amounts and recargos. Default 1.
	 */
	toleranceCents?: number;
	/**
	 * Paths of values the code computed rather than copied, such as a surcharge total it added up;
	 * they are not looked for in the text. `lines[*].net` stands for the net of every line.
	 */
	computedFields?: string[];
	/** The date (YYYY-MM-DD) that dates in the future are measured from; default today. */
	today?: string;
}

/**
 * Required by default on every document, tickets included: Spanish law (RD 1619/2012, art. 7)
 * asks a simplified invoice for the supplier's NIF, though not for any customer data.
 */
export const defaultRequiredFields = [
	'supplier.name',
	'supplier.taxId',
	'invoiceNumber',
	'issueDate',
	'total',
	'currency',
];

const checks: Check[] = [
	checkRequiredFields,
	checkDates,
	checkIdentifiers,
	checkIbans,
	checkTaxRates,
	checkLines,
	checkTaxBreakdown,
	checkTotals,
	checkSource,
	checkPrinted,
];

function settle(record: InvoiceRecord, options: ValidationOptions): CheckContext {
	const { sourceText } = options;
	const country = supplierCountry(record);
	return {
		record,
		sourceText,
		requiredFields: options.requiredFields ?? defaultRequiredFields,
		toleranceCents: options.toleranceCents ?? 1,
		computedFields: new Set(options.computedFields ?? []),
		today: options.today ?? new Date().toISOString().slice(0, 10),
		creditNote: isCreditNote(record, sourceText),
		simplified: record.documentType === 'simplifiedInvoice',
		reverseCharge: isReverseCharge(record, sourceText, country),
		supplierCountry: country,
	};
}

/**
 * Checks an extracted invoice before it is booked: arithmetic, tax rates, identifiers, dates,
 * required fields, and (with the document text) that every value was really printed. Each
 * problem has a stable code, the field path and a sentence naming the values.
 */
export function validateInvoice(
	record: InvoiceRecord,
	options: ValidationOptions = {},
): InvoiceValidation {
	const context = settle(record, options);
	const problems = checks.flatMap((check) => check(context));
	return { valid: problems.length === 0, problems };
}
