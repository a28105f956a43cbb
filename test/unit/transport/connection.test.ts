import { OllamaConnection, type ConnectionSettings } from '../../../nodes/engine/ollama/connection';
import { OllamaFailure } from '../../../nodes/engine/ollama/errors';
import { requestStructured } from '../../../nodes/engine/structured/requestStructured';
import { reservedClosedPort, startOllamaStandIn, type OllamaStandIn } from '../../standIn';

let standIn: OllamaStandIn;

const settings = (overrides: Partial<ConnectionSettings> = {}): ConnectionSettings => ({
	baseUrl: standIn.url,
	timeoutMilliseconds: 5_000,
	allowRemoteServer: false,
	busyRetries: { attempts: 2, firstDelayMilliseconds: 10 },
	...overrides,
});

const failureOf = async (promise: Promise<unknown>): Promise<OllamaFailure> => {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(OllamaFailure);
		return error as OllamaFailure;
	}
	throw new Error('expected a failure');
};

beforeAll(async () => {
	standIn = await startOllamaStandIn();
});

afterEach(() => standIn.reset());

afterAll(async () => {
	await standIn.close();
});

describe('the one transport to Ollama', () => {
	it('streams a chat answer and reports its usage', async () => {
		standIn.queueChatReplies('{"category":"sales"}');
		const connection = await OllamaConnection.open(settings());

		const answer = await connection.chat({
			model: 'qwen2.5:3b',
			messages: [{ role: 'user', content: 'Hola' }],
			options: { temperature: 0, num_ctx: 4096 },
		});

		expect(answer.content).toBe('{"category":"sales"}');
		expect(answer.usage.modelCalls).toBe(1);
		expect(answer.usage.promptTokens).toBeGreaterThan(0);
		expect(answer.usage.outputTokens).toBeGreaterThan(0);
	});

	it('sends think false, truncate false and the options it was given', async () => {
		const connection = await OllamaConnection.open(settings());
		await connection.chat({
			model: 'qwen3:4b',
			messages: [{ role: 'user', content: 'Hola' }],
			options: { temperature: 0, seed: 42, num_ctx: 8192 },
		});

		const [request] = standIn.chatRequests();
		expect(request.think).toBe(false);
		expect(request.truncate).toBe(false);
		expect(request.options).toEqual({ temperature: 0, seed: 42, num_ctx: 8192 });
	});

	it('sends the API key as a Bearer token', async () => {
		standIn.setFault({ kind: 'requireBearer', token: 'secret-key' });
		const connection = await OllamaConnection.open(settings({ apiKey: 'secret-key' }));

		await expect(connection.version()).resolves.toBeTruthy();
		expect(standIn.requests[0].headers.authorization).toBe('Bearer secret-key');
	});

	it('reads the context length and capabilities once per model', async () => {
		const connection = await OllamaConnection.open(settings());
		const first = await connection.modelInfo('llama3.2:3b');
		await connection.modelInfo('llama3.2:3b');

		expect(first.contextLength).toBe(131072);
		expect(first.capabilities).toContain('completion');
		expect(standIn.requests.filter((request) => request.path === '/api/show')).toHaveLength(1);
	});

	it('lists models filtered by capability', async () => {
		const connection = await OllamaConnection.open(settings());
		const embedding = await connection.listModels('embedding');
		const vision = await connection.listModels('vision');

		expect(embedding.map((model) => model.name)).toEqual(
			expect.arrayContaining(['nomic-embed-text:latest', 'bge-m3:latest']),
		);
		expect(embedding.map((model) => model.name)).not.toContain('qwen2.5:3b');
		expect(vision.map((model) => model.name)).toContain('gemma3:4b');
	});

	it('returns embeddings with usage', async () => {
		const connection = await OllamaConnection.open(settings());
		const result = await connection.embed('nomic-embed-text', ['uno', 'dos']);

		expect(result.embeddings).toHaveLength(2);
		expect(result.embeddings[0]).toHaveLength(768);
		expect(result.usage.promptTokens).toBeGreaterThan(0);
	});
});

