import type { ChatMessage, Logprob, TokenLogprob } from './types';

const charactersPerToken = 4;
const tokensPerMessage = 4;
const tokensPerImage = 256;
const alternativeTokens =
	' the| a|,|.| and| of| to| is| in| it| that| for| on| with| as| was| this| be| are| not'.split(
		'|',
	);

export function estimateTokens(text: string): number {
	return Math.ceil(text.length / charactersPerToken);
}

export function estimatePromptTokens(messages: ChatMessage[], extras: unknown[] = []): number {
	const messageTokens = messages.reduce((total, message) => {
		const images = message.images?.length ?? 0;
		return (
			total + estimateTokens(message.content ?? '') + tokensPerMessage + images * tokensPerImage
		);
	}, 0);
	const extraTokens = extras
		.filter((extra) => extra !== undefined)
		.reduce<number>((total, extra) => total + estimateTokens(JSON.stringify(extra)), 0);

	return messageTokens + extraTokens;
}

/** Splits text the way a stream arrives: words with their leading space, one token each. */
export function splitIntoTokens(text: string): string[] {
	return text.match(/\s*\S+|\s+/g) ?? [];
}

function hash(text: string): number {
	let value = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
	}
	return value;
}

function round(value: number): number {
	return Math.round(value * 1e4) / 1e4;
}

/** Confident but not certain log probabilities that stay the same from run to run. */
export function deriveLogprob(token: string, topCount: number): Logprob {
	const logprob = round(-0.01 - (hash(token) % 1000) / 4000);
	if (topCount <= 0) return { token, logprob };

	const alternatives: TokenLogprob[] = alternativeTokens
		.filter((alternative) => alternative !== token)
		.slice(0, topCount - 1)
		.map((alternative, index) => ({ token: alternative, logprob: round(logprob - 2 - index) }));

	return { token, logprob, top_logprobs: [{ token, logprob }, ...alternatives] };
}
