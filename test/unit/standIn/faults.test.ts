import { Ollama } from 'ollama';

import {
	busyMessage,
	callStandIn,
	nginxBadGatewayPage,
	type OllamaStandIn,
	startOllamaStandIn,
} from '../../standIn';

describe('Ollama stand-in faults', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;
	const messages = [{ role: 'user', content: 'Hi' }];
	const chat = (body: Record<string, unknown> = {}) =>
		callStandIn(standIn.url, '/api/chat', { body: { model: 'qwen2.5:3b', messages, ...body } });

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	beforeEach(() => {
		jest.spyOn(console, 'log').mockImplementation(() => undefined);
		jest.spyOn(console, 'warn').mockImplementation(() => undefined);
	});

	afterEach(() => {
		jest.restoreAllMocks();
		standIn.reset();
	});

	afterAll(() => standIn.close());

	it('answers busy with 503 for as many requests as counted, then recovers', async () => {
		standIn.setFault({ kind: 'busy', count: 2 });

		const answers = [await chat(), await chat(), await chat()];

		expect(answers.map((answer) => answer.status)).toEqual([503, 503, 200]);
		expect(answers[0].json()).toEqual({ error: busyMessage });
	});

	it('answers busy only where a request waits for a model', async () => {
		standIn.setFault({ kind: 'busy' });

		const tags = await callStandIn(standIn.url, '/api/tags');
		const embed = await callStandIn(standIn.url, '/api/embed', {
			body: { model: 'bge-m3', input: 'x' },
		});

		expect([tags.status, embed.status]).toEqual([200, 503]);
	});

	it('answers a server error with the status and message it is given', async () => {
		standIn.setFault({ kind: 'serverError', status: 502, message: 'runner crashed', count: 1 });

		const failure = ollama.chat({ model: 'qwen2.5:3b', messages });

		await expect(failure).rejects.toMatchObject({ status_code: 502, message: 'runner crashed' });
		expect((await chat()).status).toBe(200);
	});

	it('hits only the path a fault names', async () => {
		standIn.setFault({ kind: 'serverError', path: '/api/embed' });

		const chatAnswer = await chat();
		const embedAnswer = await callStandIn(standIn.url, '/api/embed', {
			body: { model: 'bge-m3', input: 'x' },
		});

		expect([chatAnswer.status, embedAnswer.status]).toEqual([200, 500]);
		expect(embedAnswer.json().error).toMatch(/^llama runner process has terminated/);
	});

	it('holds back every header until the delay has passed', async () => {
		standIn.setFault({ kind: 'slowHeaders', delayMs: 300 });

		const startedAt = Date.now();
		const slow = await chat();
		const tooImpatient = fetch(`${standIn.url}/api/tags`, { signal: AbortSignal.timeout(50) });

		expect(slow.status).toBe(200);
		expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
		await expect(tooImpatient).rejects.toMatchObject({ name: 'TimeoutError' });
	});

	it('sends an error line with status 200 after some chunks', async () => {
		standIn.queueChatReplies('one two three four', 'one two three four');
		standIn.setFault({ kind: 'streamError', afterChunks: 2, message: 'out of memory' });

		const answer = await chat();
		const stream = await ollama.chat({ model: 'qwen2.5:3b', messages, stream: true });
		const parts: string[] = [];
		const reading = (async () => {
			for await (const part of stream) parts.push(part.message.content);
		})();

		expect(answer.status).toBe(200);
		expect(answer.lines()).toEqual([
			expect.objectContaining({ message: { role: 'assistant', content: 'one' } }),
			expect.objectContaining({ message: { role: 'assistant', content: ' two' } }),
			{ error: 'out of memory' },
		]);
		await expect(reading).rejects.toThrow('out of memory');
		expect(parts).toEqual(['one', ' two']);
	});

	it('answers a stream error before any chunk, or without streaming, as a 500', async () => {
		standIn.setFault({ kind: 'streamError', afterChunks: 0, message: 'boom' });

		const streamed = await chat();
		const whole = await chat({ stream: false });

		expect([streamed.status, streamed.json()]).toEqual([500, { error: 'boom' }]);
		expect([whole.status, whole.json()]).toEqual([500, { error: 'boom' }]);
	});

	it('ends a stream without the done line', async () => {
		standIn.setFault({ kind: 'streamWithoutDone' });

		const answer = await chat();
		const stream = await ollama.chat({ model: 'qwen2.5:3b', messages, stream: true });
		const reading = (async () => {
			for await (const part of stream) expect(part.done).toBe(false);
		})();

		expect(answer.lines().some((line) => line.done)).toBe(false);
		await expect(reading).rejects.toThrow('Did not receive done or success response in stream.');
	});

	it('answers garbage with status 200 that no JSON parser accepts', async () => {
		standIn.setFault({ kind: 'garbage' });

		const answer = await chat();
		const failure = ollama.chat({ model: 'qwen2.5:3b', messages });

		expect(answer.status).toBe(200);
		expect(() => answer.json()).toThrow();
		await expect(failure).rejects.toMatchObject({ name: 'SyntaxError' });
	});

	it('answers like a proxy in front of Ollama with its own page', async () => {
		standIn.setFault({ kind: 'proxyError', status: 502, body: nginxBadGatewayPage });

		const answer = await callStandIn(standIn.url, '/api/tags');
		const failure = ollama.list();

		expect([answer.status, answer.contentType, answer.text]).toEqual([
			502,
			'text/html',
			nginxBadGatewayPage,
		]);
		await expect(failure).rejects.toMatchObject({ name: 'ResponseError', status_code: 502 });
	});

	it('refuses requests without the right bearer token', async () => {
		standIn.setFault({ kind: 'requireBearer', token: 's3cret' });
		const authorized = new Ollama({
			host: standIn.url,
			headers: { Authorization: 'Bearer s3cret' },
		});

		const anonymous = await callStandIn(standIn.url, '/api/tags');
		const listed = await authorized.list();

		expect([anonymous.status, anonymous.json()]).toEqual([401, { error: 'unauthorized' }]);
		expect(listed.models.length).toBeGreaterThan(0);
		await expect(ollama.list()).rejects.toMatchObject({ status_code: 401 });
	});

	it('stops a fault when it is cleared', async () => {
		standIn.setFault({ kind: 'serverError' });
		standIn.setFault(undefined);

		expect((await chat()).status).toBe(200);
	});
});
