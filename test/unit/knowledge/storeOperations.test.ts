import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { corpusDocuments } from '../../../bench/knowledgeQuality';
import {
	addDocuments,
	KnowledgeError,
	searchKnowledge,
	SqliteKnowledgeStore,
} from '../../../nodes/engine/knowledge';
import { countingEmbedder } from './support/embedders';

let folder: string;
let path: string;

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'knowledge-operations-'));
	path = join(folder, 'knowledge.sqlite');
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('operations on a knowledge base', () => {
	it('lists, deletes one document and clears the knowledge base', async () => {
		const store = SqliteKnowledgeStore.open(path);
		await addDocuments(store, 'shop', countingEmbedder(), [
			...corpusDocuments(),
			{
				source: 'notes.txt',
				format: 'text',
				content: 'Nota interna.',
				metadata: { team: 'taller' },
			},
		]);

		const listed = await store.listDocuments('shop');
		const deleted = await store.deleteDocument('shop', 'faq.md');
		const deletedAgain = await store.deleteDocument('shop', 'faq.md');
		const afterDelete = await store.listDocuments('shop');
		const horario = await searchKnowledge(store, 'shop', undefined, 'horario sábados', {
			mode: 'keyword',
		});
		const cleared = await store.clear('shop');
		const afterClear = await store.listDocuments('shop');
		await store.close();

		expect(listed.map((document) => document.id)).toEqual([
			'catalog.csv',
			'faq.md',
			'notes.txt',
			'policies-en.md',
			'repair-rates.md',
		]);
		expect(listed.find((document) => document.id === 'catalog.csv')).toMatchObject({
			title: 'catalog.csv',
			source: 'catalog.csv',
			passages: 48,
		});
		expect(listed.find((document) => document.id === 'notes.txt')!.metadata).toEqual({
			team: 'taller',
		});
		expect(new Date(listed[0].updatedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
		expect([deleted, deletedAgain]).toEqual([true, false]);
		expect(afterDelete.map((document) => document.id)).not.toContain('faq.md');
		expect(horario.every((result) => result.documentId !== 'faq.md')).toBe(true);
		expect(cleared).toBe(4);
		expect(afterClear).toEqual([]);
	});

	it('keeps knowledge bases apart in one file', async () => {
		const store = SqliteKnowledgeStore.open(path);
		await addDocuments(store, 'shop', countingEmbedder(), corpusDocuments());
		await addDocuments(store, 'office', countingEmbedder('nomic-embed-text'), [
			{ source: 'horario.md', format: 'markdown', content: '# Horario\n\nDe 8:00 a 15:00.' },
		]);

		const office = await searchKnowledge(
			store,
			'office',
			countingEmbedder('nomic-embed-text'),
			'horario',
		);
		const shopDocuments = await store.listDocuments('shop');
		await store.clear('office');
		const shopAfter = await store.listDocuments('shop');
		await store.close();

		expect(office.map((result) => result.documentId)).toEqual(['horario.md']);
		expect(shopDocuments).toHaveLength(4);
		expect(shopAfter).toHaveLength(4);
	});

	it('says which file it cannot open and what to do', () => {
		const blocked = join(folder, 'not-a-folder');
		writeFileSync(blocked, 'a file where a folder should be');

		const opening = () => SqliteKnowledgeStore.open(join(blocked, 'knowledge.sqlite'));

		expect(opening).toThrow(KnowledgeError);
		expect(opening).toThrow(
			`Cannot open the knowledge base file ${join(blocked, 'knowledge.sqlite')}`,
		);
	});

	it('refuses another embedding model than the one the knowledge base was built with', async () => {
		const store = SqliteKnowledgeStore.open(path);
		await addDocuments(store, 'shop', countingEmbedder('bge-m3'), corpusDocuments().slice(0, 1));
		const other = countingEmbedder('nomic-embed-text');

		const adding = addDocuments(store, 'shop', other, corpusDocuments().slice(1, 2));
		const searching = searchKnowledge(store, 'shop', other, 'horario');

		await expect(adding).rejects.toThrow(
			'was built with the embedding model "bge-m3", not "nomic-embed-text"',
		);
		await expect(searching).rejects.toMatchObject({ problem: 'modelMismatch' });
		expect(other.calls).toHaveLength(0);
		await store.clear('shop');
		await expect(
			addDocuments(store, 'shop', other, corpusDocuments().slice(1, 2)),
		).resolves.toBeTruthy();
		await store.close();
	});

	it('refuses vectors whose length differs from the stored ones', async () => {
		const store = SqliteKnowledgeStore.open(path);
		await addDocuments(
			store,
			'shop',
			countingEmbedder('bge-m3', 64),
			corpusDocuments().slice(1, 2),
		);

		const adding = addDocuments(
			store,
			'shop',
			countingEmbedder('bge-m3', 32),
			corpusDocuments().slice(2, 3),
		);

		await expect(adding).rejects.toMatchObject({ problem: 'invalidEmbeddings' });
		expect(await store.listDocuments('shop')).toHaveLength(1);
		await store.close();
	});

	it('rejects an empty document with an error that says what to do', async () => {
		const store = SqliteKnowledgeStore.open(path);

		const adding = addDocuments(store, 'shop', countingEmbedder(), [
			{ source: 'scan.pdf', format: 'pdf', pages: ['', ' '] },
		]);

		await expect(adding).rejects.toBeInstanceOf(KnowledgeError);
		await expect(adding).rejects.toMatchObject({
			problem: 'emptyDocument',
			description: expect.stringContaining('OCR'),
		});
		await store.close();
	});
});
