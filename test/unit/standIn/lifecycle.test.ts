import { Ollama } from 'ollama';

import {
	callStandIn,
	type OllamaStandIn,
	type RecordedRequest,
	reservedClosedPort,
	startOllamaStandIn,
} from '../../standIn';

async function waitUntilAborted(record: RecordedRequest): Promise<void> {
	for (let attempt = 0; attempt < 100 && !record.aborted; attempt++) {
		await new Promise((resolve) => setTimeout(resolve, 10));
	}
}

describe('Ollama stand-in lifecycle and recording', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;
	const messages = [{ role: 'user', content: 'Hi' }];

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it('records every request with method, path, headers, parsed body and time', async () => {
		const before = new Date();

		await ollama.list();
		await ollama.chat({ model: 'qwen2.5:3b', messages });

		const [list, chat] = standIn.requests;
		expect(list).toMatchObject({ method: 'GET', path: '/api/tags', status: 200, aborted: false });
		expect(chat.body).toEqual({ model: 'qwen2.5:3b', messages, stream: false });
		expect(chat.headers['user-agent']).toMatch(/^ollama-js\//);
		expect(chat.time.getTime()).toBeGreaterThanOrEqual(before.getTime());
		expect(standIn.chatRequests()).toEqual([chat.body]);
	});

	it('records a stream the client cancels as aborted with status 499', async () => {
		standIn.queueChatReplies({ content: 'word '.repeat(50), chunkDelayMs: 20 });

		const stream = await ollama.chat({ model: 'qwen2.5:3b', messages, stream: true });
		const reading = (async () => {
			for await (const part of stream) if (part.message.content) stream.abort();
		})();
		await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
		await waitUntilAborted(standIn.requests[0]);

		expect(standIn.requests[0]).toMatchObject({ aborted: true, status: 499 });
	});

	it('records a client that stops waiting for the first token as aborted', async () => {
		standIn.queueChatReplies({ content: 'late', delayMs: 5000 });

		const failure = callStandIn(standIn.url, '/api/chat', {
			body: { model: 'qwen2.5:3b', messages },
			signal: AbortSignal.timeout(50),
		});
		await expect(failure).rejects.toMatchObject({ name: 'TimeoutError' });
		await waitUntilAborted(standIn.requests[0]);

		expect(standIn.requests[0]).toMatchObject({ aborted: true, status: 499 });
	});

	it('forgets requests, replies, responder, faults and model changes on reset', async () => {
		await ollama.list();
		standIn.queueChatReplies('queued');
		standIn.setChatResponder(() => 'scripted');
		standIn.setFault({ kind: 'serverError' });
		standIn.removeModel('qwen2.5:3b');

		standIn.reset();
		const response = await ollama.chat({ model: 'qwen2.5:3b', messages });

		expect(response.message.content).toBe('This is the default reply of the Ollama stand-in.');
		expect(standIn.requests).toHaveLength(1);
	});

	it('refuses connections after close and answers again after reopen', async () => {
		const server = await startOllamaStandIn();
		const client = new Ollama({ host: server.url });
		await client.list();

		await server.close();
		const whileDown = client.list();
		await expect(whileDown).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });

		await server.reopen();
		const listed = await client.list();
		await server.close();

		expect(listed.models.length).toBeGreaterThan(0);
		expect(server.requests.map((request) => request.path)).toEqual(['/api/tags', '/api/tags']);
	});

	it('cuts a waiting request when it closes', async () => {
		const server = await startOllamaStandIn();
		server.queueChatReplies({ content: 'never', delayMs: 10_000 });

		const waiting = callStandIn(server.url, '/api/chat', {
			body: { model: 'qwen2.5:3b', messages },
		});
		await new Promise((resolve) => setTimeout(resolve, 50));
		await server.close();

		await expect(waiting).rejects.toThrow('fetch failed');
	});

	it('gives a port on which connections are refused', async () => {
		const port = await reservedClosedPort();
		const client = new Ollama({ host: `http://127.0.0.1:${port}` });

		const failure = client.version();

		await expect(failure).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } });
	});
});
