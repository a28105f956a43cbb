import type { Logprob } from 'ollama';

export type ConfidenceSource = 'tokenProbabilities' | 'modelEstimate';

/**
 * The probability the model gave to the label it wrote: the product of the probabilities of
 * the tokens that spell the label's value in the JSON answer.
 */
export function labelProbability(
	logprobs: Logprob[],
	field: string,
	label: string,
): number | undefined {
	if (logprobs.length === 0) return undefined;

	const offsets: number[] = [];
	let text = '';
	for (const entry of logprobs) {
		offsets.push(text.length);
		text += entry.token;
	}

	const fieldMatch = new RegExp(`"${field}"\\s*:\\s*\\[?\\s*"`).exec(text);
	if (!fieldMatch) return undefined;
	const start = text.indexOf(label, fieldMatch.index + fieldMatch[0].length);
	if (start < 0) return undefined;
	const end = start + label.length;

	let logSum = 0;
	let counted = 0;
	logprobs.forEach((entry, index) => {
		const tokenStart = offsets[index];
		const tokenEnd = tokenStart + entry.token.length;
		if (tokenEnd > start && tokenStart < end) {
			logSum += entry.logprob;
			counted++;
		}
	});
	return counted > 0 ? Math.exp(logSum) : undefined;
}

export function clampConfidence(value: unknown): number {
	const number = typeof value === 'number' ? value : Number(value);
	if (!Number.isFinite(number)) return 0;
	const asShare = number > 1 && number <= 100 ? number / 100 : number;
	return Math.min(1, Math.max(0, asShare));
}
