export class MessageTextError extends Error {}

/** What an expression gave, in words: "a number (42)", "an object", "nothing (undefined)". */
export function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing (undefined)';
	if (value === null) return 'null';
	if (Array.isArray(value)) return `a list of ${value.length} values`;
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value} (${String(value)})`;
}

export function describeValueShort(value: unknown): string {
	return describeValue(value).replace(/ \(.*\)$/, '');
}

/** The text to classify must be text: anything else is an error that says what arrived. */
export function requireText(value: unknown): string {
	if (typeof value === 'string') {
		if (value.trim()) return value;
		throw new MessageTextError('The text to classify is empty, so there is nothing to classify.');
	}
	throw new MessageTextError(
		`The text to classify should be text, but the expression gave ${describeValue(value)}.`,
	);
}
