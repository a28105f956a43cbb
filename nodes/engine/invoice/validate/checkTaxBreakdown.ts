import type { TaxBreakdownEntry, ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { lineNets } from './checkLines';
import { formatAmount, formatRate, isClose, roundToCents, sumOf } from './money';
import { problem } from './problems';

function closeToAny(value: number, targets: number[], toleranceCents: number): boolean {
	return targets.some((target) => isClose(value, target, toleranceCents));
}

function checkEntry(entry: TaxBreakdownEntry, index: number, context: CheckContext) {
	const { toleranceCents, reverseCharge } = context;
	const problems: ValidationProblem[] = [];
	const rate = formatRate(entry.rate);

	const expected = roundToCents((entry.base * entry.rate) / 100);
	const chargedNothing = reverseCharge && entry.amount === 0;
	if (!chargedNothing && !isClose(expected, entry.amount, toleranceCents)) {
		const message = `At ${rate}, the base ${formatAmount(entry.base)} gives a tax of ${formatAmount(expected)} but the tax amount is ${formatAmount(entry.amount)}.`;
		problems.push(problem('taxAmountMismatch', `taxBreakdown[${index}].amount`, message));
	}

	if (entry.surchargeRate === null || entry.surchargeAmount === null) return problems;
	const surcharge = roundToCents((entry.base * entry.surchargeRate) / 100);
	if (!isClose(surcharge, entry.surchargeAmount, toleranceCents)) {
		const message = `At a recargo de equivalencia of ${formatRate(entry.surchargeRate)}, the base ${formatAmount(entry.base)} gives ${formatAmount(surcharge)} but the recargo amount is ${formatAmount(entry.surchargeAmount)}.`;
		problems.push(
			problem('surchargeAmountMismatch', `taxBreakdown[${index}].surchargeAmount`, message),
		);
	}
	return problems;
}

/**
 * The lines at each rate against that rate's base, when every line gives its rate. With one
 * rate the sum of the lines against the net total says the same, so it is not repeated.
 */
function checkBasesByRate(context: CheckContext): ValidationProblem[] {
	const { record, toleranceCents, creditNote, simplified, reverseCharge } = context;
	const nets = lineNets(record.lines);
	if (!nets || nets.length === 0 || reverseCharge || record.taxBreakdown.length < 2) return [];
	if (record.lines.some((line) => line.taxRate === null)) return [];

	const problems: ValidationProblem[] = [];
	record.taxBreakdown.forEach((entry, index) => {
		const atRate = nets.filter((_, line) => record.lines[line].taxRate === entry.rate);
		const targets = [entry.base];
		if (simplified) targets.push(entry.base + entry.amount);
		if (creditNote) targets.push(...targets.map((target) => -target));
		const sum = sumOf(atRate);
		if (closeToAny(sum, targets, toleranceCents * Math.max(1, atRate.length))) return;

		const rate = formatRate(entry.rate);
		const message = `The lines at ${rate} add up to ${formatAmount(sum)} but the tax base at ${rate} is ${formatAmount(entry.base)}.`;
		problems.push(problem('taxBaseMismatch', `taxBreakdown[${index}].base`, message));
	});
	return problems;
}

function checkSum(
	context: CheckContext,
	values: number[],
	target: number | null,
	report: (sum: number, target: number) => ValidationProblem,
): ValidationProblem[] {
	if (target === null || values.length === 0) return [];
	const sum = sumOf(values);
	const targets = context.creditNote ? [target, -target] : [target];
	if (closeToAny(sum, targets, context.toleranceCents * values.length)) return [];
	return [report(sum, target)];
}

/**
 * Each rate's base × rate against its amount (and the recargo likewise), the lines at each
 * rate against its base, and the sums of bases, amounts and recargos against the totals, with
 * the tolerance once per rate. Reverse charge may print a rate over a zero amount.
 */
export function checkTaxBreakdown(context: CheckContext): ValidationProblem[] {
	const { record } = context;
	const entries = record.taxBreakdown;
	if (entries.length === 0) return [];
	const surcharges = entries.flatMap((entry) =>
		entry.surchargeAmount === null ? [] : [entry.surchargeAmount],
	);

	return [
		...entries.flatMap((entry, index) => checkEntry(entry, index, context)),
		...checkBasesByRate(context),
		...checkSum(
			context,
			entries.map((entry) => entry.base),
			record.netTotal,
			(sum, net) =>
				problem(
					'taxBasesTotalMismatch',
					'netTotal',
					`The tax bases add up to ${formatAmount(sum)} but the net total is ${formatAmount(net)}.`,
				),
		),
		...checkSum(
			context,
			entries.map((entry) => entry.amount),
			record.taxTotal,
			(sum, tax) =>
				problem(
					'taxTotalMismatch',
					'taxTotal',
					`The tax amounts add up to ${formatAmount(sum)} but the tax total is ${formatAmount(tax)}.`,
				),
		),
		...checkSum(context, surcharges, record.surchargeTotal, (sum, total) =>
			problem(
				'surchargeTotalMismatch',
				'surchargeTotal',
				`The recargo de equivalencia amounts add up to ${formatAmount(sum)} but the recargo total is ${formatAmount(total)}.`,
			),
		),
	];
}
