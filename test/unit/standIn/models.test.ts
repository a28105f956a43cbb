import { Ollama } from 'ollama';

import { callStandIn, type OllamaStandIn, startOllamaStandIn } from '../../standIn';

describe('Ollama stand-in model information', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it('lists the default models with tags, sizes, digests and details', async () => {
		const { models } = await ollama.list();

		expect(models.map((model) => model.name).sort()).toEqual([
			'bge-m3:latest',
			'gemma3:4b',
			'llama3.2:3b',
			'nomic-embed-text:latest',
			'qwen2.5:3b',
			'qwen3:4b',
		]);
		const qwen = models.find((model) => model.name === 'qwen2.5:3b');
		expect(qwen).toMatchObject({ model: 'qwen2.5:3b', size: expect.any(Number) });
		expect(qwen?.digest).toMatch(/^[0-9a-f]{64}$/);
		expect(qwen?.details).toEqual({
			parent_model: '',
			format: 'gguf',
			family: 'qwen2',
			families: ['qwen2'],
			parameter_size: '3B',
			quantization_level: 'Q4_K_M',
		});
	});

	it('shows capabilities and the context length in model_info', async () => {
		const shown = await ollama.show({ model: 'qwen3:4b' });

		expect(shown.capabilities).toEqual(['completion', 'thinking', 'tools']);
		expect(shown.model_info).toMatchObject({
			'general.architecture': 'qwen3',
			'qwen3.context_length': 40960,
			'qwen3.embedding_length': 2048,
		});
		expect(shown.details.family).toBe('qwen3');
		expect(shown.modelfile).toContain('FROM ');
	});

	it('shows the embedding length of an embedding model', async () => {
		const shown = await ollama.show({ model: 'nomic-embed-text' });

		expect(shown.model_info).toMatchObject({
			'nomic-bert.context_length': 2048,
			'nomic-bert.embedding_length': 768,
		});
	});

	it('answers show for an unknown model with 404', async () => {
		const answer = await callStandIn(standIn.url, '/api/show', { body: { model: 'nope' } });

		expect([answer.status, answer.json()]).toEqual([404, { error: "model 'nope' not found" }]);
	});

	it('lists used models in ps with their context length and expiry', async () => {
		await ollama.chat({
			model: 'qwen2.5:3b',
			messages: [{ role: 'user', content: 'Hi' }],
			options: { num_ctx: 8192 },
			keep_alive: '1h',
		});

		const { models } = await ollama.ps();

		expect(models).toHaveLength(1);
		expect(models[0]).toMatchObject({ name: 'qwen2.5:3b', context_length: 8192 });
		const expiresIn = new Date(models[0].expires_at).getTime() - Date.now();
		expect(expiresIn).toBeGreaterThan(59 * 60 * 1000);
	});

	it('keeps a model loaded for good when keep_alive is negative', async () => {
		await ollama.embed({ model: 'bge-m3', input: 'x', keep_alive: -1 });

		const { models } = await ollama.ps();

		expect(new Date(models[0].expires_at).getFullYear()).toBeGreaterThan(2100);
	});

	it('drops a model from ps when keep_alive is 0', async () => {
		const messages = [{ role: 'user', content: 'Hi' }];
		await ollama.chat({ model: 'llama3.2:3b', messages });
		const unload = await ollama.chat({ model: 'llama3.2:3b', messages: [], keep_alive: 0 });

		const { models } = await ollama.ps();

		expect(unload.done_reason).toBe('unload');
		expect(models).toEqual([]);
	});

	it('reloads a model when num_ctx changes, as Ollama does', async () => {
		const ask = (numberOfContextTokens: number) =>
			ollama.chat({
				model: 'qwen2.5:3b',
				messages: [{ role: 'user', content: 'Hi' }],
				options: { num_ctx: numberOfContextTokens },
			});

		const first = await ask(4096);
		const warm = await ask(4096);
		await ask(8192);

		expect(standIn.modelLoads.map((load) => load.contextLength)).toEqual([4096, 8192]);
		expect(warm.load_duration).toBeLessThan(first.load_duration);
	});

	it('answers the version and the root page like Ollama', async () => {
		const version = await ollama.version();
		const root = await callStandIn(standIn.url, '/');
		const head = await callStandIn(standIn.url, '/', { method: 'HEAD' });

		expect(version).toEqual({ version: '0.12.6' });
		expect([root.status, root.text]).toEqual([200, 'Ollama is running']);
		expect([head.status, head.text]).toEqual([200, '']);
	});

	it('answers unknown paths with 404 and wrong methods with 405', async () => {
		const unknown = await callStandIn(standIn.url, '/api/nothing');
		const wrongMethod = await callStandIn(standIn.url, '/api/chat');

		expect([unknown.status, unknown.text]).toEqual([404, '404 page not found']);
		expect([wrongMethod.status, wrongMethod.text]).toEqual([405, '405 method not allowed']);
	});

	it('adds and removes models on request of the test', async () => {
		standIn.addModel({ name: 'phi4-mini:3.8b', capabilities: ['completion'], contextLength: 4096 });
		standIn.removeModel('bge-m3');

		const names = (await ollama.list()).models.map((model) => model.name);

		expect(names).toContain('phi4-mini:3.8b');
		expect(names).not.toContain('bge-m3:latest');
	});

	it('starts with the models and version it is given', async () => {
		const custom = await startOllamaStandIn({
			models: [{ name: 'tiny:1b', capabilities: ['completion'], contextLength: 2048 }],
			version: '0.13.0',
		});
		const client = new Ollama({ host: custom.url });

		const names = (await client.list()).models.map((model) => model.name);
		const version = await client.version();
		await custom.close();

		expect(names).toEqual(['tiny:1b']);
		expect(version.version).toBe('0.13.0');
	});
});
