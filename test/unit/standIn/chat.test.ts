import { Ollama } from 'ollama';

import { callStandIn, type OllamaStandIn, startOllamaStandIn } from '../../standIn';

describe('Ollama stand-in chat', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it('answers a scripted reply as NDJSON chunks ending in done', async () => {
		standIn.queueChatReplies('The invoice is due on Friday.');

		const answer = await callStandIn(standIn.url, '/api/chat', {
			body: { model: 'qwen2.5:3b', messages: [{ role: 'user', content: 'When is it due?' }] },
		});

		const lines = answer.lines();
		const chunks = lines.slice(0, -1);
		const last = lines[lines.length - 1];
		expect(answer.status).toBe(200);
		expect(answer.contentType).toBe('application/x-ndjson');
		expect(chunks.length).toBeGreaterThan(1);
		expect(chunks.every((chunk) => chunk.done === false && chunk.model === 'qwen2.5:3b')).toBe(
			true,
		);
		expect(chunks.map((chunk) => chunk.message.content).join('')).toBe(
			'The invoice is due on Friday.',
		);
		expect(last).toMatchObject({ done: true, done_reason: 'stop', message: { content: '' } });
		expect(last.eval_count).toBe(chunks.length);
		for (const metric of ['total_duration', 'load_duration', 'prompt_eval_duration']) {
			expect(last[metric]).toBeGreaterThan(0);
		}
	});

	it('answers in one JSON object when stream is false', async () => {
		standIn.queueChatReplies('Billing');

		const response = await ollama.chat({
			model: 'qwen2.5:3b',
			messages: [{ role: 'user', content: 'Classify this.' }],
			stream: false,
		});

		expect(response.message).toEqual({ role: 'assistant', content: 'Billing' });
		expect(response.done).toBe(true);
		expect(response.done_reason).toBe('stop');
		expect(response.eval_count).toBe(1);
	});

	it('streams through the ollama client into the scripted content', async () => {
		standIn.queueChatReplies({ content: 'One two three four.' });

		const stream = await ollama.chat({
			model: 'llama3.2:3b',
			messages: [{ role: 'user', content: 'Count.' }],
			stream: true,
		});
		const parts: string[] = [];
		for await (const part of stream) parts.push(part.message.content);

		expect(parts.join('')).toBe('One two three four.');
		expect(parts.length).toBeGreaterThan(2);
	});

	it('uses queued replies in order before asking the responder', async () => {
		standIn.setChatResponder((request) => `Echo: ${request.messages?.at(-1)?.content}`);
		standIn.queueChatReplies('first', { content: 'second' });
		const ask = async (content: string) =>
			(await ollama.chat({ model: 'qwen2.5:3b', messages: [{ role: 'user', content }] })).message
				.content;

		const answers = [await ask('a'), await ask('b'), await ask('c')];

		expect(answers).toEqual(['first', 'second', 'Echo: c']);
	});

	it('records what was sent: options, format, think and keep_alive', async () => {
		const format = { type: 'object', properties: { label: { type: 'string' } } };

		await ollama.chat({
			model: 'qwen3:4b',
			messages: [{ role: 'user', content: 'Hello' }],
			format,
			think: false,
			keep_alive: '10m',
			options: { num_ctx: 8192, temperature: 0, seed: 42 },
		});

		expect(standIn.chatRequests()).toEqual([
			expect.objectContaining({
				format,
				think: false,
				keep_alive: '10m',
				options: { num_ctx: 8192, temperature: 0, seed: 42 },
			}),
		]);
	});

	it('counts prompt tokens as about four characters a token plus four a message', async () => {
		const response = await ollama.chat({
			model: 'qwen2.5:3b',
			messages: [
				{ role: 'system', content: 'x'.repeat(40) },
				{ role: 'user', content: 'y'.repeat(7) },
			],
		});

		expect(response.prompt_eval_count).toBe(10 + 4 + 2 + 4);
		expect(standIn.requests[0].promptTokens).toBe(20);
	});

	it('answers a failing responder with a 500 error', async () => {
		standIn.setChatResponder(() => {
			throw new Error('responder broke');
		});

		const answer = await callStandIn(standIn.url, '/api/chat', {
			body: { model: 'qwen2.5:3b', messages: [{ role: 'user', content: 'Hi' }] },
		});

		expect(answer.status).toBe(500);
		expect(answer.json()).toEqual({ error: 'responder broke' });
	});

	it('sends scripted tool calls in the message', async () => {
		const toolCalls = [{ function: { name: 'lookup', arguments: { id: 7 } } }];
		standIn.queueChatReplies({ content: '', toolCalls });

		const response = await ollama.chat({
			model: 'qwen2.5:3b',
			messages: [{ role: 'user', content: 'Look up 7' }],
			tools: [{ type: 'function', function: { name: 'lookup', description: 'Finds' } }],
		});

		expect(response.message.tool_calls).toEqual(toolCalls);
	});

	it('stops at num_predict with done reason length', async () => {
		standIn.queueChatReplies('one two three four five');

		const response = await ollama.chat({
			model: 'llama3.2:3b',
			messages: [{ role: 'user', content: 'Count' }],
			options: { num_predict: 2 },
		});

		expect(response.message.content).toBe('one two');
		expect(response.done_reason).toBe('length');
		expect(response.eval_count).toBe(2);
	});

	it('passes on a scripted done reason', async () => {
		standIn.queueChatReplies({ content: 'cut', doneReason: 'length' });

		const response = await ollama.chat({
			model: 'llama3.2:3b',
			messages: [{ role: 'user', content: 'Go' }],
		});

		expect(response.done_reason).toBe('length');
	});
});
