import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { corpusDocuments } from '../../../bench/knowledgeQuality';
import {
	addDocuments,
	searchKnowledge,
	SqliteKnowledgeStore,
} from '../../../nodes/engine/knowledge';
import { countingEmbedder } from './support/embedders';

let folder: string;
let store: SqliteKnowledgeStore;
const embedder = countingEmbedder('bge-m3', 256);

beforeAll(async () => {
	folder = mkdtempSync(join(tmpdir(), 'knowledge-search-'));
	store = SqliteKnowledgeStore.open(join(folder, 'knowledge.sqlite'));
	await addDocuments(store, 'shop', embedder, [
		...corpusDocuments(),
		{
			source: 'taller-interno.md',
			format: 'markdown',
			content: '# Taller\n\nCambio de cámara en diez minutos.',
			metadata: { audience: 'staff' },
		},
	]);
});

afterAll(async () => {
	await store.close();
	rmSync(folder, { recursive: true, force: true });
});

describe('searching a knowledge base', () => {
	it('answers with cited passages, their fields and their three scores', async () => {
		const [best] = await searchKnowledge(
			store,
			'shop',
			embedder,
			'precio del casco infantil Turia Kids',
		);

		expect(best).toMatchObject({
			documentId: 'catalog.csv',
			title: 'catalog.csv',
			source: 'catalog.csv',
			section: 'BT-ACC-003',
			citation: 'catalog.csv#BT-ACC-003',
			heading: '',
			fields: expect.objectContaining({
				name: 'Casco infantil Turia Kids',
				price_eur_incl_vat: '29.90',
			}),
		});
		expect(best.text).toContain('name: Casco infantil Turia Kids');
		expect(best.score).toBeGreaterThan(0);
		expect(best.score).toBeLessThanOrEqual(1);
		expect(best.keywordScore).toBeGreaterThan(0);
		expect(best.vectorScore).toBeGreaterThan(0);
	});

	it('matches words without their accents and with other endings', async () => {
		const results = await searchKnowledge(
			store,
			'shop',
			undefined,
			'DEVOLUCION de un casco comprado',
			{ mode: 'keyword', topK: 3 },
		);

		expect(results.map((result) => result.citation)).toContain('faq.md#devoluciones');
	});

	it('ranks by meaning alone without a keyword index', async () => {
		const results = await searchKnowledge(store, 'shop', embedder, 'cambio de cubierta por rueda', {
			mode: 'vector',
			topK: 3,
		});

		expect(results[0].citation).toBe('repair-rates.md#R06');
		expect(results[0].keywordScore).toBe(0);
		expect(results[0].score).toBeCloseTo(results[0].vectorScore, 6);
	});

	it('keeps only passages whose row fields or document metadata equal the filters', async () => {
		const byField = await searchKnowledge(store, 'shop', embedder, 'casco', {
			filters: { category: 'Accesorios' },
			topK: 10,
		});
		const byMetadata = await searchKnowledge(store, 'shop', embedder, 'cámara', {
			filters: { audience: 'staff' },
		});

		expect(byField.length).toBeGreaterThan(2);
		expect(byField.every((result) => result.fields?.category === 'Accesorios')).toBe(true);
		expect(byMetadata.map((result) => result.citation)).toEqual(['taller-interno.md#taller']);
	});

	it('returns at most topK results, none under the minimum score', async () => {
		const three = await searchKnowledge(store, 'shop', embedder, 'horario del taller', { topK: 3 });
		const strict = await searchKnowledge(store, 'shop', embedder, 'horario del taller', {
			topK: 10,
			minimumScore: 0.6,
		});

		expect(three).toHaveLength(3);
		expect(strict.length).toBeGreaterThan(0);
		expect(strict.every((result) => result.score >= 0.6)).toBe(true);
		expect(strict.length).toBeLessThan(10);
	});

	it('finds nothing in a knowledge base that does not exist', async () => {
		await expect(searchKnowledge(store, 'nobody', embedder, 'horario')).resolves.toEqual([]);
	});

	it('asks for an embedding model when a search needs vectors', async () => {
		await expect(searchKnowledge(store, 'shop', undefined, 'horario')).rejects.toMatchObject({
			problem: 'invalidOption',
		});
		await expect(searchKnowledge(store, 'shop', embedder, 'horario', { topK: 0 })).rejects.toThrow(
			'The number of results 0 is not valid.',
		);
	});
});
