import { runWorkflow, type Item, type WorkflowRun } from '../harness';
import { startOllamaStandIn, type OllamaStandIn, type ScriptedReply } from '../standIn';
import {
	connect,
	connections,
	credentialReference,
	itemsNode,
	manualTrigger,
	standInCredential,
} from './support/workflowParts';

jest.setTimeout(600_000);

const categories = { category: [{ name: 'support' }, { name: 'sales' }, { name: 'billing' }] };

/** What the scripted model answers, chosen by a marker in the message. */
function scriptedAnswer(text: string): ScriptedReply | string {
	if (text.includes('[first]')) return '{"category":"support","confidence":0.9}';
	if (text.includes('[multi]')) return '{"categories":["billing","support"],"confidence":0.9}';
	if (text.includes('[garbage]')) return 'I am not sure what you mean.';
	if (text.includes('[outside]')) return '{"category":"urgent","confidence":1}';
	if (text.includes('[think]')) {
		return '<think>Prices mean {"sales"}</think>\n```json\n{"category":"sales","confidence":0.8}\n```';
	}
	if (text.includes('[low]')) {
		const pieces = ['{"category":"', 'billing', '","confidence":0.9}'];
		return {
			content: pieces.join(''),
			logprobs: pieces.map((token) => ({
				token,
				logprob: token === 'billing' ? Math.log(0.3) : 0,
			})),
		};
	}
	if (text.includes('[no logprobs]')) {
		return { content: '{"category":"sales","confidence":0.7}', logprobs: [] };
	}
	return '{"category":"none","confidence":0.9}';
}

const messages = (marker: string, count: number) =>
	Array.from({ length: count }, (_, index) => ({
		id: `${marker}-${index}`,
		text: `Message ${index} ${marker}`,
	}));

function classify(name: string, y: number, extra: Record<string, unknown> = {}) {
	return {
		id: name.replace(/\W/g, ''),
		name,
		type: 'n8n-nodes-local-slm.localSlmClassify',
		typeVersion: 1,
		position: [440, y],
		credentials: credentialReference,
		onError: 'continueErrorOutput',
		...extra,
		parameters: {
			model: { __rl: true, mode: 'name', value: 'qwen2.5:3b' },
			text: '={{ $json.text }}',
			categories,
			...((extra.parameters as object) ?? {}),
		},
	};
}

const scenarios: Array<{ name: string; items: object[]; node?: Record<string, unknown> }> = [
	{ name: 'One Item', items: messages('[first]', 1) },
	{ name: 'Three Items', items: messages('[first]', 3) },
	{
		name: 'Ten Items Two in Flight',
		items: messages('[first]', 10),
		node: { parameters: { options: { concurrency: 2 } } },
	},
	{
		name: 'Multi Label',
		items: messages('[multi]', 2),
		node: { parameters: { options: { multiLabel: true } } },
	},
	{
		name: 'Mixed',
		items: [
			...messages('[think]', 1),
			...messages('[low]', 1),
			...messages('[no logprobs]', 1),
			...messages('[nothing]', 1),
		],
	},
	{
		name: 'Bad Answers',
		items: [...messages('[garbage]', 1), ...messages('[first]', 1), ...messages('[outside]', 1)],
	},
	{
		name: 'Bad Answers Continue',
		items: [...messages('[garbage]', 1), ...messages('[first]', 1)],
		node: { onError: 'continueRegularOutput' },
	},
	{
		name: 'Missing Model',
		items: messages('[first]', 2),
		node: { parameters: { model: { __rl: true, mode: 'name', value: 'mistral:7b' } } },
	},
];

let standIn: OllamaStandIn;
let run: WorkflowRun;

const outputsOf = (name: string) => run.nodes[`Classify ${name}`].outputs;
const ids = (items: Item[] | undefined) => (items ?? []).map((item) => item.json.id);

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	// The message stays the first user turn; a repair request adds turns after it.
	standIn.setChatResponder((request) =>
		scriptedAnswer(request.messages?.find((message) => message.role === 'user')?.content ?? ''),
	);

	const nodes: object[] = [manualTrigger];
	const edges = [];
	for (const [index, scenario] of scenarios.entries()) {
		nodes.push(itemsNode(`Items ${scenario.name}`, scenario.items, [220, index * 200]));
		nodes.push(classify(`Classify ${scenario.name}`, index * 200, scenario.node));
		edges.push(connect('Start', `Items ${scenario.name}`));
		edges.push(connect(`Items ${scenario.name}`, `Classify ${scenario.name}`));
	}
	run = await runWorkflow(
		{ name: 'Classify routing', nodes, connections: connections(edges) },
		{ credentials: [standInCredential(standIn.url)] },
	);
});

