import type { ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { fieldName, valueAt } from './fieldNames';
import { problem } from './problems';

function isMissing(value: unknown): boolean {
	if (value === null || value === undefined) return true;
	return typeof value === 'string' && value.trim() === '';
}

/** Fields left empty that the settings require; a ticket is not asked for customer data. */
export function checkRequiredFields(context: CheckContext): ValidationProblem[] {
	const { record, requiredFields, simplified } = context;
	const problems: ValidationProblem[] = [];

	for (const path of requiredFields) {
		if (simplified && path.startsWith('customer.')) continue;
		if (!isMissing(valueAt(record, path))) continue;
		problems.push(
			problem('missingRequiredField', path, `The ${fieldName(path)} is missing from the invoice.`),
		);
	}

	const { currency } = record;
	if (currency !== null && !/^[A-Z]{3}$/.test(currency)) {
		problems.push(
			problem(
				'invalidCurrency',
				'currency',
				`The currency "${currency}" is not a three-letter ISO 4217 code such as EUR.`,
			),
		);
	}
	return problems;
}
