import { mean } from '../statistics';

const { llama3Tokenizer } =
	require('llama3-tokenizer-js/bundle/commonjs-llama3-tokenizer-with-baked-data.cjs') as {
		llama3Tokenizer: { encode(text: string, options?: { bos?: boolean; eos?: boolean }): number[] };
	};

// Stand-ins for the template's special tokens, laid out as countChatTokens counts them: one
// before the first message, four around each message, four that open the answer.
const beginText = -1;
const headerStart = -2;
const headerEnd = -3;
const turnEnd = -4;
const roleTokens: Record<string, number> = { system: -10, user: -11, assistant: -12, tool: -13 };

/** The prompt as the model reads it, token by token, so that two prompts can be compared. */
export function chatTokenSequence(messages: Array<{ role: string; content: string }>): number[] {
	const sequence = [beginText];
	for (const message of messages) {
		sequence.push(headerStart, roleTokens[message.role] ?? -14, headerEnd);
		sequence.push(...llama3Tokenizer.encode(message.content, { bos: false, eos: false }));
		sequence.push(turnEnd);
	}
	sequence.push(headerStart, roleTokens.assistant, headerEnd, -5);
	return sequence;
}

function commonPrefixLength(first: number[], second: number[]): number {
	let length = 0;
	while (length < first.length && length < second.length && first[length] === second[length]) {
		length++;
	}
	return length;
}

/**
 * How much of each prompt repeats the one before it, which is what Ollama can take from its
 * cache instead of reading again; averaged over consecutive requests.
 */
export function sharedPrefixShare(prompts: number[][]): number {
	const shares = prompts
		.slice(1)
		.map((prompt, index) => commonPrefixLength(prompts[index], prompt) / prompt.length);
	return mean(shares);
}
