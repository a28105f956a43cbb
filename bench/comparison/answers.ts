import type { ChatRequestBody } from '../../test/standIn';
import type { Inbox } from './inbox';

export type Framework = 'localSlm' | 'textClassifier';

const messageStart = '<message>\n';
const messageEnd = '\n</message>';

/** Our node wraps the message in delimiters; Text Classifier sends it as the user message. */
function messageText(content: string): string {
	if (!content.startsWith(messageStart) || !content.endsWith(messageEnd)) return content;
	return content.slice(messageStart.length, -messageEnd.length);
}

/**
 * The scripted model answers each message with its label, in the shape each framework asks
 * for: ours a JSON object constrained by the schema it sends, Text Classifier one boolean per
 * category inside the markdown code block its format instructions demand.
 */
export function labelAnswer(framework: Framework, categoryNames: string[], label: string): string {
	if (framework === 'localSlm') return JSON.stringify({ category: label, confidence: 0.9 });

	const flags = Object.fromEntries(categoryNames.map((name) => [name, name === label]));
	return `\`\`\`json\n${JSON.stringify(flags)}\n\`\`\``;
}

export class ScriptedModel {
	readonly replies: string[] = [];
	private readonly itemByText: Map<string, string>;

	constructor(private readonly inbox: Inbox) {
		this.itemByText = new Map(inbox.items.map((item) => [item.text, item.id]));
	}

	/** The id of the inbox item a request is about, found by the exact text of its last message. */
	itemOf(request: ChatRequestBody): string | undefined {
		const content = request.messages?.at(-1)?.content ?? '';
		return this.itemByText.get(messageText(content));
	}

	responder(framework: Framework) {
		const names = this.inbox.categories.map((category) => category.name);

		return (request: ChatRequestBody) => {
			const id = this.itemOf(request);
			const label = id === undefined ? undefined : this.inbox.labelOf.get(id);
			if (label === undefined) throw new Error('The request is about no message of the inbox.');

			const reply = labelAnswer(framework, names, label);
			this.replies.push(reply);
			return reply;
		};
	}
}
