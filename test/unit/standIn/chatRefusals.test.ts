import { Ollama } from 'ollama';

import { callStandIn, type OllamaStandIn, startOllamaStandIn } from '../../standIn';

describe('Ollama stand-in chat refusals and context', () => {
	let standIn: OllamaStandIn;
	const messages = [{ role: 'user', content: 'Hello' }];
	const chat = (body: unknown) => callStandIn(standIn.url, '/api/chat', { body });

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it.each([
		[{ model: 'mistral:7b', messages }, 404, "model 'mistral:7b' not found"],
		[{ model: '', messages }, 400, 'model is required'],
		[{ model: 'nomic-embed-text', messages }, 400, '"nomic-embed-text" does not support chat'],
		[
			{ model: 'llama3.2:3b', messages, think: true },
			400,
			'"llama3.2:3b" does not support thinking',
		],
		[
			{ model: 'llama3.2:3b', messages, tools: [{ type: 'function' }] },
			400,
			'registry.ollama.ai/library/llama3.2:3b does not support tools',
		],
		[
			{ model: 'qwen3:4b', messages, think: 'high' },
			400,
			'think value "high" is not supported for this model',
		],
		[
			{ model: 'qwen2.5:3b', messages, top_logprobs: 21 },
			400,
			'top_logprobs must be between 0 and 20',
		],
	])('refuses %j with status %i and the error Ollama sends', async (body, status, error) => {
		const answer = await chat(body);

		expect(answer.status).toBe(status);
		expect(answer.contentType).toBe('application/json; charset=utf-8');
		expect(answer.json()).toEqual({ error });
	});

	it('gives the ollama client a ResponseError with the status code', async () => {
		const ollama = new Ollama({ host: standIn.url });

		const failure = ollama.chat({ model: 'mistral:7b', messages });

		await expect(failure).rejects.toMatchObject({
			name: 'ResponseError',
			status_code: 404,
			message: "model 'mistral:7b' not found",
		});
	});

	it('refuses a request without a body or with broken JSON', async () => {
		const empty = await callStandIn(standIn.url, '/api/chat', { method: 'POST', body: '' });
		const broken = await callStandIn(standIn.url, '/api/chat', { body: 'model=qwen' });
		const cut = await callStandIn(standIn.url, '/api/chat', { body: '{"model": "qw' });

		expect(empty.json()).toEqual({ error: 'missing request body' });
		expect(broken.json()).toEqual({
			error: "invalid character 'm' looking for beginning of value",
		});
		expect([cut.status, cut.json()]).toEqual([400, { error: 'unexpected EOF' }]);
	});

	it('finds models without regard to case and without the latest tag', async () => {
		const answer = await callStandIn(standIn.url, '/api/embed', {
			body: { model: 'NOMIC-embed-text:latest', input: 'hello' },
		});

		expect(answer.status).toBe(200);
	});

	it('cuts a prompt longer than the context silently, capping prompt_eval_count', async () => {
		const long = [{ role: 'user', content: 'x'.repeat(4 * 5000) }];

		const answer = await chat({ model: 'qwen2.5:3b', messages: long, stream: false });

		expect(answer.status).toBe(200);
		expect(answer.json().prompt_eval_count).toBe(4096);
		expect(standIn.requests[0]).toMatchObject({ promptTokens: 5004, truncated: true });
	});

	it('uses num_ctx but no more than the context length of the model', async () => {
		const long = [{ role: 'user', content: 'x'.repeat(4 * 50000) }];

		const wider = await chat({ model: 'qwen2.5:3b', messages: long, options: { num_ctx: 8192 } });
		const capped = await chat({
			model: 'qwen2.5:3b',
			messages: long,
			options: { num_ctx: 65536 },
			stream: false,
		});

		expect(wider.lines().at(-1).prompt_eval_count).toBe(8192);
		expect(capped.json().prompt_eval_count).toBe(32768);
	});

	it('refuses a prompt longer than the context when truncate or shift is false', async () => {
		const long = [{ role: 'user', content: 'x'.repeat(4 * 5000) }];

		const noTruncate = await chat({ model: 'qwen2.5:3b', messages: long, truncate: false });
		const noShift = await chat({ model: 'qwen2.5:3b', messages: long, shift: false });

		expect([noTruncate.status, noTruncate.json().error]).toEqual([
			400,
			'the input length exceeds the context length',
		]);
		expect(noShift.status).toBe(400);
		expect(noShift.json().error).toMatch(/^the prompt is longer than the context length/);
	});

	it('uses the configured default context when num_ctx is unset', async () => {
		const wide = await startOllamaStandIn({ defaultContextLength: 32768 });
		const long = [{ role: 'user', content: 'x'.repeat(4 * 5000) }];

		const answer = await callStandIn(wide.url, '/api/chat', {
			body: { model: 'qwen2.5:3b', messages: long, stream: false },
		});
		await wide.close();

		expect(answer.json().prompt_eval_count).toBe(5004);
		expect(wide.requests[0].truncated).toBe(false);
	});
});
