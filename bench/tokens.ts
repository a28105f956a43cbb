// The Llama 3 tokenizer (llama3.2:1b/3b share it) stands for the small model families we
// suggest; Qwen 2.5's tokenizer counts within a few percent of it on Spanish and English text.
const { llama3Tokenizer } =
	require('llama3-tokenizer-js/bundle/commonjs-llama3-tokenizer-with-baked-data.cjs') as {
		llama3Tokenizer: { encode(text: string, options?: { bos?: boolean; eos?: boolean }): number[] };
	};

const tokensAroundMessage = 4;
const tokensBeforeAnswer = 5;

export function countTokens(text: string): number {
	return llama3Tokenizer.encode(text, { bos: false, eos: false }).length;
}

/** Tokens of a chat request as a Llama 3 chat template lays it out. */
export function countChatTokens(messages: Array<{ content: string }>): number {
	return (
		tokensBeforeAnswer +
		messages.reduce(
			(total, message) => total + tokensAroundMessage + countTokens(message.content),
			0,
		)
	);
}
