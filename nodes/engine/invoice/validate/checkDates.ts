import { isoDate } from '../normalize/date';
import type { ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { fieldName } from './fieldNames';
import { problem } from './problems';

function isRealIsoDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	return match !== null && isoDate(Number(match[1]), Number(match[2]), Number(match[3])) !== null;
}

function oneYearAfter(date: string): string {
	const [year, rest] = [Number(date.slice(0, 4)), date.slice(4)];
	return `${year + 1}${rest === '-02-29' ? '-02-28' : rest}`;
}

/**
 * Dates that cannot be right: not a real ISO date, a due date before the issue date, or a date
 * more than a year after today, which is nearly always a mistyped year.
 */
export function checkDates(context: CheckContext): ValidationProblem[] {
	const { record, today } = context;
	const problems: ValidationProblem[] = [];
	const latestLikely = oneYearAfter(today);
	const realDates: Record<string, string> = {};

	for (const path of ['issueDate', 'dueDate'] as const) {
		const value = record[path];
		if (value === null) continue;
		if (!isRealIsoDate(value)) {
			const message = `The ${fieldName(path)} ${value} is not a real date in the form YYYY-MM-DD.`;
			problems.push(problem('invalidDate', path, message));
			continue;
		}
		realDates[path] = value;
		if (value > latestLikely) {
			const message = `The ${fieldName(path)} ${value} is more than a year after today (${today}); the year may be mistyped.`;
			problems.push(problem('dateFarInFuture', path, message));
		}
	}

	const { issueDate, dueDate } = realDates;
	if (issueDate && dueDate && dueDate < issueDate) {
		const message = `The due date ${dueDate} is before the issue date ${issueDate}.`;
		problems.push(problem('dueDateBeforeIssueDate', 'dueDate', message));
	}
	return problems;
}
