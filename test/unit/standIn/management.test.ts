import { createHash } from 'node:crypto';

import { Ollama } from 'ollama';

import { callStandIn, type OllamaStandIn, startOllamaStandIn } from '../../standIn';

describe('Ollama stand-in model management', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;
	const names = async () => (await ollama.list()).models.map((model) => model.name);

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it('pulls a model of the registry with status lines ending in success', async () => {
		const stream = await ollama.pull({ model: 'phi4-mini:3.8b', stream: true });
		const statuses: string[] = [];
		for await (const progress of stream) statuses.push(progress.status);

		expect(statuses[0]).toBe('pulling manifest');
		expect(statuses.slice(-3)).toEqual(['verifying sha256 digest', 'writing manifest', 'success']);
		expect(await names()).toContain('phi4-mini:3.8b');
	});

	it('streams the error of the registry for a model it does not have', async () => {
		const answer = await callStandIn(standIn.url, '/api/pull', { body: { model: 'nonexistent' } });

		expect(answer.status).toBe(200);
		expect(answer.lines()).toEqual([
			{ status: 'pulling manifest' },
			{ error: 'pull model manifest: file does not exist' },
		]);
	});

	it('answers an unknown pull without streaming as a 500 error', async () => {
		const failure = ollama.pull({ model: 'nonexistent', stream: false });

		await expect(failure).rejects.toMatchObject({
			status_code: 500,
			message: 'pull model manifest: file does not exist',
		});
	});

	it('creates a model from an installed one with a system prompt', async () => {
		const result = await ollama.create({
			model: 'support-bot',
			from: 'qwen2.5:3b',
			system: 'You answer support mail.',
		});

		const shown = await ollama.show({ model: 'support-bot' });
		expect(result.status).toBe('success');
		expect(shown.capabilities).toEqual(['completion', 'tools']);
		expect(shown.system).toBe('You answer support mail.');
		expect(await names()).toContain('support-bot:latest');
	});

	it('refuses to create a model without a source', async () => {
		const answer = await callStandIn(standIn.url, '/api/create', { body: { model: 'empty' } });

		expect([answer.status, answer.json()]).toEqual([
			400,
			{ error: "neither 'from' or 'files' was specified" },
		]);
	});

	it('deletes a model and answers 404 for one it does not have', async () => {
		await ollama.delete({ model: 'gemma3:4b' });
		const again = await callStandIn(standIn.url, '/api/delete', {
			method: 'DELETE',
			body: { model: 'gemma3:4b' },
		});

		expect(await names()).not.toContain('gemma3:4b');
		expect([again.status, again.json()]).toEqual([404, { error: "model 'gemma3:4b' not found" }]);
	});

	it('copies a model and answers 404 for an unknown source', async () => {
		await ollama.copy({ source: 'llama3.2:3b', destination: 'my-llama' });
		const unknown = await callStandIn(standIn.url, '/api/copy', {
			body: { source: 'ghost', destination: 'x' },
		});

		expect(await names()).toContain('my-llama:latest');
		expect([unknown.status, unknown.json()]).toEqual([404, { error: 'model "ghost" not found' }]);
	});

	it('keeps uploaded blobs whose digest matches their content', async () => {
		const content = 'adapter bytes';
		const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;

		const before = await callStandIn(standIn.url, `/api/blobs/${digest}`, { method: 'HEAD' });
		const upload = await callStandIn(standIn.url, `/api/blobs/${digest}`, { body: content });
		const after = await callStandIn(standIn.url, `/api/blobs/${digest}`, { method: 'HEAD' });
		const wrong = await callStandIn(standIn.url, `/api/blobs/${digest}`, { body: 'other' });

		expect([before.status, upload.status, after.status, wrong.status]).toEqual([
			404, 201, 200, 400,
		]);
		expect(wrong.json().error).toMatch(/^digest mismatch, expected/);
	});
});
