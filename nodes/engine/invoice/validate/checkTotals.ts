import type { InvoiceRecord, ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { creditNoteEvidence } from './documentKind';
import { formatAmount, formatRate, isClose, roundToCents, sumOf } from './money';
import { problem } from './problems';

function taxOf(record: InvoiceRecord): number {
	if (record.taxTotal !== null) return record.taxTotal;
	return sumOf(record.taxBreakdown.map((entry) => entry.amount));
}

function surchargeOf(record: InvoiceRecord): number {
	if (record.surchargeTotal !== null) return record.surchargeTotal;
	return sumOf(record.taxBreakdown.map((entry) => entry.surchargeAmount ?? 0));
}

function checkWithholding(context: CheckContext): ValidationProblem[] {
	const { withholding, netTotal } = context.record;
	const base = withholding?.base ?? netTotal;
	if (!withholding || withholding.rate === null || base === null) return [];

	const expected = roundToCents((Math.abs(base) * withholding.rate) / 100);
	if (isClose(expected, Math.abs(withholding.amount), context.toleranceCents)) return [];
	const message = `An IRPF withholding of ${formatRate(withholding.rate)} on ${formatAmount(base)} is ${formatAmount(expected)} but the amount withheld is ${formatAmount(withholding.amount)}.`;
	return [problem('withholdingAmountMismatch', 'withholding.amount', message)];
}

/**
 * The amount payable against its parts: net + tax + recargo - withholding - prepaid. The withholding is
 * stored positive and always reduces what is paid, so on a credit note it is added back.
 */
function checkTotal(context: CheckContext): ValidationProblem[] {
	const { record, toleranceCents } = context;
	const { netTotal: net, total } = record;
	if (net === null || total === null) return [];

	const [tax, surcharge] = [taxOf(record), surchargeOf(record)];
	const withheld = Math.abs(record.withholding?.amount ?? 0);
	const prepaid = record.prepaidAmount ?? 0;
	const direction = Math.sign(net + tax) || 1;
	const expected = roundToCents(net + tax + surcharge - direction * withheld - prepaid);
	if (isClose(expected, total, toleranceCents)) return [];

	const parts = [`The net total ${formatAmount(net)} plus tax ${formatAmount(tax)}`];
	if (surcharge) parts.push(`plus recargo ${formatAmount(surcharge)}`);
	if (withheld) parts.push(`minus IRPF ${formatAmount(withheld)}`);
	if (prepaid) parts.push(`minus prepaid ${formatAmount(prepaid)}`);
	const message = `${parts.join(' ')} is ${formatAmount(expected)}, but the total is ${formatAmount(total)}.`;
	return [problem('totalMismatch', 'total', message)];
}

function checkSigns(context: CheckContext): ValidationProblem[] {
	const { netTotal: net, taxTotal: tax, total } = context.record;
	if (net === null || net === 0) return [];
	const problems: ValidationProblem[] = [];

	for (const [field, value] of [
		['taxTotal', tax],
		['total', total],
	] as const) {
		if (value === null || value === 0 || Math.sign(value) === Math.sign(net)) continue;
		const message = `The net total is ${formatAmount(net)} but the ${field === 'total' ? 'total' : 'tax total'} is ${formatAmount(value)}; the totals of one document carry the same sign.`;
		problems.push(problem('inconsistentSigns', field, message));
	}
	return problems;
}

function checkDocumentType(context: CheckContext): ValidationProblem[] {
	const { record, sourceText } = context;
	if (record.documentType !== 'invoice') return [];
	const evidence = creditNoteEvidence(record, sourceText);
	if (!evidence) return [];

	const reason =
		evidence === 'negativeTotal'
			? `its total is negative (${formatAmount(record.total!)})`
			: 'the document calls itself a credit note (rectificativa, abono)';
	const message = `The document is marked as an invoice, but ${reason}; book it as a credit note.`;
	return [problem('creditNoteNotMarked', 'documentType', message)];
}

/** Withholding, the amount payable, the signs of the totals and the credit-note type. */
export function checkTotals(context: CheckContext): ValidationProblem[] {
	return [
		...checkWithholding(context),
		...checkTotal(context),
		...checkSigns(context),
		...checkDocumentType(context),
	];
}
