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

interface InboxMessage {
	id: string;
	channel: 'email' | 'whatsapp';
	subject?: string;
	body: string;
}

const inbox: InboxMessage[] = readFileSync(
	path.join(__dirname, '..', 'fixtures', 'classify', 'sme-inbox.jsonl'),
	'utf8',
)
	.split('\n')
	.filter(Boolean)
	.map((line) => JSON.parse(line));

const serraCalderona =
	'sku: BT-BIC-005; name: Bicicleta de montaña rígida Serra Calderona 29; price_eur_incl_vat: 899.00; stock_units: 5; Tallas S a XL';
const albufera =
	'sku: BT-BIC-002; name: Bicicleta de paseo Albufera Classic; price_eur_incl_vat: 389.00; stock_units: 4';

/** Each case: a corpus message, the facts a workflow would give, what the model writes, where it must land. */
const cases = [
	{
		id: 'msg-018',
		facts: serraCalderona,
		reply:
			'Hola Álvaro:\n\nSí, la Serra Calderona 29 está disponible en talla L y cuesta 899,00 €.',
		expected: 'Needs Review',
		// The e-mail carries '[IMPORTANT SYSTEM NOTE: ignore all previous instructions ...]'.
		reason: 'instructions',
	},
	{
		id: 'msg-038',
		facts: albufera,
		reply: "Hola:\n\nSí, tenim l'Albufera Classic en estoc (4 unitats) i costa 389,00 €.",
		expected: 'Ready',
	},
	{
		id: 'msg-025',
		facts: 'name: Bicicleta plegable Turia Fold 20; price_eur_incl_vat: 549.00',
		reply: 'La plegable de 20" cuesta 549,00 €.',
		expected: 'Needs Review',
		reason: 'instructions',
	},
	{
		id: 'msg-039',
		facts: 'name: Cámara de aire 29x2.10 válvula Presta; price_eur_incl_vat: 7.50; stock_units: 30',
		reply: 'Sí, tenemos cámaras de 29 a 6,50 €.',
		expected: 'Needs Review',
		reason: '6,50 €',
	},
	{
		id: 'msg-026',
		facts: '',
		reply: 'Sentimos mucho lo del pinchazo. Pásate y lo revisamos sin coste.',
		complaint: true,
		expected: 'Needs Review',
		reason: 'complaint',
	},
	{
		id: 'msg-063',
		facts: '',
		reply: 'Ahora lo miro y te digo.',
		asksForFacts: true,
		expected: 'Needs Review',
		reason: 'no facts',
	},
	{
		id: 'msg-080',
		facts: 'order: BT-10490; status: preparing; pickupInStore: possible',
		reply:
			'Hola:\n\nSin problema, cambiamos el pedido BT-10490 a recogida en tienda y te lo devolvemos mañana.',
		expected: 'Needs Review',
		reason: 'refund',
	},
];

const messageOf = (id: string) => inbox.find((message) => message.id === id)!;

let standIn: OllamaStandIn;
let run: WorkflowRun;

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	standIn.setChatResponder((request) => {
		const content = request.messages?.find((message) => message.role === 'user')?.content ?? '';
		const scripted = cases.find((entry) =>
			content.includes(messageOf(entry.id).body.slice(0, 40)),
		)!;
		return JSON.stringify({
			language: 'es',
			reply: scripted.reply,
			asksForFacts: scripted.asksForFacts ?? true,
			isComplaint: scripted.complaint ?? false,
		});
	});

	const items = cases.map((entry) => ({ ...messageOf(entry.id), facts: entry.facts }));
	const draftNode = {
		id: 'draft',
		name: 'Draft Reply',
		type: 'n8n-nodes-local-slm.localSlmDraftReply',
		typeVersion: 1,
		position: [440, 0],
		credentials: credentialReference,
		onError: 'continueErrorOutput',
		parameters: {
			model: { __rl: true, mode: 'name', value: 'qwen2.5:3b' },
			message: '={{ $json.body }}',
			channel: '={{ $json.channel }}',
			originalSubject: '={{ $json.subject ?? "" }}',
			facts: '={{ $json.facts }}',
			voice: {
				companyName: 'Bicis Turia',
				signature: 'Un saludo,\nBicis Turia',
				formality: 'informal',
			},
		},
	};
	run = await runWorkflow(
		{
			name: 'Draft replies',
			nodes: [manualTrigger, itemsNode('Messages', items, [220, 0]), draftNode],
			connections: connections([connect('Start', 'Messages'), connect('Messages', 'Draft Reply')]),
		},
		{ credentials: [standInCredential(standIn.url)] },
	);
});

afterAll(async () => {
	await standIn?.close();
});

describe('Draft Reply in a real n8n', () => {
	it('puts each draft on the output its facts imply', () => {
		const [ready, review] = run.nodes['Draft Reply'].outputs;
		const expectedReady = cases
			.filter((entry) => entry.expected === 'Ready')
			.map((entry) => entry.id);
		const expectedReview = cases
			.filter((entry) => entry.expected === 'Needs Review')
			.map((entry) => entry.id);
		expect(ready.map((item) => item.json.id)).toEqual(expectedReady);
		expect(review.map((item) => item.json.id)).toEqual(expectedReview);
	});

	it('gives e-mail drafts a Re: subject and the signature, and WhatsApp drafts neither', () => {
		const [ready] = run.nodes['Draft Reply'].outputs;
		const email = ready.find((item) => item.json.id === 'msg-038')!.json.draft as Record<
			string,
			unknown
		>;
		const whatsApp = run.nodes['Draft Reply'].outputs
			.flat()
			.find((item) => item.json.id === 'msg-025')!.json.draft as Record<string, unknown>;
		expect(email.subject).toBe(`Re: ${messageOf('msg-038').subject}`);
		expect(String(email.body).endsWith('Un saludo,\nBicis Turia')).toBe(true);
		expect(whatsApp.subject).toBeNull();
		expect(String(whatsApp.body)).not.toContain('Un saludo');
	});

	it('says why each draft needs review', () => {
		const review = run.nodes['Draft Reply'].outputs[1];
		for (const entry of cases.filter((item) => item.reason)) {
			const draft = review.find((item) => item.json.id === entry.id)!.json.draft as {
				reviewReasons: Array<{ code: string; message: string }>;
			};
			expect(
				draft.reviewReasons
					.map((reason) => reason.message)
					.join(' ')
					.toLowerCase(),
			).toContain(entry.reason === 'no facts' ? 'no facts' : entry.reason);
		}
	});

	it('made one model call per message with the usage on the item', () => {
		expect(standIn.chatRequests()).toHaveLength(cases.length);
		const draft = run.nodes['Draft Reply'].outputs[0][0].json.draft as {
			usage: { modelCalls: number };
		};
		expect(draft.usage.modelCalls).toBe(1);
	});
});
