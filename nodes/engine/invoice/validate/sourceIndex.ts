import { parseAmount } from '../normalize/amount';
import { parseDate } from '../normalize/date';
import { normalizeTaxId } from '../normalize/identifiers';

/** The document text in the forms extracted values are looked for in. */
export interface SourceIndex {
	/** Lower case without any white space, for names and invoice numbers. */
	compactText: string;
	/** Capitals without spaces, dots or hyphens, for tax ids and IBANs. */
	identifierText: string;
	/** Every number printed, read with either decimal separator, by its value in ten-thousandths. */
	numbers: Set<number>;
	/** Every date printed, in ISO form. */
	dates: Set<string>;
}

/** A number and the spaced numbers of a table row (4 0,89 10,68) that touch each other. */
const numberRuns = /\d(?:[\d.,'’ \u00a0\u2009\u202f]*\d)?/g;
const numericDates = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{8}\b/g;
const writtenDates = new RegExp(
	[
		'\\d{1,2}(?:st|nd|rd|th|er|º|ª|\\.)?[\\s-]*',
		"(?:de\\s+|d['’]\\s*)?\\p{L}{3,12}\\.?[\\s,-]*",
		'(?:del?\\s+)?\\d{2,4}(?!\\d)',
	].join(''),
	'giu',
);
const monthFirstDates = /\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}/giu;

export function compact(text: string): string {
	return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

export function numberKey(value: number): number {
	return Math.round(Math.abs(value) * 10000);
}

function addNumber(numbers: Set<number>, printed: string) {
	for (const decimalSeparator of [',', '.'] as const) {
		const value = parseAmount(printed, { decimalSeparator });
		if (value !== null) numbers.add(numberKey(value));
	}
}

function collectNumbers(text: string): Set<number> {
	const numbers = new Set<number>();
	for (const [run] of text.matchAll(numberRuns)) {
		addNumber(numbers, run.trim());
		for (const part of run.split(/[ \u00a0\u2009\u202f]+/)) addNumber(numbers, part);
	}
	return numbers;
}

/** Every match, also those that start inside an earlier one ("6512 antes del 18 de marzo"). */
function* overlappingMatches(text: string, pattern: RegExp): Generator<string> {
	const search = new RegExp(pattern.source, pattern.flags);
	for (let match = search.exec(text); match; match = search.exec(text)) {
		yield match[0];
		search.lastIndex = match.index + 1;
	}
}

function collectDates(text: string): Set<string> {
	const dates = new Set<string>();
	for (const pattern of [numericDates, writtenDates, monthFirstDates]) {
		for (const printed of overlappingMatches(text, pattern)) {
			for (const order of ['dayFirst', 'monthFirst'] as const) {
				const date = parseDate(printed, { order });
				if (date) dates.add(date);
			}
		}
	}
	return dates;
}

export function indexSource(text: string): SourceIndex {
	return {
		compactText: compact(text),
		identifierText: normalizeTaxId(text),
		numbers: collectNumbers(text),
		dates: collectDates(text),
	};
}
