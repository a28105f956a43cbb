import { monthNumber, withoutAccents } from './monthNames';

export interface DateHint {
	/** How to read "03/04/2026": day first (EU, the default) or month first (US). */
	order?: 'dayFirst' | 'monthFirst';
}

const fillerWords = new Set(['de', 'del', 'd', 'of', 'the', 'le', 'el', 'em', 'do', 'den', 'a']);

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(printed: string): number {
	const year = Number(printed);
	if (printed.length === 4) return year;
	return year < 70 ? 2000 + year : 1900 + year;
}

/** The ISO date (YYYY-MM-DD), or null when the day does not exist, such as 31 February. */
export function isoDate(year: number, month: number, day: number): string | null {
	if (![year, month, day].every(Number.isInteger)) return null;
	if (year < 1900 || year > 2199 || month < 1 || month > 12) return null;
	if (day < 1 || day > daysInMonth(year, month)) return null;
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${year}-${pad(month)}-${pad(day)}`;
}

function parseNumericDate(text: string, hint: DateHint): string | null | undefined {
	const yearFirst = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
	if (yearFirst) return isoDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));

	const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));

	const yearLast = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(text);
	if (!yearLast) return undefined;
	const [first, second] = [Number(yearLast[1]), Number(yearLast[2])];
	const year = fullYear(yearLast[3]);
	return hint.order === 'monthFirst' ? isoDate(year, first, second) : isoDate(year, second, first);
}

function withoutOrdinal(token: string): string {
	return token.replace(/^(\d{1,2})(?:st|nd|rd|th|er|re|o|a|e)$/, '$1');
}

function parseWrittenDate(text: string): string | null {
	const withoutPrefix = text.replace(/^[a-z\s]+,\s*/, '');
	const tokens = withoutPrefix
		.split(/[\s,./\-']+/)
		.filter((token) => token && !fillerWords.has(token))
		.map(withoutOrdinal);
	if (tokens.length !== 3) return null;

	const monthAt = tokens.findIndex((token) => monthNumber(token) !== undefined);
	const numbers = tokens.filter((_, index) => index !== monthAt);
	if (monthAt < 0 || monthAt === 2 || !numbers.every((token) => /^\d+$/.test(token))) return null;

	const [day, year] = numbers;
	if (day.length > 2 || (year.length !== 2 && year.length !== 4)) return null;
	return isoDate(fullYear(year), monthNumber(tokens[monthAt])!, Number(day));
}

/**
 * Reads a date as printed into ISO (YYYY-MM-DD): "12/03/2026", "12.03.2026", "12-03-26",
 * "2026-03-12", "3 de marzo de 2026", "03-mar-2026", "March 3, 2026", "3. März 2026",
 * "3 de març de 2026". Numeric dates are read day first unless the hint says month first.
 * Returns null for text that is not a date and for days that do not exist (31/02/2026).
 */
export function parseDate(printed: string, hint: DateHint = {}): string | null {
	const text = withoutAccents(printed.normalize('NFKC'))
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/(?:t|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?(?:\s*h)?$/, '')
		.trim();

	const numeric = parseNumericDate(text, hint);
	if (numeric !== undefined) return numeric;
	return parseWrittenDate(text);
}
