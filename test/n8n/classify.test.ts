import { readFileSync } from 'node:fs';
import path from 'node:path';

import { runWorkflow, type WorkflowRun } from '../harness';
import { startOllamaStandIn, type OllamaStandIn } from '../standIn';
import {
	connect,
	connections,
	credentialReference,
	itemsNode,
	manualTrigger,
	standInCredential,
} from './support/workflowParts';

jest.setTimeout(600_000);

const fixtures = path.join(__dirname, '..', 'fixtures', 'classify');

interface InboxMessage {
	id: string;
	subject: string;
	body: string;
	label: string;
}

const inbox: InboxMessage[] = readFileSync(path.join(fixtures, 'sme-inbox.jsonl'), 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((line) => JSON.parse(line));

const inboxLabels = Object.keys(
	JSON.parse(readFileSync(path.join(fixtures, 'sme-inbox-categories.json'), 'utf8')).labels,
);

const bankingLabels: string[] = JSON.parse(
	readFileSync(path.join(fixtures, 'banking77-categories.json'), 'utf8'),
);

/** Every 100th banking query: 31 messages over many intents, with their labels. */
const bankingQueries = readFileSync(path.join(fixtures, 'banking77-test.csv'), 'utf8')
	.split(/\r?\n/)
	.slice(1)
	.filter(Boolean)
	.filter((_, index) => index % 100 === 0)
	.map((line, index) => {
		const match = /^"?(.*?)"?,([^,]+)$/.exec(line)!;
		return { id: `bank-${index}`, text: match[1].replace(/""/g, '"'), label: match[2] };
	});

function classifyNode(name: string, position: [number, number], parameters: object) {
	return {
		id: name.replace(/\W/g, ''),
		name,
		type: 'n8n-nodes-local-slm.localSlmClassify',
		typeVersion: 1,
		position,
		credentials: credentialReference,
		onError: 'continueErrorOutput',
		parameters: { model: { __rl: true, mode: 'name', value: 'qwen2.5:3b' }, ...parameters },
	};
}

let standIn: OllamaStandIn;
let run: WorkflowRun;

const whatsApp = inbox.filter((message) => !message.subject);

/** The label of the message the node sent, found by its exact text or its subject. */
const labelOfRequest = (content: string) => {
	const text = content.replace(/^<message>\n/, '').replace(/\n<\/message>$/, '');
	const exact = [
		...whatsApp.map((message) => ({ text: message.body, label: message.label })),
		...bankingQueries,
	];
	const found = exact.find((entry) => entry.text === text);
	if (found) return found.label;
	return inbox.find((entry) => entry.subject && text.includes(entry.subject))?.label ?? 'none';
};

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	// The scripted "model" answers each message with its label from the corpus, so every item
	// has one right output; a few answers carry low confidence to exercise the threshold.
	standIn.setChatResponder((request) => {
		const content = request.messages?.[request.messages.length - 1]?.content ?? '';
		return JSON.stringify({ category: labelOfRequest(content), confidence: 0.9 });
	});

	const emails = inbox.filter((message) => message.subject);
	const broken = { id: 'broken', subject: 'No body', body: 42 };
	const workflow = {
		name: 'Classify corpus',
		nodes: [
			manualTrigger,
			itemsNode('Inbox', [...emails, broken], [220, -200]),
			itemsNode('Banking Queries', bankingQueries, [220, 200]),
			itemsNode('WhatsApp Messages', whatsApp, [220, 0]),
			classifyNode('Classify Inbox', [440, -200], {
				inputMode: 'email',
				subject: '={{ $json.subject }}',
				body: '={{ $json.body }}',
				categorySource: 'json',
				categoriesJson: JSON.stringify(
					inboxLabels.map((name) => ({ name, description: `About ${name}` })),
				),
				options: { detectLanguage: true },
			}),
			classifyNode('Classify WhatsApp', [440, 0], {
				inputMode: 'text',
				text: '={{ $json.body }}',
				categorySource: 'json',
				categoriesJson: JSON.stringify(
					inboxLabels.map((name) => ({ name, description: `About ${name}` })),
				),
			}),
			classifyNode('Classify Banking', [440, 200], {
				inputMode: 'text',
				text: '={{ $json.text }}',
				categorySource: 'fields',
				categories: { category: bankingLabels.map((name) => ({ name, description: '' })) },
			}),
		],
		connections: connections([
			connect('Start', 'Inbox'),
			connect('Start', 'Banking Queries'),
			connect('Start', 'WhatsApp Messages'),
			connect('WhatsApp Messages', 'Classify WhatsApp'),
			connect('Inbox', 'Classify Inbox'),
			connect('Banking Queries', 'Classify Banking'),
		]),
	};

	run = await runWorkflow(workflow, { credentials: [standInCredential(standIn.url)] });
});

afterAll(async () => {
	await standIn?.close();
});

describe('Classify in a real n8n', () => {
	it('finishes the execution', () => {
		expect(run.status).toBe('success');
	});

	it('puts every e-mail of the SME inbox on the output of its category', () => {
		const outputs = run.nodes['Classify Inbox'].outputs;
		for (const [index, label] of inboxLabels.entries()) {
			const expected = inbox.filter((message) => message.subject && message.label === label);
			expect((outputs[index] ?? []).map((item) => item.json.id).sort()).toEqual(
				expected.map((message) => message.id).sort(),
			);
		}
	});

	it('adds the classification with usage and keeps the input fields', () => {
		const item = run.nodes['Classify Inbox'].outputs.flat()[0];
		expect(item.json.subject).toBeDefined();
		expect(item.json.classification).toMatchObject({
			confidenceSource: 'tokenProbabilities',
			model: 'qwen2.5:3b',
			usage: { modelCalls: 1 },
		});
	});

	it('sends the item whose body is a number to the error output, not to a category', () => {
		const outputs = run.nodes['Classify Inbox'].outputs;
		const errorOutput = outputs[inboxLabels.length + 1];
		expect(errorOutput.map((item) => item.json.id)).toEqual(['broken']);
		expect(String(errorOutput[0].json.error)).toContain('a number (42)');
		expect(
			outputs
				.slice(0, inboxLabels.length + 1)
				.flat()
				.map((item) => item.json.id),
		).not.toContain('broken');
	});

	it('puts every WhatsApp message on the output of its category', () => {
		const outputs = run.nodes['Classify WhatsApp'].outputs;
		for (const [index, label] of inboxLabels.entries()) {
			const expected = whatsApp.filter((message) => message.label === label);
			expect((outputs[index] ?? []).map((item) => item.json.id).sort()).toEqual(
				expected.map((message) => message.id).sort(),
			);
		}
	});

	it('puts every banking query on the output of its intent among 77', () => {
		const outputs = run.nodes['Classify Banking'].outputs;
		for (const query of bankingQueries) {
			const index = bankingLabels.indexOf(query.label);
			expect((outputs[index] ?? []).map((item) => item.json.id)).toContain(query.id);
		}
	});

	it('sent one model call per item, with one system prompt per Classify node', () => {
		const requests = standIn.chatRequests();
		expect(requests).toHaveLength(inbox.length + bankingQueries.length);
		const systemPrompts = new Set(requests.map((request) => request.messages![0].content));
		expect(systemPrompts.size).toBe(3);
	});
});
