import { readFileSync } from 'node:fs';
import path from 'node:path';

import {
	prepareN8nUserFolder,
	runWorkflow,
	startN8nServer,
	type N8nServer,
	type WorkflowRun,
} from '../harness';
import { startOllamaStandIn, type ChatRequestBody, type OllamaStandIn } from '../standIn';
import {
	callKind,
	firstFigure,
	ollamaCredential,
	smtpCredential,
	tagged,
	templateModels,
	userContent,
} from './templates/modelCalls';
import {
	createWorkflow,
	openPublicApi,
	waitForExecutions,
	type Execution,
	type PublicApi,
} from './templates/publicApi';
import { startRecorder, type Recorder } from './templates/recorder';
import { startSmtpSink, type SmtpSink } from './templates/smtpSink';
import { fillSettings, readTemplate } from './templates/templateFiles';
import { webhookPath, whatsAppTestCopy } from './templates/whatsAppCopy';

jest.setTimeout(600_000);

const knowledgeFolder = path.join(__dirname, '..', 'fixtures', 'knowledge');
const questions: Array<{ id: string; question: string }> = readFileSync(
	path.join(knowledgeFolder, 'qa.jsonl'),
	'utf8',
)
	.split('\n')
	.filter(Boolean)
	.map((line) => JSON.parse(line));
const question = (id: string) => questions.find((entry) => entry.id === id)!.question;

const phoneNumberId = '106540352242922';
const settings = {
	whatsAppPhoneNumberId: phoneNumberId,
	knowledgeBase: 'shop',
	companyName: 'Bicis Turia',
	staffEmail: 'equipo@bicisturia.example',
	senderEmail: 'asistente@bicisturia.example',
	handOverMessage: 'Gracias. Un compañero te responde por aquí enseguida.',
};

/** Customers by WhatsApp number, each with what they write. */
const customers = {
	gravel: { number: '34600111222', name: 'Álvaro', text: question('qa-018') },
	scooter: { number: '34600333444', name: 'Marta', text: question('qa-005') },
	tuneUp: { number: '34600555666', name: 'Jordi', text: question('qa-026') },
	photo: { number: '34600777888', name: 'Nuria' },
};
const followUp = 'And is it in stock?';
const inventedReply = 'La puesta a punto completa cuesta 99,99 €.';

/** A WhatsApp Cloud API webhook call as Meta sends it, with one change. */
function webhookBody(value: object) {
	return {
		object: 'whatsapp_business_account',
		entry: [{ id: '102290129340398', changes: [{ value, field: 'messages' }] }],
	};
}

const metadata = { display_phone_number: '34611000112', phone_number_id: phoneNumberId };
let messageCount = 0;

function message(customer: { number: string; name: string }, content: object) {
	messageCount++;
	return webhookBody({
		messaging_product: 'whatsapp',
		metadata,
		contacts: [{ profile: { name: customer.name }, wa_id: customer.number }],
		messages: [
			{
				from: customer.number,
				id: `wamid.test${messageCount}`,
				timestamp: String(1767000000 + messageCount),
				...content,
			},
		],
	});
}

const textMessage = (customer: { number: string; name: string }, text: string) =>
	message(customer, { type: 'text', text: { body: text } });

const statusUpdate = webhookBody({
	messaging_product: 'whatsapp',
	metadata,
	statuses: [
		{
			id: 'wamid.sent1',
			status: 'delivered',
			timestamp: '1767000100',
			recipient_id: customers.gravel.number,
		},
	],
});

/** The scripted models: answers quote the first passage; one draft invents a price. */
function scripted(request: ChatRequestBody): string {
	const content = userContent(request);
	if (callKind(request) === 'answer') {
		const asked = tagged(content, 'question');
		if (asked === customers.scooter.text) {
			return JSON.stringify({ found: false, answer: 'Se lo paso a un compañero.', sources: [] });
		}
		const firstPassage = /\[1\] \([^)]*\) ([^\n]*)/.exec(content)?.[1] ?? '';
		return JSON.stringify({
			found: true,
			answer: `Según nuestra información: ${firstFigure(firstPassage)}.`,
			sources: [1],
		});
	}
	if (callKind(request) === 'draft') {
		const asked = tagged(content, 'message');
		const figure = firstFigure(tagged(content, 'facts'));
		return JSON.stringify({
			language: 'es',
			reply: asked === customers.tuneUp.text ? inventedReply : `¡Hola! Te confirmo: ${figure}.`,
			asksForFacts: true,
			isComplaint: false,
		});
	}
	throw new Error(`The WhatsApp assistant made an unexpected model call: ${content.slice(0, 200)}`);
}

let standIn: OllamaStandIn;
let smtp: SmtpSink;
let graphApi: Recorder;
let n8n: N8nServer;
let api: PublicApi;
let loading: WorkflowRun;
let workflowId: string;
let executions: Execution[];

