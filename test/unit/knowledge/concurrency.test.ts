import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { addDocuments, SqliteKnowledgeStore } from '../../../nodes/engine/knowledge';
import { spawnTypeScript } from './support/childProcess';
import { countingEmbedder } from './support/embedders';
import { generatedCatalog } from './support/generatedDocuments';
import { inspectStore, stallWritesAtPassage } from './support/storeChecks';

jest.setTimeout(120_000);

const childScript = join(__dirname, 'support', 'ingestChild.ts');

let folder: string;
let path: string;

beforeEach(() => {
	folder = mkdtempSync(join(tmpdir(), 'knowledge-concurrency-'));
	path = join(folder, 'knowledge.sqlite');
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

function exited(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
	let stderr = '';
	child.stderr?.on('data', (chunk) => (stderr += chunk));
	return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
}

function printed(child: ChildProcess, text: string): Promise<void> {
	let stdout = '';
	return new Promise((resolve) =>
		child.stdout?.on('data', (chunk) => {
			stdout += chunk;
			if (stdout.includes(text)) resolve();
		}),
	);
}

const ids = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);

function expectConsistent(inspection: ReturnType<typeof inspectStore>) {
	expect(inspection.integrity).toBe('ok');
	expect(inspection.orphanPassages).toBe(0);
	expect(inspection.keywordRows).toBe(inspection.passageRows);
	for (const document of inspection.documents) {
		expect(document).toMatchObject({
			passages: document.declaredPassages,
			passagesOfOtherVersions: 0,
		});
	}
}

describe('several writers on one knowledge base file', () => {
	it('loses and duplicates nothing when async ingests run at once through separate stores', async () => {
		const stores = Array.from({ length: 4 }, () => SqliteKnowledgeStore.open(path));
		const shared = ids('shared-', 3).map((id) => generatedCatalog(id, 1, 40));

		await Promise.all(
			stores.map((store, index) => {
				const own = ids(`writer${index}-`, 5).map((id) => generatedCatalog(id, 1, 40));
				return addDocuments(store, 'shop', countingEmbedder('bge-m3', 64, 2), [...own, ...shared], {
					batchSize: 7,
				});
			}),
		);
		await Promise.all(stores.map((store) => store.close()));

		const inspection = inspectStore(path, 'shop');
		expect(inspection.documents).toHaveLength(4 * 5 + 3);
		expect(inspection.passageRows).toBe(23 * 40);
		expectConsistent(inspection);
	});

	it('loses and duplicates nothing when two processes write at once', async () => {
		const first = spawnTypeScript(childScript, [
			path,
			[...ids('a', 6), ...ids('shared-', 3)].join(','),
			'150',
			'2',
		]);
		const second = spawnTypeScript(childScript, [
			path,
			[...ids('b', 6), ...ids('shared-', 3)].join(','),
			'150',
			'2',
		]);

		const results = await Promise.all([exited(first), exited(second)]);

		const succeeded = { code: 0, stderr: expect.not.stringContaining('Error') };
		expect(results).toEqual([succeeded, succeeded]);
		const inspection = inspectStore(path, 'shop');
		expect(inspection.documents).toHaveLength(15);
		expect(inspection.documents.every((document) => document.version === 2)).toBe(true);
		expect(inspection.passageRows).toBe(15 * 150);
		expectConsistent(inspection);
	});

	it('keeps the old version of the document whose write was killed half way', async () => {
		const catalogs = ids('catalog-', 3);
		const setup = SqliteKnowledgeStore.open(path);
		await addDocuments(
			setup,
			'shop',
			countingEmbedder(),
			catalogs.map((id) => generatedCatalog(id, 0, 300)),
		);
		await setup.close();
		stallWritesAtPassage(path, 150);

		const child = spawnTypeScript(childScript, [path, catalogs.join(','), '300', '1']);
		const exit = exited(child);
		await printed(child, 'written catalog-1 1');
		await new Promise((resolve) => setTimeout(resolve, 300));
		child.kill('SIGKILL');
		expect((await exit).code).toBeNull();

		const reopened = SqliteKnowledgeStore.open(path);
		const listed = await reopened.listDocuments('shop');
		await reopened.close();
		expect(listed.map((document) => document.metadata.version)).toEqual([1, 0, 0]);
		expect(listed.map((document) => document.passages)).toEqual([300, 300, 300]);
		expectConsistent(inspectStore(path, 'shop'));
	});

	it('leaves every document whole, old or new, whenever a run is killed', async () => {
		const catalogs = ids('catalog-', 4);
		const setup = SqliteKnowledgeStore.open(path);
		await addDocuments(
			setup,
			'shop',
			countingEmbedder(),
			catalogs.map((id) => generatedCatalog(id, 0, 800)),
		);
		await setup.close();

		for (const delay of [0, 7, 19, 41, 83]) {
			const child = spawnTypeScript(childScript, [path, catalogs.join(','), '800', '1000']);
			const exit = exited(child);
			await printed(child, 'written');
			await new Promise((resolve) => setTimeout(resolve, delay));
			child.kill('SIGKILL');
			expect((await exit).code).toBeNull();

			const reopened = SqliteKnowledgeStore.open(path);
			const listed = await reopened.listDocuments('shop');
			await reopened.close();
			expect(listed.map((document) => document.id)).toEqual(catalogs);
			expect(listed.every((document) => document.passages === 800)).toBe(true);
			expectConsistent(inspectStore(path, 'shop'));
		}
	});
});
