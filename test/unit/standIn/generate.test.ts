import { Ollama } from 'ollama';

import { callStandIn, type OllamaStandIn, startOllamaStandIn } from '../../standIn';

describe('Ollama stand-in generate', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it('streams a scripted reply as response chunks ending in done', async () => {
		standIn.queueChatReplies('Paris is the capital.');

		const answer = await callStandIn(standIn.url, '/api/generate', {
			body: { model: 'llama3.2:3b', prompt: 'Capital of France?' },
		});

		const lines = answer.lines();
		expect(answer.contentType).toBe('application/x-ndjson');
		expect(lines.map((line) => line.response).join('')).toBe('Paris is the capital.');
		expect(lines.at(-1)).toMatchObject({ done: true, done_reason: 'stop', response: '' });
	});

	it('answers in one object through the ollama client', async () => {
		standIn.queueChatReplies({ content: 'Yes', thinking: 'Checking.' });

		const response = await ollama.generate({ model: 'qwen3:4b', prompt: 'Sure?' });

		expect(response.response).toBe('Yes');
		expect(response.thinking).toBe('Checking.');
		expect(response.done).toBe(true);
	});

	it('shows the responder the system text and prompt as chat messages', async () => {
		const seen: unknown[] = [];
		standIn.setChatResponder((request) => {
			seen.push(request.messages);
			return 'ok';
		});

		await ollama.generate({ model: 'llama3.2:3b', system: 'Be short.', prompt: 'Hi' });

		expect(seen).toEqual([
			[
				{ role: 'system', content: 'Be short.' },
				{ role: 'user', content: 'Hi' },
			],
		]);
	});

	it('refuses an embedding model with the generate wording', async () => {
		const answer = await callStandIn(standIn.url, '/api/generate', {
			body: { model: 'bge-m3', prompt: 'Hi' },
		});

		expect([answer.status, answer.json()]).toEqual([
			400,
			{ error: '"bge-m3" does not support generate' },
		]);
	});

	it('answers an unknown model with 404', async () => {
		const answer = await callStandIn(standIn.url, '/api/generate', {
			body: { model: 'nothing', prompt: 'Hi' },
		});

		expect([answer.status, answer.json()]).toEqual([404, { error: "model 'nothing' not found" }]);
	});

	it('loads the model when the prompt is empty', async () => {
		const response = await ollama.generate({ model: 'llama3.2:3b', prompt: '' });

		expect(response).toMatchObject({ done: true, done_reason: 'load', response: '' });
		expect(standIn.modelLoads.map((load) => load.model)).toEqual(['llama3.2:3b']);
	});
});
