export type ClaimKind = 'amount' | 'percent' | 'time' | 'date' | 'number' | 'code';

export interface Claim {
	kind: ClaimKind;
	/** The text as written. */
	text: string;
	/** A form that compares equal however it was written: 27,95 € and 27.95 give "27.95". */
	key: string;
}

const monthNames: Record<string, number> = {
	enero: 1,
	january: 1,
	janvier: 1,
	gener: 1,
	febrero: 2,
	february: 2,
	février: 2,
	febrer: 2,
	marzo: 3,
	march: 3,
	mars: 3,
	març: 3,
	abril: 4,
	april: 4,
	avril: 4,
	mayo: 5,
	may: 5,
	mai: 5,
	maig: 5,
	junio: 6,
	june: 6,
	juin: 6,
	juny: 6,
	julio: 7,
	july: 7,
	juillet: 7,
	juliol: 7,
	agosto: 8,
	august: 8,
	août: 8,
	agost: 8,
	septiembre: 9,
	september: 9,
	septembre: 9,
	setembre: 9,
	octubre: 10,
	october: 10,
	octobre: 10,
	noviembre: 11,
	november: 11,
	novembre: 11,
	diciembre: 12,
	december: 12,
	décembre: 12,
	desembre: 12,
};

/** "1.234,56", "1,234.56", "27,95", "27.95", "30" all become a plain decimal string. */
export function numberKey(written: string): string {
	let digits = written.replace(/[\s\u00a0\u202f]/g, '');
	const lastComma = digits.lastIndexOf(',');
	const lastDot = digits.lastIndexOf('.');
	const decimalAt = Math.max(lastComma, lastDot);
	const decimals = decimalAt >= 0 ? digits.length - decimalAt - 1 : 0;
	// A single separator followed by exactly three digits is a thousands separator (1.234).
	const isThousands = decimals === 3 && (lastComma < 0 || lastDot < 0) && !/^0[.,]/.test(digits);
	if (decimalAt >= 0 && !isThousands) {
		digits = digits.slice(0, decimalAt).replace(/[.,]/g, '') + '.' + digits.slice(decimalAt + 1);
	} else {
		digits = digits.replace(/[.,]/g, '');
	}
	const value = Number(digits);
	return Number.isFinite(value) ? String(value) : written;
}

const patterns: Array<{
	kind: ClaimKind;
	pattern: RegExp;
	key: (match: RegExpExecArray) => string;
}> = [
	{
		kind: 'code',
		pattern: /\b[A-Z]{1,5}(?:[-/][A-Z0-9]{1,8})*[-/]\d{2,8}[A-Z]?\b/g,
		key: (match) => match[0].toUpperCase(),
	},
	{
		kind: 'amount',
		pattern: /(?:[€$£]\s?\d[\d.,\s]*\d|\d[\d.,]*(?:\s?(?:€|eur\b|euros?\b|\$|£|usd\b)))/gi,
		key: (match) => numberKey(match[0].replace(/[^\d.,]/g, '')),
	},
	{
		kind: 'percent',
		pattern: /\d+(?:[.,]\d+)?\s?%/g,
		key: (match) => numberKey(match[0].replace('%', '')),
	},
	{
		kind: 'time',
		pattern:
			/\b([01]?\d|2[0-3])[:.h]([0-5]\d)\s?(?:h|horas?)?\b|\b([01]?\d|2[0-3])\s?(?:h|horas)\b/g,
		key: (match) => `${Number(match[1] ?? match[3])}:${match[2] ?? '00'}`,
	},
	{
		kind: 'date',
		pattern: /\b(\d{1,2})\s(?:de\s)?([a-zéèûç]+)\b/gi,
		key: (match) => {
			const month = monthNames[match[2].toLowerCase()];
			return month ? `${Number(match[1])}/${month}` : '';
		},
	},
	{
		kind: 'date',
		pattern: /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b/g,
		key: (match) => {
			const [day, month] = [Number(match[1]), Number(match[2])];
			return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `${day}/${month}` : '';
		},
	},
	{ kind: 'number', pattern: /\b\d+(?:[.,]\d+)*\b/g, key: (match) => numberKey(match[0]) },
];

/**
 * Every checkable fact in a text: amounts, percentages, times, dates, product codes and other
 * numbers. A stretch of text claimed by an earlier (more specific) pattern is not counted again.
 */
export function findClaims(text: string): Claim[] {
	const taken: Array<[number, number]> = [];
	const claims: Claim[] = [];

	for (const { kind, pattern, key } of patterns) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index ?? 0;
			const end = start + match[0].length;
			if (taken.some(([from, to]) => start < to && end > from)) continue;
			const claimKey = key(match as RegExpExecArray);
			if (!claimKey) continue;
			taken.push([start, end]);
			claims.push({
				kind,
				text: match[0].trim(),
				key: `${kind === 'amount' || kind === 'number' ? 'n' : kind}:${claimKey}`,
			});
		}
	}
	return claims;
}
