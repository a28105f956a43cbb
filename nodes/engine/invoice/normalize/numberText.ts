export type DecimalSeparator = ',' | '.';

export interface NumberText {
	negative: boolean;
	/** Digits with the separators as printed: no sign, currency or surrounding space. */
	body: string;
}

const currencyNames =
	'EUR|USD|GBP|CHF|SEK|NOK|DKK|PLN|CZK|HUF|RON|BGN|JPY|CAD|AUD|SFr|Fr|Ft|kr|lei';
const currencyMarks = new RegExp(`[€$£¥]|\\b(?:${currencyNames})\\b\\.?|\\beuros?\\b|zł|Kč`, 'gi');
const isoCodeAtStart = /^[A-Z]{3}(?=[\s\d(+-])/;
const isoCodeAtEnd = /(?<=[\s\d)])[A-Z]{3}$/;

/** Unicode minus signs and dashes that print a negative amount. */
const dashes = /[\u2010-\u2015\u2212\ufe63\uff0d]/g;

/**
 * Takes the sign, the currency and the spacing off a printed number: "-1.234,56 €", "(45.00)",
 * "45,00-" and "EUR 45,00" all become a body of digits and separators.
 */
export function readNumberText(printed: string): NumberText | null {
	let text = printed.normalize('NFKC').replace(dashes, '-').trim();
	text = text.replace(currencyMarks, ' ').trim();
	text = text.replace(isoCodeAtStart, '').replace(isoCodeAtEnd, '').trim();

	let negative = false;
	const parenthesised = /^\((.*)\)$/.exec(text);
	if (parenthesised) {
		negative = true;
		text = parenthesised[1].trim();
	}

	if (/^[-+]/.test(text)) {
		negative = negative || text.startsWith('-');
		text = text.slice(1).trim();
	}
	if (text.endsWith('-')) {
		negative = true;
		text = text.slice(0, -1).trim();
	}

	if (!/^[\d.,'’ ]*\d[\d.,'’ ]*$/.test(text)) return null;
	return { negative, body: text };
}

function escape(separator: string): string {
	return separator === '.' ? '\\.' : separator;
}

/** Whether `body` is digits in groups of three joined by `separator`, as in "1.234.567". */
export function isGrouped(body: string, separator: string): boolean {
	return new RegExp(`^\\d{1,3}(?:${escape(separator)}\\d{3})+$`).test(body);
}

/** The separator a body proves to be decimal by itself, or undefined when it could be either. */
export function evidentDecimalSeparator(body: string): DecimalSeparator | undefined {
	const lastDot = body.lastIndexOf('.');
	const lastComma = body.lastIndexOf(',');
	if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';

	const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
	if (!separator) return undefined;
	const other: DecimalSeparator = separator === '.' ? ',' : '.';
	if (body.indexOf(separator) !== body.lastIndexOf(separator)) return other;

	const [whole, fraction] = body.split(separator);
	if (fraction.length !== 3 || whole.length > 3 || /^0*$/.test(whole)) return separator;
	return undefined;
}
