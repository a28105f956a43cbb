import {
	evidentDecimalSeparator,
	isGrouped,
	readNumberText,
	type DecimalSeparator,
} from './numberText';

export type { DecimalSeparator } from './numberText';

export interface AmountHint {
	/** The document's decimal separator, for "1.234" and "1,234", which read either way. */
	decimalSeparator?: DecimalSeparator;
}

function withSign(value: number, negative: boolean): number {
	if (value === 0) return 0;
	return negative ? -value : value;
}

function parseSpaceGrouped(body: string): number | null {
	const match = /^(\d{1,3}(?:[ '’]\d{3})+)(?:[.,](\d+))?$/.exec(body);
	if (!match) return null;
	const whole = match[1].replace(/[ '’]/g, '');
	return Number(match[2] === undefined ? whole : `${whole}.${match[2]}`);
}

function parseWithDecimal(body: string, decimal: DecimalSeparator): number | null {
	const group = decimal === '.' ? ',' : '.';
	const [whole, fraction, extra] = body.split(decimal);
	if (extra !== undefined) return null;

	const wholeIsPlain = /^\d*$/.test(whole) && whole.length + (fraction?.length ?? 0) > 0;
	if (!wholeIsPlain && !isGrouped(whole, group)) return null;
	if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;

	const digits = whole.split(group).join('') || '0';
	return Number(fraction === undefined ? digits : `${digits}.${fraction}`);
}

/**
 * Reads an amount as printed: "1.234,56 €", "1,234.56", "€ 1 234,56", "-45,00", "45,00-",
 * "(45.00)". A lone separator before exactly three digits ("1.234", "1,234") reads either way;
 * it follows `hint.decimalSeparator`, and without a hint the answer is null rather than a guess.
 * Returns null for anything that is not an amount, such as a percentage or a date.
 */
export function parseAmount(printed: string, hint: AmountHint = {}): number | null {
	if (printed.includes('%')) return null;
	const text = readNumberText(printed);
	if (!text) return null;
	const { body, negative } = text;

	if (/[ '’]/.test(body)) {
		const value = parseSpaceGrouped(body);
		return value === null ? null : withSign(value, negative);
	}
	if (/^\d+$/.test(body)) return withSign(Number(body), negative);

	const decimal = evidentDecimalSeparator(body) ?? hint.decimalSeparator;
	if (!decimal) return null;
	const value = parseWithDecimal(body, decimal);
	return value === null ? null : withSign(value, negative);
}

/**
 * Reads a percentage as printed: "21 %", "12,5%", "5.2", "-15 %". A rate is never grouped in
 * thousands, so the one separator is always decimal. Null above 100 or when not a number.
 */
export function parsePercent(printed: string): number | null {
	const text = printed
		.normalize('NFKC')
		.replace(/[\u2212\u2013]/g, '-')
		.trim();
	const match = /^([-+]?)\s*(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text);
	if (!match) return null;

	const value = Number(match[2].replace(',', '.'));
	if (value > 100) return null;
	return withSign(value, match[1] === '-');
}

/**
 * The decimal separator most of a document's printed amounts prove by themselves ("1.234,56",
 * "12,5", "1,234,567"), to read its ambiguous ones. Undefined when none decides or it is a tie.
 */
export function guessDecimalSeparator(samples: string[]): DecimalSeparator | undefined {
	let commas = 0;
	let dots = 0;
	for (const sample of samples) {
		const text = readNumberText(sample);
		if (!text || /[ '’]/.test(text.body)) continue;
		const evident = evidentDecimalSeparator(text.body);
		if (evident === ',') commas++;
		if (evident === '.') dots++;
	}

	if (commas === dots) return undefined;
	return commas > dots ? ',' : '.';
}
