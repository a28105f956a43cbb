import { noMatchLabel, type Category } from './categories';

/**
 * Output indexes for a classification: one per matching category in the user's order, or the
 * "Other" output (after the categories) when nothing matches or the confidence is too low.
 */
export function outputsFor(
	labels: string[],
	confidence: number,
	categories: Category[],
	minimumConfidence: number,
): number[] {
	const otherOutput = categories.length;
	if (confidence < minimumConfidence) return [otherOutput];

	const indexes = labels
		.filter((label) => label !== noMatchLabel)
		.map((label) => categories.findIndex((category) => category.name === label))
		.filter((index) => index >= 0);
	const unique = [...new Set(indexes)].sort((first, second) => first - second);
	return unique.length > 0 ? unique : [otherOutput];
}