afterAll(async () => {
	await standIn?.close();
});

describe('Classify routing in a real n8n', () => {
	it.each(['One Item', 'Three Items', 'Ten Items Two in Flight'])(
		'sends the first category to the first output with %s, in input order',
		(name) => {
			const scenario = scenarios.find((entry) => entry.name === name)!;
			const outputs = outputsOf(name);
			expect(ids(outputs[0])).toEqual(scenario.items.map((item) => (item as { id: string }).id));
			expect(outputs.slice(1).flat()).toHaveLength(0);
		},
	);

	it('keeps pairedItem pointing at the input item', () => {
		const outputs = outputsOf('Ten Items Two in Flight');
		expect(outputs[0].map((item) => item.pairedItem)).toEqual(
			Array.from({ length: 10 }, (_, index) => ({ item: index })),
		);
	});

	it('sends a multi-label message to every matching output', () => {
		const outputs = outputsOf('Multi Label');
		expect(ids(outputs[0])).toEqual(['[multi]-0', '[multi]-1']);
		expect(ids(outputs[1])).toEqual([]);
		expect(ids(outputs[2])).toEqual(['[multi]-0', '[multi]-1']);
		expect(outputs[0][0].json.classification).toMatchObject({ categories: ['billing', 'support'] });
	});

	it('reads JSON after a think block and inside a code fence', () => {
		expect(ids(outputsOf('Mixed')[1])).toContain('[think]-0');
	});

	it('sends a label with low token probability to Other / Unsure', () => {
		const other = outputsOf('Mixed')[3];
		const low = other.find((item) => item.json.id === '[low]-0')!;
		expect(low.json.classification).toMatchObject({
			category: 'billing',
			confidenceSource: 'tokenProbabilities',
		});
		expect((low.json.classification as { confidence: number }).confidence).toBeCloseTo(0.3);
	});

	it("uses the model's own estimate when the server gives no token probabilities", () => {
		const item = outputsOf('Mixed')[1].find((entry) => entry.json.id === '[no logprobs]-0')!;
		expect(item.json.classification).toMatchObject({
			confidence: 0.7,
			confidenceSource: 'modelEstimate',
		});
	});

	it('sends a message that fits no category to Other / Unsure', () => {
		expect(ids(outputsOf('Mixed')[3])).toContain('[nothing]-0');
	});

	it('sends unusable answers to the error output after one repair, and the rest on', () => {
		const outputs = outputsOf('Bad Answers');
		expect(ids(outputs[0])).toEqual(['[first]-0']);
		expect(ids(outputs[4])).toEqual(['[garbage]-0', '[outside]-0']);
		expect(outputs[4][0].json.error).toContain('not JSON');
		expect(outputs[4][1].json.error).toContain(
			'"category" is not one of "support", "sales", "billing", "none"',
		);
		expect(outputs[4][0].json.text).toBe('Message 0 [garbage]');
	});

	it('with plain continue, keeps a failed item in Other / Unsure with its fields and the error', () => {
		const outputs = outputsOf('Bad Answers Continue');
		expect(ids(outputs[0])).toEqual(['[first]-0']);
		expect(outputs[3]).toHaveLength(1);
		expect(outputs[3][0].json).toMatchObject({
			id: '[garbage]-0',
			error: expect.stringContaining('not JSON'),
		});
	});

	it('names the ollama pull command when the model is missing, on the error output', () => {
		const outputs = outputsOf('Missing Model');
		expect(outputs.slice(0, 4).flat()).toHaveLength(0);
		expect(ids(outputs[4])).toEqual(['[first]-0', '[first]-1']);
		expect(outputs[4][0].json.details).toContain('ollama pull mistral:7b');
	});

	it('sent the same options to every request, so the model is never reloaded', () => {
		const options = standIn.chatRequests().map((request) => JSON.stringify(request.options));
		expect(new Set(options).size).toBe(1);
		expect(JSON.parse(options[0])).toMatchObject({ temperature: 0, seed: 42, num_ctx: 4096 });
	});
});
