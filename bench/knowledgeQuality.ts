import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import {
	addDocuments,
	searchKnowledge,
	SqliteKnowledgeStore,
	type ChunkOptions,
	type DocumentInput,
	type Embedder,
	type SearchMode,
	type SearchOptions,
} from '../nodes/engine/knowledge';
import { OllamaConnection } from '../nodes/engine/ollama/connection';
import { startOllamaStandIn } from '../test/standIn';
import { round } from './statistics';

export interface CorpusQuestion {
	id: string;
	question: string;
	answerable: boolean;
	sources: string[];
}

/** The fixtures folder, found from the sources (jest) and from the compiled bench alike. */
export function knowledgeFixtures(): string {
	for (let folder = __dirname; folder !== dirname(folder); folder = dirname(folder)) {
		const candidate = join(folder, 'test', 'fixtures', 'knowledge');
		if (existsSync(candidate)) return candidate;
	}
	throw new Error(`No test/fixtures/knowledge above ${__dirname}`);
}

export function corpusDocuments(folder = knowledgeFixtures()): DocumentInput[] {
	const read = (name: string) => readFileSync(join(folder, name), 'utf8');
	return [
		{ source: 'catalog.csv', format: 'csv', content: read('catalog.csv'), keyColumn: 'sku' },
		{ source: 'faq.md', format: 'markdown', content: read('faq.md') },
		{ source: 'repair-rates.md', format: 'markdown', content: read('repair-rates.md') },
		{ source: 'policies-en.md', format: 'markdown', content: read('policies-en.md') },
	];
}

export function corpusQuestions(folder = knowledgeFixtures()): CorpusQuestion[] {
	return readFileSync(join(folder, 'qa.jsonl'), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as CorpusQuestion);
}

export async function standInEmbedder(baseUrl: string, model: string): Promise<Embedder> {
	const connection = await OllamaConnection.open({
		baseUrl,
		timeoutMilliseconds: 60_000,
		allowRemoteServer: false,
	});
	return { model, embed: async (texts) => (await connection.embed(model, texts)).embeddings };
}

export interface QualityOptions {
	model?: string;
	fusion?: SearchOptions['fusion'];
	chunking?: Partial<ChunkOptions>;
}

/**
 * How often a passage from an expected source is among the first 3 and 5 results, over the
 * answerable questions of qa.jsonl, for keyword, vector and hybrid search. The stand-in's
 * embeddings stand for the model: they share words and trigrams, not meaning.
 */
export async function measureKnowledgeQuality(options: QualityOptions = {}) {
	const model = options.model ?? 'bge-m3';
	const folder = mkdtempSync(join(tmpdir(), 'knowledge-quality-'));
	const standIn = await startOllamaStandIn();
	const store = SqliteKnowledgeStore.open(join(folder, 'knowledge.sqlite'));

	try {
		const embedder = await standInEmbedder(standIn.url, model);
		await addDocuments(store, 'shop', embedder, corpusDocuments(), { chunking: options.chunking });
		const allQuestions = corpusQuestions();
		const questions = allQuestions.filter((question) => question.answerable);

		const figures: Record<string, number> = { questions: questions.length };
		for (const answerable of [true, false]) {
			const bestScores = await Promise.all(
				allQuestions
					.filter((question) => question.answerable === answerable)
					.map(async ({ question }) => {
						const [best] = await searchKnowledge(store, 'shop', embedder, question, { topK: 1 });
						return best?.score ?? 0;
					}),
			);
			const name = answerable ? 'hybridBestScoreAnswerable' : 'hybridBestScoreUnanswerable';
			figures[name] = round(
				bestScores.reduce((sum, score) => sum + score, 0) / bestScores.length,
				3,
			);
		}
		for (const mode of ['keyword', 'vector', 'hybrid'] as SearchMode[]) {
			const ranks: number[] = [];
			for (const question of questions) {
				const results = await searchKnowledge(store, 'shop', embedder, question.question, {
					mode,
					topK: 10,
					fusion: options.fusion,
				});
				ranks.push(results.findIndex((result) => question.sources.includes(result.citation)));
			}
			const share = (count: number) => round(count / questions.length, 3);
			const found = ranks.filter((rank) => rank >= 0);
			figures[`${mode}Top3`] = share(found.filter((rank) => rank < 3).length);
			figures[`${mode}Top5`] = share(found.filter((rank) => rank < 5).length);
			figures[`${mode}ReciprocalRank`] = share(
				found.reduce((sum, rank) => sum + 1 / (rank + 1), 0),
			);
		}
		return figures;
	} finally {
		await store.close();
		await standIn.close();
		rmSync(folder, { recursive: true, force: true });
	}
}
