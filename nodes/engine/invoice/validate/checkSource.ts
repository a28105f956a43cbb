import { normalizeIban, normalizeTaxId } from '../normalize/identifiers';
import type { ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { extractedFields, type ExtractedField } from './extractedFields';
import { fieldName } from './fieldNames';
import { displayValue, isComputed, printedForms } from './fieldDisplay';
import { problem } from './problems';
import { compact, indexSource, numberKey, type SourceIndex } from './sourceIndex';
import { withoutVatPrefix } from './taxId';

/** Whether `needle` is in `text` without a digit glued to a digit at either of its ends. */
export function containsToken(text: string, needle: string): boolean {
	if (!needle) return false;
	const isDigit = (character: string | undefined) =>
		character !== undefined && /\d/.test(character);
	for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
		const gluedBefore = isDigit(needle[0]) && isDigit(text[at - 1]);
		const gluedAfter = isDigit(needle[needle.length - 1]) && isDigit(text[at + needle.length]);
		if (!gluedBefore && !gluedAfter) return true;
	}
	return false;
}

function valueIsInSource(field: ExtractedField, index: SourceIndex, context: CheckContext) {
	const value = field.value;
	switch (field.kind) {
		case 'amount':
		case 'percent':
			return printedForms(field, context).some((form) => index.numbers.has(numberKey(form)));
		case 'date':
			return index.dates.has(value as string);
		case 'taxId':
			return (
				index.identifierText.includes(normalizeTaxId(value as string)) ||
				index.identifierText.includes(withoutVatPrefix(value as string))
			);
		case 'iban':
			return index.identifierText.includes(normalizeIban(value as string));
		case 'text':
			return containsToken(index.compactText, compact(value as string));
	}
}

/**
 * Every extracted value that cannot be found in the document text, which the model may have
 * misread or made up: by its printed form, or by its value in any common printed form (numbers
 * with either separator, dates in any order or language, ids without spaces or dots, names
 * ignoring case and spacing). Zeros, computed fields and e-invoices (no text) are not looked for.
 */
export function checkSource(context: CheckContext): ValidationProblem[] {
	if (context.sourceText === undefined) return [];
	const index = indexSource(context.sourceText);
	const problems: ValidationProblem[] = [];

	for (const field of extractedFields(context.record)) {
		const blank = typeof field.value === 'string' ? !field.value.trim() : field.value === 0;
		if (blank || isComputed(context, field.path)) continue;
		const printed = context.record.printed[field.path];
		if (printed && containsToken(index.compactText, compact(printed))) continue;
		if (valueIsInSource(field, index, context)) continue;

		const message = `The ${fieldName(field.path)} ${displayValue(field)} does not appear in the document text; it may be misread or made up.`;
		problems.push(problem('notInSource', field.path, message));
	}
	return problems;
}
