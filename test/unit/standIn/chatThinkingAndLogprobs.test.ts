import { Ollama } from 'ollama';

import { callStandIn, type OllamaStandIn, startOllamaStandIn } from '../../standIn';

describe('Ollama stand-in thinking and log probabilities', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;
	const messages = [{ role: 'user', content: 'Which team?' }];

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it('lets a thinking model think when think is unset', async () => {
		standIn.queueChatReplies('Sales');

		const response = await ollama.chat({ model: 'qwen3:4b', messages });

		expect(response.message.content).toBe('Sales');
		expect(response.message.thinking).toEqual(expect.any(String));
		expect(response.message.thinking).not.toBe('');
	});

	it('returns the scripted thinking first in the stream', async () => {
		standIn.queueChatReplies({ content: 'Sales', thinking: 'It mentions a quote.' });

		const answer = await callStandIn(standIn.url, '/api/chat', {
			body: { model: 'qwen3:4b', messages, think: true },
		});

		const chunks = answer.lines().filter((line) => !line.done);
		const thinking = chunks.map((chunk) => chunk.message.thinking ?? '').join('');
		expect(thinking).toBe('It mentions a quote.');
		expect(chunks[0].message).toEqual({ role: 'assistant', content: '', thinking: 'It' });
		expect(chunks[chunks.length - 1].message.content).toBe('Sales');
	});

	it('leaves out the thinking field when think is false', async () => {
		standIn.queueChatReplies({ content: 'Sales', thinking: 'Hidden' });

		const response = await ollama.chat({ model: 'qwen3:4b', messages, think: false });

		expect(response.message).toEqual({ role: 'assistant', content: 'Sales' });
	});

	it('answers without thinking when the script gives empty thinking', async () => {
		standIn.queueChatReplies({ content: 'Sales', thinking: '' });

		const response = await ollama.chat({ model: 'qwen3:4b', messages });

		expect(response.message.thinking).toBeUndefined();
	});

	it('sends think tags inside scripted content as plain content', async () => {
		standIn.queueChatReplies('<think>Maybe sales.</think>Sales');

		const response = await ollama.chat({ model: 'llama3.2:3b', messages });

		expect(response.message.content).toBe('<think>Maybe sales.</think>Sales');
		expect(response.message.thinking).toBeUndefined();
	});

	it('derives one log probability a token when logprobs is true', async () => {
		standIn.queueChatReplies('Sales team');

		const response = await ollama.chat({ model: 'qwen2.5:3b', messages, logprobs: true });

		expect(response.logprobs?.map((entry) => entry.token)).toEqual(['Sales', ' team']);
		for (const entry of response.logprobs ?? []) {
			expect(entry.logprob).toBeLessThan(0);
			expect(entry.logprob).toBeGreaterThan(-1);
			expect(entry.top_logprobs).toBeUndefined();
		}
	});

	it('adds top_logprobs alternatives led by the chosen token', async () => {
		standIn.queueChatReplies('Sales');

		const response = await ollama.chat({
			model: 'qwen2.5:3b',
			messages,
			logprobs: true,
			top_logprobs: 3,
		});

		const [entry] = response.logprobs ?? [];
		expect(entry.top_logprobs).toHaveLength(3);
		expect(entry.top_logprobs?.[0]).toEqual({ token: 'Sales', logprob: entry.logprob });
		expect(entry.top_logprobs?.[1].logprob).toBeLessThan(entry.logprob);
	});

	it('streams scripted log probabilities token by token', async () => {
		const logprobs = [
			{ token: 'Sal', logprob: -0.2 },
			{ token: 'es', logprob: -0.01, top_logprobs: [{ token: 'es', logprob: -0.01 }] },
		];
		standIn.queueChatReplies({ content: 'Sales', logprobs });

		const answer = await callStandIn(standIn.url, '/api/chat', {
			body: { model: 'qwen2.5:3b', messages, logprobs: true },
		});

		const chunks = answer.lines().filter((line) => !line.done);
		expect(chunks.map((chunk) => chunk.message.content)).toEqual(['Sal', 'es']);
		expect(chunks.map((chunk) => chunk.logprobs)).toEqual([[logprobs[0]], [logprobs[1]]]);
	});

	it('sends no log probabilities unless asked', async () => {
		standIn.queueChatReplies({ content: 'Sales', logprobs: [{ token: 'Sales', logprob: -1 }] });

		const response = await ollama.chat({ model: 'qwen2.5:3b', messages });

		expect(response.logprobs).toBeUndefined();
	});
});
