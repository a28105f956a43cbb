import { OllamaFailure } from './errors';

const contextLadder = [4096, 8192, 16384, 32768, 65536, 131072];

const charactersPerToken = 3;

const tokensPerMessage = 8;

/**
 * A deliberately high estimate (about 3 characters a token, where real tokenizers average 4 on
 * English and Spanish), so that a context sized from it is never too small.
 */
export function estimateTokens(text: string): number {
	return Math.ceil(text.length / charactersPerToken);
}

export function estimateMessagesTokens(messages: Array<{ content: string }>): number {
	return messages.reduce(
		(total, message) => total + tokensPerMessage + estimateTokens(message.content),
		0,
	);
}

/**
 * Picks `num_ctx` from a short ladder so that consecutive items usually share one value:
 * a different value for each item would make Ollama reload the model every time.
 */
export function chooseContextSize(
	promptTokens: number,
	outputTokens: number,
	modelContextLength: number,
): number {
	const needed = promptTokens + outputTokens;
	const fitting = contextLadder.find((size) => size >= needed && size <= modelContextLength);
	if (fitting) return fitting;
	if (needed <= modelContextLength) return modelContextLength;

	throw new OllamaFailure(
		'promptTooLong',
		`The text is too long for the model: about ${promptTokens} tokens of input and ${outputTokens} of answer, but the model reads at most ${modelContextLength}.`,
		'Shorten the input (for example, split the document), or choose a model with a longer context. Nothing was cut, so no part of the text was silently ignored.',
	);
}
