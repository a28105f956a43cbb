import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { findClaims } from '../../nodes/engine/grounding/claims';
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

interface QuestionCase {
	id: string;
	question: string;
	answerable: boolean;
	sources: string[];
}

const knowledgeFolder = path.join(__dirname, '..', 'fixtures', 'knowledge');
const questions: QuestionCase[] = readFileSync(path.join(knowledgeFolder, 'qa.jsonl'), 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((line) => JSON.parse(line));
const chosen = ['qa-009', 'qa-018', 'qa-026', 'qa-005', 'qa-015', 'qa-045'].map(
	(id) => questions.find((entry) => entry.id === id)!,
);
/** An answerable question whose scripted answer invents a price: it must not be sent. */
const invented = questions.find((entry) => entry.id === 'qa-021')!;

let standIn: OllamaStandIn;
let databaseFolder: string;
let filled: WorkflowRun;
let answered: WorkflowRun;

/** The scripted model answers from the first passage it was given, quoting its first fact. */
function scriptedAnswer(content: string): string {
	const question = /<question>\n([\s\S]*?)\n<\/question>/.exec(content)?.[1] ?? '';
	const entry = [...chosen, invented].find((candidate) => candidate.question === question);
	if (!entry?.answerable)
		return JSON.stringify({ found: false, answer: 'Se lo paso a un compañero.', sources: [] });

	const firstPassage = /\[1\] \([^)]*\) ([^\n]*)/.exec(content)?.[1] ?? '';
	const figure = findClaims(firstPassage)[0]?.text ?? '';
	const answer =
		entry === invented ? 'Cuesta 99,99 € el día.' : `Según nuestra información: ${figure}.`;
	return JSON.stringify({ found: true, answer, sources: [1] });
}

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	standIn.setChatResponder((request) => scriptedAnswer(request.messages?.[1]?.content ?? ''));
	databaseFolder = mkdtempSync(path.join(os.tmpdir(), 'knowledge-'));
	const databasePath = path.join(databaseFolder, 'knowledge.sqlite');
	const credentials = [standInCredential(standIn.url)];
	const embeddingModel = { __rl: true, mode: 'name', value: 'bge-m3' };

	filled = await runWorkflow(
		{
			name: 'Load the shop knowledge',
			nodes: [
				manualTrigger,
				{
					id: 'read',
					name: 'Read Shop Files',
					type: 'n8n-nodes-base.readWriteFile',
					typeVersion: 1.1,
					position: [220, 0],
					parameters: {
						operation: 'read',
						fileSelector: `${knowledgeFolder}/*.{csv,md}`,
						options: {},
					},
				},
				{
					id: 'add',
					name: 'Add to Knowledge Base',
					type: 'n8n-nodes-local-slm.localSlmKnowledgeBase',
					typeVersion: 1,
					position: [440, 0],
					credentials: credentialReference,
					parameters: {
						operation: 'addDocuments',
						knowledgeBase: 'bicis-turia',
						embeddingModel,
						options: { databasePath },
					},
				},
			],
			connections: connections([
				connect('Start', 'Read Shop Files'),
				connect('Read Shop Files', 'Add to Knowledge Base'),
			]),
		},
		{ credentials, env: { N8N_RESTRICT_FILE_ACCESS_TO: knowledgeFolder } },
	);

	answered = await runWorkflow(
		{
			name: 'Answer questions',
			nodes: [
				manualTrigger,
				itemsNode('Questions', [...chosen, invented], [220, 0]),
				{
					id: 'answer',
					name: 'Answer from Knowledge',
					type: 'n8n-nodes-local-slm.localSlmAnswer',
					typeVersion: 1,
					position: [440, 0],
					credentials: credentialReference,
					parameters: {
						question: '={{ $json.question }}',
						knowledgeBase: 'bicis-turia',
						chatModel: { __rl: true, mode: 'name', value: 'qwen2.5:3b' },
						embeddingModel,
						conversationKey: '={{ $json.id }}',
						options: { databasePath },
					},
				},
			],
			connections: connections([
				connect('Start', 'Questions'),
				connect('Questions', 'Answer from Knowledge'),
			]),
		},
		{ credentials },
	);
});

afterAll(async () => {
	await standIn?.close();
	if (databaseFolder) rmSync(databaseFolder, { recursive: true, force: true });
});

describe('Knowledge Base and Answer from Knowledge in a real n8n', () => {
	it('fills the knowledge base from the shop files, one item per document', () => {
		const added = filled.nodes['Add to Knowledge Base'].outputs[0];
		expect(added.map((item) => item.json.id).sort()).toEqual([
			'catalog.csv',
			'faq.md',
			'policies-en.md',
			'repair-rates.md',
		]);
		expect(
			added.every((item) => item.json.status === 'added' && Number(item.json.passages) > 0),
		).toBe(true);
	});

	it('answers the answerable questions with their sources', () => {
		const [answeredItems] = answered.nodes['Answer from Knowledge'].outputs;
		expect(answeredItems.map((item) => item.json.id)).toEqual(
			chosen.filter((entry) => entry.answerable).map((entry) => entry.id),
		);
		for (const item of answeredItems) {
			const sources = item.json.sources as Array<{ citation: string; passage: string }>;
			expect(sources.length).toBeGreaterThan(0);
			expect(sources[0].citation).toMatch(
				/^(catalog\.csv|faq\.md|repair-rates\.md|policies-en\.md)#/,
			);
		}
	});

	it('sends the unanswerable questions and the invented price to Not Found, with the reason', () => {
		const notFound = answered.nodes['Answer from Knowledge'].outputs[1];
		expect(notFound.map((item) => item.json.id).sort()).toEqual([
			'qa-005',
			'qa-015',
			'qa-021',
			'qa-045',
		]);
		const inventedItem = notFound.find((item) => item.json.id === 'qa-021')!;
		expect(inventedItem.json).toMatchObject({
			notFoundReason: 'notGrounded',
			reason: expect.stringContaining('99,99 €'),
		});
	});

	it('made one embedding call and at most one chat call per question', () => {
		const embeddings = standIn.requests.filter((request) => request.path === '/api/embed');
		const chats = standIn.chatRequests();
		expect(chats.length).toBeLessThanOrEqual(chosen.length + 1);
		const answerItems = answered.nodes['Answer from Knowledge'].outputs.flat();
		for (const item of answerItems) {
			expect((item.json.usage as { embedding: { modelCalls: number } }).embedding.modelCalls).toBe(
				1,
			);
		}
		expect(embeddings.length).toBeGreaterThan(0);
	});
});