async function postWebhook(body: object): Promise<void> {
	for (let attempt = 0; attempt < 20; attempt++) {
		const response = await fetch(`${n8n.url}/webhook/${webhookPath}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		// Right after activation the webhook can answer 404 for a moment.
		if (response.status !== 404) {
			if (!response.ok) throw new Error(`The webhook answered ${response.status}.`);
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error('The webhook was not registered.');
}

const sentTo = (number: string) =>
	graphApi.calls
		.filter((call) => (call.body as { to: string }).to === number)
		.map((call) => (call.body as { text: { body: string } }).text.body);

const mailAbout = (number: string) =>
	smtp.mails.filter((mail) => mail.subject.includes(`(+${number})`));

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	for (const model of templateModels) standIn.addModel(model);
	standIn.setChatResponder(scripted);
	smtp = await startSmtpSink();
	graphApi = await startRecorder(() => ({
		status: 200,
		json: { messaging_product: 'whatsapp', messages: [{ id: `wamid.reply${Date.now()}` }] },
	}));

	const userFolder = await prepareN8nUserFolder();
	const knowledgeLoading = readTemplate('knowledge-loading.json');
	fillSettings(knowledgeLoading, { knowledgeFolder, knowledgeBase: 'shop' });
	loading = await runWorkflow(knowledgeLoading, {
		userFolder,
		credentials: [ollamaCredential(standIn.url), smtpCredential(smtp)],
		env: { N8N_RESTRICT_FILE_ACCESS_TO: knowledgeFolder },
	});

	n8n = await startN8nServer({ userFolder });
	const session = await n8n.setupOwner();
	workflowId = await createWorkflow(session, whatsAppTestCopy(graphApi.url, settings));
	api = await openPublicApi(n8n.url, session);
	await api.activate(workflowId);

	await postWebhook(textMessage(customers.gravel, customers.gravel.text));
	await waitForExecutions(api, workflowId, 1);
	await postWebhook(textMessage(customers.gravel, followUp));
	await waitForExecutions(api, workflowId, 2);
	await postWebhook(textMessage(customers.scooter, customers.scooter.text));
	await postWebhook(textMessage(customers.tuneUp, customers.tuneUp.text));
	await postWebhook(
		message(customers.photo, {
			type: 'image',
			image: { mime_type: 'image/jpeg', id: '1479537139' },
		}),
	);
	await postWebhook(statusUpdate);
	executions = await waitForExecutions(api, workflowId, 6);
});

afterAll(async () => {
	await n8n?.stop();
	await Promise.all([standIn?.close(), smtp?.stop(), graphApi?.stop()]);
});

describe('The knowledge loading template in a real n8n', () => {
	it("adds every shop file of the folder to the knowledge base 'shop'", () => {
		expect(loading.status).toBe('success');
		const added = loading.nodes['Add or Update in the Knowledge Base'].outputs[0];
		expect(added.map((item) => item.json.id).sort()).toEqual([
			'catalog.csv',
			'faq.md',
			'policies-en.md',
			'repair-rates.md',
		]);
		expect(added.every((item) => item.json.knowledgeBase === 'shop')).toBe(true);
		expect(added.every((item) => Number(item.json.passages) > 0)).toBe(true);
	});
});

describe('The WhatsApp assistant template, published in a real n8n', () => {
	it('runs once for every webhook call, without a failure', () => {
		expect(executions).toHaveLength(6);
		expect(executions.map((execution) => execution.status)).toEqual(Array(6).fill('success'));
	});

	it('sends the answer from the knowledge base back to the customer who asked', () => {
		const replies = sentTo(customers.gravel.number);
		expect(replies).toHaveLength(2);
		expect(replies[0]).toMatch(/^¡Hola! Te confirmo: .+\.$/);
		const call = graphApi.calls.find(
			(each) => (each.body as { to: string }).to === customers.gravel.number,
		)!;
		expect(call).toMatchObject({
			method: 'POST',
			path: `/v13.0/${phoneNumberId}/messages`,
			body: { messaging_product: 'whatsapp', type: 'text' },
		});
	});

	it("keeps a customer's questions as one conversation, keyed by the sender's number", () => {
		const answerCalls = standIn.chatRequests().filter((request) => callKind(request) === 'answer');
		const followUpCall = answerCalls.find(
			(request) => tagged(userContent(request), 'question') === followUp,
		)!;
		expect(tagged(userContent(followUpCall), 'earlier')).toContain(customers.gravel.text);
		const otherCall = answerCalls.find(
			(request) => tagged(userContent(request), 'question') === customers.tuneUp.text,
		)!;
		expect(tagged(userContent(otherCall), 'earlier')).toBe('');
	});

	it('hands a question the knowledge base cannot answer to a person and tells the customer', () => {
		expect(sentTo(customers.scooter.number)).toEqual([settings.handOverMessage]);
		const [mail] = mailAbout(customers.scooter.number);
		expect(mail.recipients).toEqual([settings.staffEmail]);
		expect(mail.text).toContain(customers.scooter.text);
		expect(mail.text).toMatch(/Why a person: The model says the passages do not answer/);
	});

	it('never sends a reply with a price the documents do not hold; a person gets it instead', () => {
		expect(sentTo(customers.tuneUp.number)).toEqual([settings.handOverMessage]);
		const [mail] = mailAbout(customers.tuneUp.number);
		expect(mail.text).toMatch(/Why a person: The draft states "99,99 €"/);
		expect(mail.text).toContain(`Suggested reply (not sent): ${inventedReply}`);
	});

	it('hands a photo to a person without asking the models', () => {
		expect(sentTo(customers.photo.number)).toEqual([settings.handOverMessage]);
		const [mail] = mailAbout(customers.photo.number);
		expect(mail.text).toMatch(/Their message \(image\)/);
		const asked = standIn.chatRequests().map((request) => userContent(request));
		expect(asked.some((content) => content.includes(customers.photo.name))).toBe(false);
	});

	it('ignores message status updates', () => {
		expect(graphApi.calls).toHaveLength(5);
		expect(smtp.mails).toHaveLength(3);
		const statusRun = executions.find(
			(execution) => execution.nodes['Unwrap Like the WhatsApp Trigger']?.[0]?.length === 0,
		);
		expect(statusRun).toBeDefined();
		expect(statusRun!.nodes.Settings).toBeUndefined();
	});
});
