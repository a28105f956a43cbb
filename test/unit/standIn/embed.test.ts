import { Ollama } from 'ollama';

import { callStandIn, type OllamaStandIn, startOllamaStandIn } from '../../standIn';

function cosine(first: number[], second: number[]): number {
	return first.reduce((total, value, index) => total + value * second[index], 0);
}

function length(vector: number[]): number {
	return Math.sqrt(cosine(vector, vector));
}

describe('Ollama stand-in embeddings', () => {
	let standIn: OllamaStandIn;
	let ollama: Ollama;
	const embed = (body: unknown) => callStandIn(standIn.url, '/api/embed', { body });

	beforeAll(async () => {
		standIn = await startOllamaStandIn();
		ollama = new Ollama({ host: standIn.url });
	});

	afterEach(() => standIn.reset());

	afterAll(() => standIn.close());

	it('answers unit vectors of the model dimension with counts and durations', async () => {
		const response = await ollama.embed({ model: 'nomic-embed-text', input: ['one', 'two'] });

		expect(response.model).toBe('nomic-embed-text');
		expect(response.embeddings).toHaveLength(2);
		expect(response.embeddings[0]).toHaveLength(768);
		expect(length(response.embeddings[0])).toBeCloseTo(1, 6);
		expect(response.prompt_eval_count).toBe(2);
		expect(response.total_duration).toBeGreaterThan(0);
		expect(response.load_duration).toBeGreaterThan(0);
	});

	it('gives the same vector for the same text every time', async () => {
		const first = await ollama.embed({ model: 'bge-m3', input: 'Invoice 42 from ACME' });
		const second = await ollama.embed({ model: 'bge-m3', input: 'Invoice 42 from ACME' });

		expect(first.embeddings[0]).toHaveLength(1024);
		expect(second.embeddings).toEqual(first.embeddings);
	});

	it('places texts that share words closer than unrelated texts', async () => {
		const query = 'How do I reset my password?';
		const documents = [
			'Opening hours of the office are nine to five.',
			'To reset your password, open the account page.',
			'Invoices are paid within thirty days.',
		];

		const response = await ollama.embed({ model: 'bge-m3', input: [query, ...documents] });

		const [queryVector, ...documentVectors] = response.embeddings;
		const scores = documentVectors.map((vector) => cosine(queryVector, vector));
		expect(scores.indexOf(Math.max(...scores))).toBe(1);
		expect(scores[1]).toBeGreaterThan(scores[0] + 0.2);
	});

	it('ignores accents and case', async () => {
		const response = await ollama.embed({
			model: 'bge-m3',
			input: ['Règlement de la facture', 'REGLEMENT DE LA FACTURE'],
		});

		expect(cosine(response.embeddings[0], response.embeddings[1])).toBeCloseTo(1, 6);
	});

	it('shortens and renormalises vectors to the requested dimensions', async () => {
		const response = await ollama.embed({ model: 'bge-m3', input: 'short', dimensions: 256 });

		expect(response.embeddings[0]).toHaveLength(256);
		expect(length(response.embeddings[0])).toBeCloseTo(1, 6);
	});

	it('answers empty input with no embeddings', async () => {
		const answer = await embed({ model: 'bge-m3', input: [] });

		expect(answer.json()).toEqual({ model: 'bge-m3', embeddings: [] });
	});

	it.each([
		[{ model: 'qwen2.5:3b', input: 'text' }, 500, 'this model does not support embeddings'],
		[{ model: 'e5', input: 'text' }, 404, 'model "e5" not found, try pulling it first'],
		[{ model: '', input: 'text' }, 400, 'model is required'],
		[{ model: 'bge-m3', input: [1, 2] }, 400, 'invalid input type'],
	])('refuses %j with status %i and the error Ollama sends', async (body, status, error) => {
		const answer = await embed(body);

		expect([answer.status, answer.json()]).toEqual([status, { error }]);
	});

	it('cuts input longer than the context unless truncate is false', async () => {
		const long = 'word '.repeat(3000);

		const cut = await embed({ model: 'nomic-embed-text', input: long });
		const refused = await embed({ model: 'nomic-embed-text', input: long, truncate: false });

		expect(cut.json().prompt_eval_count).toBe(2048);
		expect(standIn.requests[0].truncated).toBe(true);
		expect([refused.status, refused.json()]).toEqual([
			400,
			{ error: 'input exceeds maximum context length' },
		]);
	});

	it('answers the older embeddings endpoint with one vector', async () => {
		const response = await ollama.embeddings({ model: 'nomic-embed-text', prompt: 'hello' });

		expect(response.embedding).toHaveLength(768);
	});
});
