import type { CheckContext } from './context';
import type { ExtractedField } from './extractedFields';
import { formatAmount, formatRate, roundToCents } from './money';

/** A field's value for a message: amounts as 1.210,00, rates as 21 %, the rest as given. */
export function displayValue(field: ExtractedField): string {
	if (typeof field.value !== 'number') return field.value;
	return field.kind === 'percent' ? formatRate(field.value) : formatAmount(field.value);
}

/** Whether the value was computed by code, by its exact path or with [*] for any index. */
export function isComputed(context: CheckContext, path: string): boolean {
	const anyIndex = path.replace(/\[\d+\]/g, '[*]');
	return context.computedFields.has(path) || context.computedFields.has(anyIndex);
}

/**
 * The values a number may be printed as: itself, and on a ticket, a line's unit price or net
 * with its VAT added, as tickets print prices with VAT included.
 */
export function printedForms(field: ExtractedField, context: CheckContext): number[] {
	const value = field.value as number;
	const isLinePrice = /^lines\[\d+\]\.(?:unitPrice|net)$/.test(field.path);
	if (!context.simplified || !isLinePrice || !field.lineTaxRate) return [value];
	return [value, roundToCents(value * (1 + field.lineTaxRate / 100))];
}
