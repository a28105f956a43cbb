import { EInvoiceError } from './errors';

const decimalPattern = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

export function isDecimal(text: string): boolean {
	return decimalPattern.test(text);
}

/** XML decimals as JavaScript numbers; throws naming the element when the text is not one. */
export function parseDecimal(text: string, elementName: string): number {
	const trimmed = text.trim();
	if (!isDecimal(trimmed)) {
		throw new EInvoiceError(
			`The value of ${elementName} is not a decimal number: "${trimmed}". Ask the supplier for a corrected invoice.`,
		);
	}
	return Number(trimmed);
}

function scaled(text: string, scale: number): bigint {
	const trimmed = text.trim();
	const negative = trimmed.startsWith('-');
	const [whole, fraction = ''] = trimmed.replace(/^[+-]/, '').split('.');
	const digits = BigInt((whole || '0') + fraction.padEnd(scale, '0'));
	return negative ? -digits : digits;
}

function fromScaled(value: bigint, scale: number): number {
	const negative = value < 0n;
	const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
	const text = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`;
	return Number(negative ? `-${text}` : text);
}

/**
 * Adds and subtracts decimal texts without binary rounding, so 8.24 + 5.33 + 0.77 is 14.34.
 * Terms are [text, sign] pairs.
 */
export function sumDecimals(terms: [text: string, sign: 1 | -1][]): number {
	const scale = Math.max(0, ...terms.map(([text]) => text.trim().split('.')[1]?.length ?? 0));
	let total = 0n;
	for (const [text, sign] of terms) total += BigInt(sign) * scaled(text, scale);
	return fromScaled(total, scale);
}
