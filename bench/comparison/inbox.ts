import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface InboxItem {
	id: string;
	channel: string;
	text: string;
}

export interface Inbox {
	items: InboxItem[];
	labelOf: Map<string, string>;
	categories: Array<{ name: string; description: string }>;
}

interface InboxMessage {
	id: string;
	channel: string;
	subject?: string;
	body: string;
	label: string;
}

// Compiled into .bench-build/bench/comparison, three folders below the project.
const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'classify');

/** The SME inbox as both workflows receive it: an e-mail is its subject, a blank line, its body. */
export function loadInbox(): Inbox {
	const messages: InboxMessage[] = readFileSync(join(fixtures, 'sme-inbox.jsonl'), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
	const labels: Record<string, { en: string }> = JSON.parse(
		readFileSync(join(fixtures, 'sme-inbox-categories.json'), 'utf8'),
	).labels;

	return {
		items: messages.map((message) => ({
			id: message.id,
			channel: message.channel,
			text: message.subject ? `${message.subject}\n\n${message.body}` : message.body,
		})),
		labelOf: new Map(messages.map((message) => [message.id, message.label])),
		categories: Object.entries(labels).map(([name, text]) => ({ name, description: text.en })),
	};
}
