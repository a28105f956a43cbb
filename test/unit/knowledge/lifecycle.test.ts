import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { corpusDocuments } from '../../../bench/knowledgeQuality';
import {
	addDocuments,
	searchKnowledge,
	SqliteKnowledgeStore,
	type DocumentInput,
} from '../../../nodes/engine/knowledge';
import { countingEmbedder } from './support/embedders';

let folder: string;
let path: string;

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'knowledge-lifecycle-'));
	path = join(folder, 'knowledge.sqlite');
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const withFaqChanged = (documents: DocumentInput[]): DocumentInput[] =>
	documents.map((document) =>
		document.source === 'faq.md' && document.format === 'markdown'
			? {
					...document,
					content: document.content.replace('No aceptamos cheques.', 'Aceptamos cheques.'),
				}
			: document,
	);

describe('a knowledge base over its life', () => {
	it('embeds nothing again after a restart when the documents have not changed', async () => {
		const embedder = countingEmbedder();
		const first = SqliteKnowledgeStore.open(path);
		const added = await addDocuments(first, 'shop', embedder, corpusDocuments(), { batchSize: 16 });
		await first.close();

		const reopened = SqliteKnowledgeStore.open(path);
		const again = await addDocuments(reopened, 'shop', embedder, corpusDocuments());
		await reopened.close();

		const passages = added.documents.reduce((total, document) => total + document.passages, 0);
		expect(added.documents.map((document) => document.status)).toEqual([
			'added',
			'added',
			'added',
			'added',
		]);
		expect(added.passagesEmbedded).toBe(passages);
		expect(added.embeddingCalls).toBe(Math.ceil(passages / 16));
		expect(embedder.calls.every((texts) => texts.length <= 16)).toBe(true);
		expect(again.embeddingCalls).toBe(0);
		expect(again.documents.every((document) => document.status === 'unchanged')).toBe(true);
	});

	it('re-embeds only the changed passage of the one document that changed', async () => {
		const store = SqliteKnowledgeStore.open(path);
		await addDocuments(store, 'shop', countingEmbedder(), corpusDocuments());
		const embedder = countingEmbedder();

		const report = await addDocuments(store, 'shop', embedder, withFaqChanged(corpusDocuments()));
		await store.close();

		const faq = report.documents.find((document) => document.id === 'faq.md')!;
		expect(report.embeddingCalls).toBe(1);
		expect(embedder.calls[0]).toHaveLength(1);
		expect(embedder.calls[0][0]).toContain('Aceptamos cheques.');
		expect(faq).toMatchObject({ status: 'updated', passagesEmbedded: 1 });
		expect(faq.passagesReused).toBe(faq.passages - 1);
		const others = report.documents.filter((document) => document.id !== 'faq.md');
		expect(others.every((document) => document.status === 'unchanged')).toBe(true);
	});

	it('replaces the passages of an updated document instead of adding to them', async () => {
		const store = SqliteKnowledgeStore.open(path);
		await addDocuments(store, 'shop', countingEmbedder(), corpusDocuments());
		await addDocuments(store, 'shop', countingEmbedder(), withFaqChanged(corpusDocuments()));

		const results = await searchKnowledge(store, 'shop', undefined, 'cheques', { mode: 'keyword' });
		const listed = await store.listDocuments('shop');
		await store.close();

		expect(results).toHaveLength(1);
		expect(results[0].text).toContain('Aceptamos cheques.');
		expect(listed.find((document) => document.id === 'faq.md')!.passages).toBe(16);
	});

	it('finds in one store what another store on the same file added after its last search', async () => {
		const reader = SqliteKnowledgeStore.open(path);
		const writer = SqliteKnowledgeStore.open(path);
		const embedder = countingEmbedder();
		await addDocuments(writer, 'shop', embedder, corpusDocuments().slice(1, 2));
		const before = await searchKnowledge(reader, 'shop', embedder, 'Turia Kids casco infantil', {
			mode: 'vector',
		});

		await addDocuments(writer, 'shop', embedder, corpusDocuments().slice(0, 1));
		const after = await searchKnowledge(reader, 'shop', embedder, 'Turia Kids casco infantil', {
			mode: 'vector',
		});
		await Promise.all([reader.close(), writer.close()]);

		expect(before.every((result) => result.documentId === 'faq.md')).toBe(true);
		expect(after[0].documentId).toBe('catalog.csv');
	});

	it('keeps the documents already written when embedding fails, and the next run goes on', async () => {
		const store = SqliteKnowledgeStore.open(path);
		const failing = countingEmbedder();
		const embed = failing.embed;
		failing.embed = async (texts, purpose) => {
			if (failing.calls.length >= 3) throw new Error('Ollama stopped');
			return await embed(texts, purpose);
		};

		const adding = addDocuments(store, 'shop', failing, corpusDocuments(), { batchSize: 20 });
		await expect(adding).rejects.toThrow('Ollama stopped');
		const afterFailure = await store.listDocuments('shop');
		const resumed = await addDocuments(store, 'shop', countingEmbedder(), corpusDocuments());
		await store.close();

		expect(afterFailure.map((document) => [document.id, document.passages])).toEqual([
			['catalog.csv', 48],
		]);
		expect(resumed.documents.map((document) => document.status)).toEqual([
			'unchanged',
			'added',
			'added',
			'added',
		]);
		const remaining = resumed.documents
			.slice(1)
			.reduce((total, { passages }) => total + passages, 0);
		expect(resumed.passagesEmbedded).toBe(remaining);
	});
});
