import { guessDecimalSeparator, parseAmount, parsePercent } from '../normalize/amount';
import { parseDate } from '../normalize/date';
import { normalizeIban } from '../normalize/identifiers';
import type { ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { extractedFields, type ExtractedField } from './extractedFields';
import { fieldName } from './fieldNames';
import { displayValue, isComputed, printedForms } from './fieldDisplay';
import { problem } from './problems';
import { numberKey } from './sourceIndex';
import { withoutVatPrefix } from './taxId';

type Hint = ReturnType<typeof guessDecimalSeparator>;

/** Whether the printed text reads as the value; undefined when the text cannot be read. */
function readsAs(field: ExtractedField, printed: string, hint: Hint, context: CheckContext) {
	const value = field.value;
	switch (field.kind) {
		case 'amount':
		case 'percent': {
			const reading =
				field.kind === 'amount'
					? parseAmount(printed, { decimalSeparator: hint })
					: parsePercent(printed);
			if (reading === null) return undefined;
			return printedForms(field, context).some((form) => numberKey(form) === numberKey(reading));
		}
		case 'date': {
			const readings = [parseDate(printed), parseDate(printed, { order: 'monthFirst' })];
			if (readings.every((reading) => reading === null)) return undefined;
			return readings.includes(value as string);
		}
		case 'taxId':
			return withoutVatPrefix(printed) === withoutVatPrefix(value as string);
		case 'iban':
			return normalizeIban(printed) === normalizeIban(value as string);
		case 'text':
			return undefined;
	}
}

/**
 * Values that differ from the text the model copied for them (`record.printed`): the code that
 * turned "1.234,56" into a number, or the model, went wrong. Numbers are compared sign-blind, as
 * a sign may be printed in a column heading rather than beside the number.
 */
export function checkPrinted(context: CheckContext): ValidationProblem[] {
	const { record } = context;
	const fields = extractedFields(record).filter(
		(field) => record.printed[field.path] && !isComputed(context, field.path),
	);
	const amounts = fields.filter((field) => field.kind === 'amount' || field.kind === 'percent');
	const hint = guessDecimalSeparator(amounts.map((field) => record.printed[field.path]));

	const problems: ValidationProblem[] = [];
	for (const field of fields) {
		const printed = record.printed[field.path];
		if (readsAs(field, printed, hint, context) !== false) continue;
		const message = `The ${fieldName(field.path)} is printed as "${printed}" but was extracted as ${displayValue(field)}.`;
		problems.push(problem('printedValueMismatch', field.path, message));
	}
	return problems;
}