describe('failures a person can act on', () => {
	it('names the ollama pull command for a model that is not installed', async () => {
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(
			connection.chat({ model: 'mistral:7b', messages: [{ role: 'user', content: 'x' }] }),
		);

		expect(failure.kind).toBe('modelNotFound');
		expect(failure.description).toContain('ollama pull mistral:7b');
	});

	it('says an embedding model cannot chat', async () => {
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(connection.requireCapability('nomic-embed-text', 'completion'));

		expect(failure.kind).toBe('capabilityMissing');
		expect(failure.message).toContain('does not support chat');
	});

	it('says a chat model cannot embed', async () => {
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(connection.embed('qwen2.5:3b', ['x']));
		expect(failure.kind).toBe('capabilityMissing');
	});

	it('retries a busy server a bounded number of times, then fails', async () => {
		standIn.setFault({ kind: 'busy' });
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(connection.embed('bge-m3', ['x']));

		expect(failure.kind).toBe('busy');
		expect(standIn.requests.filter((request) => request.path === '/api/embed')).toHaveLength(3);
	});

	it('succeeds when the server stops being busy during the retries', async () => {
		standIn.setFault({ kind: 'busy', count: 1 });
		const connection = await OllamaConnection.open(settings());

		await expect(connection.embed('bge-m3', ['x'])).resolves.toBeTruthy();
		expect(standIn.requests.filter((request) => request.path === '/api/embed')).toHaveLength(2);
	});

	it('reports an error in the middle of a stream', async () => {
		standIn.setFault({
			kind: 'streamError',
			afterChunks: 1,
			message: 'model runner has unexpectedly stopped',
		});
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(
			connection.chat({ model: 'qwen2.5:3b', messages: [{ role: 'user', content: 'x' }] }),
		);

		expect(failure.kind).toBe('streamError');
		expect(failure.message).toContain('model runner has unexpectedly stopped');
	});

	it('reports a stream line that is not JSON without printing it', async () => {
		const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
		standIn.setFault({
			kind: 'garbage',
			path: '/api/chat',
			contentType: 'application/x-ndjson',
			body: '{"model":"qwen2.5:3b","message":{"content":"Juan Perez DNI 12345678Z',
		});
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(
			connection.chat({ model: 'qwen2.5:3b', messages: [{ role: 'user', content: 'x' }] }),
		);

		expect(failure.kind).toBe('streamError');
		expect(failure.message).not.toContain('Juan');
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
	});

	it('reports a stream that ends without done', async () => {
		standIn.setFault({ kind: 'streamWithoutDone' });
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(
			connection.chat({ model: 'qwen2.5:3b', messages: [{ role: 'user', content: 'x' }] }),
		);
		expect(failure.kind).toBe('streamIncomplete');
	});

	it('applies the timeout and says how to raise it', async () => {
		standIn.setFault({ kind: 'slowHeaders', delayMs: 2_000 });
		const connection = await OllamaConnection.open(settings({ timeoutMilliseconds: 300 }));
		const failure = await failureOf(
			connection.chat({ model: 'qwen2.5:3b', messages: [{ role: 'user', content: 'x' }] }),
		);

		expect(failure.kind).toBe('timeout');
		expect(failure.message).toBe('Ollama did not finish answering within 0.3 seconds.');
		expect(failure.description).toContain('Request Timeout');
	});

	it('waits longer than a short default when the timeout allows it', async () => {
		standIn.queueChatReplies({ content: 'late but fine', delayMs: 1_500 });
		const connection = await OllamaConnection.open(settings({ timeoutMilliseconds: 10_000 }));
		const answer = await connection.chat({
			model: 'qwen2.5:3b',
			messages: [{ role: 'user', content: 'x' }],
		});
		expect(answer.content).toBe('late but fine');
	});

	it('aborts the request when the execution is cancelled', async () => {
		standIn.queueChatReplies({ content: 'a long answer '.repeat(20), chunkDelayMs: 100 });
		const cancel = new AbortController();
		const connection = await OllamaConnection.open(settings({ cancelSignal: cancel.signal }));

		const pending = connection.chat({
			model: 'qwen2.5:3b',
			messages: [{ role: 'user', content: 'x' }],
		});
		setTimeout(() => cancel.abort(), 300);
		const failure = await failureOf(pending);

		expect(failure.kind).toBe('cancelled');
		await new Promise((resolve) => setTimeout(resolve, 200));
		expect(standIn.requests.find((request) => request.path === '/api/chat')?.aborted).toBe(true);
	});

	it('does not repeat a user and password written into the Base URL', async () => {
		const port = await reservedClosedPort();
		const connection = await OllamaConnection.open(
			settings({ baseUrl: `http://admin:secret@127.0.0.1:${port}` }),
		);
		const failure = await failureOf(connection.version());
		expect(`${failure.message} ${failure.description}`).not.toContain('secret');
	});

	it('says the server is unreachable when nothing listens', async () => {
		const port = await reservedClosedPort();
		const connection = await OllamaConnection.open(
			settings({ baseUrl: `http://127.0.0.1:${port}` }),
		);
		const failure = await failureOf(connection.version());

		expect(failure.kind).toBe('unreachable');
		expect(failure.description).toContain('host.docker.internal');
	});

	it('tells a proxy error page apart from an Ollama error', async () => {
		standIn.setFault({
			kind: 'proxyError',
			status: 502,
			body: '<html><h1>502 Bad Gateway</h1></html>',
		});
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(connection.listModels());

		expect(failure.kind).toBe('proxyError');
		expect(failure.message).toContain('502');
		expect(failure.message).toContain('Bad Gateway');
	});

	it('refuses a server outside the private network before sending anything', async () => {
		const failure = await failureOf(
			OllamaConnection.open(settings({ baseUrl: 'http://1.1.1.1:11434' })),
		);
		expect(failure.kind).toBe('remoteNotAllowed');
	});
});

