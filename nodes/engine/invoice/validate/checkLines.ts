import type { InvoiceLine, ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { formatAmount, formatNumber, formatRate, isClose, roundToCents, sumOf } from './money';
import { problem } from './problems';

export function expectedLineNet(line: InvoiceLine): number | null {
	if (line.quantity === null || line.unitPrice === null) return null;
	const discount = line.discountPercent ?? 0;
	return roundToCents(line.quantity * line.unitPrice * (1 - discount / 100));
}

/** Each line's net, or quantity × price when no net is given; null if a line has neither. */
export function lineNets(lines: InvoiceLine[]): number[] | null {
	const nets = lines.map((line) => line.net ?? expectedLineNet(line));
	return nets.every((net) => net !== null) ? (nets as number[]) : null;
}

function formatPrice(value: number): string {
	const hasCentsOnly = Math.abs(value * 100 - Math.round(value * 100)) < 1e-6;
	return hasCentsOnly ? formatAmount(value) : formatNumber(value);
}

/**
 * Sign-blind: a returned item prints as -4 × 11,40 or 4 × 11,40 = -43,32, and the sum of the
 * nets still catches a dropped minus. A ticket may print prices with VAT and nets without, or
 * the other way round.
 */
function netMatches(line: InvoiceLine, expected: number, context: CheckContext): boolean {
	const [product, net] = [Math.abs(expected), Math.abs(line.net!)];
	if (isClose(product, net, context.toleranceCents)) return true;
	if (!context.simplified || line.taxRate === null) return false;

	const withTax = (value: number) => roundToCents(value * (1 + line.taxRate! / 100));
	const { toleranceCents } = context;
	return (
		isClose(withTax(product), net, toleranceCents) || isClose(product, withTax(net), toleranceCents)
	);
}

function checkLineProducts(context: CheckContext): ValidationProblem[] {
	const problems: ValidationProblem[] = [];
	context.record.lines.forEach((line, index) => {
		const expected = expectedLineNet(line);
		if (expected === null || line.net === null || netMatches(line, expected, context)) return;

		const discount = line.discountPercent ? ` less ${formatRate(line.discountPercent)}` : '';
		const product = `${formatNumber(line.quantity!)} × ${formatPrice(line.unitPrice!)}${discount}`;
		const message = `Line ${index + 1}: ${product} is ${formatAmount(expected)} but the line net is ${formatAmount(line.net)}.`;
		problems.push(problem('lineNetMismatch', `lines[${index}].net`, message));
	});
	return problems;
}

/**
 * quantity × unit price × (1 - discount) against each line net, then the line nets against the
 * net total: with the tolerance once per line, either sign for a credit note (lines printed
 * positive under a negative total), and against the total too on a ticket with VAT-included prices.
 */
export function checkLines(context: CheckContext): ValidationProblem[] {
	const { record, toleranceCents, creditNote, simplified } = context;
	const problems = checkLineProducts(context);

	const nets = lineNets(record.lines);
	if (!nets || nets.length === 0 || record.netTotal === null) return problems;

	const sum = sumOf(nets);
	const targets = [record.netTotal];
	if (simplified && record.total !== null) targets.push(record.total);
	const candidates = creditNote ? targets.flatMap((target) => [target, -target]) : targets;
	if (candidates.some((target) => isClose(sum, target, toleranceCents * nets.length))) {
		return problems;
	}

	const message = `The lines add up to ${formatAmount(sum)} but the net total is ${formatAmount(record.netTotal)}.`;
	problems.push(problem('linesTotalMismatch', 'netTotal', message));
	return problems;
}
