import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import {
	addDocuments,
	searchKnowledge,
	SqliteKnowledgeStore,
	type DocumentInput,
	type Embedder,
	type SearchMode,
} from '../nodes/engine/knowledge';
import { knowledgeFixtures } from './knowledgeQuality';
import { percentile, round } from './statistics';

const documentCount = 100;
const rowsPerDocument = 200;
const dimensions = 768;
const queries = 200;

/** A small deterministic generator, so every run measures the same passages. */
function randomNumbers(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

function corpusVocabulary(): string[] {
	const folder = knowledgeFixtures();
	const text = ['catalog.csv', 'faq.md', 'repair-rates.md', 'policies-en.md']
		.map((name) => readFileSync(join(folder, name), 'utf8'))
		.join(' ');
	return [...new Set(text.match(/[\p{L}]{3,}/gu) ?? [])];
}

function syntheticCatalogs(vocabulary: string[], random: () => number): DocumentInput[] {
	const words = (count: number) =>
		Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)]).join(
			' ',
		);
	return Array.from({ length: documentCount }, (_, documentIndex) => {
		const rows = Array.from(
			{ length: rowsPerDocument },
			(_, rowIndex) =>
				`S${documentIndex}-${rowIndex},${words(4)},"${words(20 + Math.floor(random() * 20))}"`,
		);
		return {
			source: `synthetic-${documentIndex}.csv`,
			format: 'csv',
			content: ['sku,name,description', ...rows].join('\n'),
		};
	});
}

/** Vectors at once, from a cheap hash: the time measured is the engine's and SQLite's. */
function instantEmbedder(): Embedder & { calls: number; milliseconds: number } {
	const embedder = {
		model: 'nomic-embed-text',
		calls: 0,
		milliseconds: 0,
		embed: async (texts: string[]) => {
			const started = performance.now();
			embedder.calls++;
			const vectors = texts.map((text) => {
				const random = randomNumbers(text.length * 7919 + text.charCodeAt(0));
				return Array.from({ length: dimensions }, () => random() - 0.5);
			});
			embedder.milliseconds += performance.now() - started;
			return vectors;
		},
	};
	return embedder;
}

async function searchTimes(
	store: SqliteKnowledgeStore,
	embedder: Embedder,
	mode: SearchMode,
	questions: string[],
) {
	const times: number[] = [];
	for (const question of questions) {
		const started = performance.now();
		await searchKnowledge(store, 'bench', embedder, question, { mode, topK: 5 });
		times.push(performance.now() - started);
	}
	return times;
}

/** Ingest speed without the model, embedding calls, and search times over 20,000 passages. */
export async function benchmarkKnowledge(): Promise<Record<string, string | number>> {
	const folder = mkdtempSync(join(tmpdir(), 'knowledge-bench-'));
	const path = join(folder, 'knowledge.sqlite');
	const random = randomNumbers(42);
	const vocabulary = corpusVocabulary();
	const documents = syntheticCatalogs(vocabulary, random);
	const store = SqliteKnowledgeStore.open(path);

	try {
		const embedder = instantEmbedder();
		const started = performance.now();
		const first = await addDocuments(store, 'bench', embedder, documents, { batchSize: 32 });
		const ingestMilliseconds = performance.now() - started - embedder.milliseconds;

		const callsBefore = embedder.calls;
		await addDocuments(store, 'bench', embedder, documents);
		const unchangedCalls = embedder.calls - callsBefore;
		const changed = {
			...documents[0],
			content: `${(documents[0] as { content: string }).content}\nS0-new,extra,"otra fila"`,
		} as DocumentInput;
		const oneRowReport = await addDocuments(store, 'bench', embedder, [changed]);

		const questions = Array.from({ length: queries }, () =>
			Array.from(
				{ length: 3 + Math.floor(random() * 4) },
				() => vocabulary[Math.floor(random() * vocabulary.length)],
			).join(' '),
		);
		const coldStarted = performance.now();
		await searchKnowledge(store, 'bench', embedder, questions[0], { mode: 'vector' });
		const coldMilliseconds = performance.now() - coldStarted;
		const hybrid = await searchTimes(store, embedder, 'hybrid', questions);
		const keyword = await searchTimes(store, embedder, 'keyword', questions);
		const vector = await searchTimes(store, embedder, 'vector', questions);

		return {
			node: `Knowledge base (engine, SQLite, ${first.passagesEmbedded} passages of ${dimensions} dimensions)`,
			ingestPassagesPerSecond: round(first.passagesEmbedded / (ingestMilliseconds / 1000), 0),
			embeddingCallsFirstIngest: first.embeddingCalls,
			embeddingCallsUnchangedIngest: unchangedCalls,
			embeddingCallsOneRowAdded: oneRowReport.embeddingCalls,
			databaseMegabytes: round(statSync(path).size / 2 ** 20, 1),
			firstVectorSearchMilliseconds: round(coldMilliseconds, 1),
			hybridSearchMillisecondsP50: round(percentile(hybrid, 0.5), 2),
			hybridSearchMillisecondsP95: round(percentile(hybrid, 0.95), 2),
			keywordSearchMillisecondsP50: round(percentile(keyword, 0.5), 2),
			keywordSearchMillisecondsP95: round(percentile(keyword, 0.95), 2),
			vectorSearchMillisecondsP50: round(percentile(vector, 0.5), 2),
			vectorSearchMillisecondsP95: round(percentile(vector, 0.95), 2),
		};
	} finally {
		await store.close();
		rmSync(folder, { recursive: true, force: true });
	}
}