describe('structured answers', () => {
	const schema = {
		type: 'object' as const,
		properties: { category: { type: 'string' as const, enum: ['sales', 'support'] } },
		required: ['category'],
	};
	const call = { model: 'qwen2.5:3b', messages: [{ role: 'user' as const, content: 'x' }] };

	it('sends the schema as format and returns the parsed value', async () => {
		standIn.queueChatReplies('```json\n{"category": "sales"}\n```');
		const connection = await OllamaConnection.open(settings());
		const result = await requestStructured(connection, call, schema);

		expect(result.value).toEqual({ category: 'sales' });
		expect(standIn.chatRequests()[0].format).toEqual({
			type: 'object',
			properties: { category: { type: 'string', enum: ['sales', 'support'] } },
			required: ['category'],
		});
	});

	it('asks once more when the answer is wrong, quoting the problem', async () => {
		standIn.queueChatReplies('{"category": "urgent"}', '{"category": "support"}');
		const connection = await OllamaConnection.open(settings());
		const result = await requestStructured(connection, call, schema);

		expect(result.value).toEqual({ category: 'support' });
		expect(result.repaired).toBe(true);
		expect(result.usage.modelCalls).toBe(2);
		const repair = standIn.chatRequests()[1].messages!;
		expect(repair[repair.length - 1].content).toContain('"category" is "urgent"');
	});

	it('fails naming the field after one repair', async () => {
		standIn.queueChatReplies('not json at all', '{"other": 1}');
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(requestStructured(connection, call, schema));

		expect(failure.kind).toBe('invalidAnswer');
		expect(failure.message).toContain('"category" is missing');
	});

	it('names the field but not the value the model wrote, which may quote customer text', async () => {
		standIn.queueChatReplies(
			'{"category": "Juan Perez 12345678Z"}',
			'{"category": "Juan Perez 12345678Z"}',
		);
		const connection = await OllamaConnection.open(settings());
		const failure = await failureOf(requestStructured(connection, call, schema));

		expect(failure.message).toContain('"category" is not one of "sales", "support"');
		expect(failure.message).not.toContain('Juan');
		expect(standIn.chatRequests()).toHaveLength(2);
	});
});
