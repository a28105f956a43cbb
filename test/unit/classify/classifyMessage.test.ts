import { readCategories } from '../../../nodes/engine/classify/categories';
import { classifyMessage, prepareClassifier } from '../../../nodes/engine/classify/classifyMessage';
import { OllamaConnection } from '../../../nodes/engine/ollama/connection';
import { startOllamaStandIn, type OllamaStandIn } from '../../standIn';

const setup = {
	model: 'tiny:1b',
	categories: readCategories([{ name: 'billing', description: 'Invoices' }, { name: 'sales' }]),
	prompt: {
		extraInstructions: '',
		multiLabel: false,
		includeReason: false,
		detectLanguage: false,
		detectPriority: false,
	},
	temperature: 0,
	seed: 42,
};

const newest = 'La factura F-2026/0087 sigue sin aparecer en el portal. ¿Me la reenviáis?';
const quoted = Array.from(
	{ length: 80 },
	(_, index) => `> Línea ${index} del mensaje anterior con bastante texto.`,
).join('\n');
const thread = `${newest}\n\nEl lun, 16 mar 2026 a las 18:02, Marisa <m@example.es> escribió:\n${quoted}`;

let standIn: OllamaStandIn;
let connection: OllamaConnection;

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	standIn.addModel({ name: 'tiny:1b', capabilities: ['completion'], contextLength: 1024 });
	connection = await OllamaConnection.open({
		baseUrl: standIn.url,
		timeoutMilliseconds: 10_000,
		allowRemoteServer: false,
	});
	standIn.setChatResponder(() => '{"category":"billing","confidence":0.9}');
});

afterAll(async () => {
	await standIn.close();
});

describe('fitting a long message to the model', () => {
	it('removes quoted replies first and says so', async () => {
		const classifier = await prepareClassifier(connection, setup, [thread]);
		const result = await classifyMessage(connection, classifier, thread);

		expect(result.inputShortened).toBe('quotedRepliesRemoved');
		const sent = standIn.chatRequests().at(-1)!.messages![1].content;
		expect(sent).toContain(newest);
		expect(sent).not.toContain('Línea 79');
	});

	it('cuts the end of a message that is still too long, and says so', async () => {
		const long = `${newest} ${'palabra '.repeat(2000)}`;
		const classifier = await prepareClassifier(connection, setup, [long]);
		const result = await classifyMessage(connection, classifier, long);
		expect(result.inputShortened).toBe('endCut');
	});

	it('sends one context size for the whole batch, within the model context', async () => {
		const classifier = await prepareClassifier(connection, setup, ['corto', thread]);
		expect(classifier.options.num_ctx).toBe(1024);
		expect(classifier.options).toMatchObject({ temperature: 0, seed: 42 });
	});
});
