import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { modelSearchMethods } from '../../../nodes/shared/modelSearch';
import { reservedClosedPort, startOllamaStandIn, type OllamaStandIn } from '../../standIn';

let standIn: OllamaStandIn;

/** The two things a model list needs from n8n: the credential and the node. */
function panelContext(baseUrl: string): ILoadOptionsFunctions {
	return {
		getCredentials: async () => ({
			baseUrl,
			apiKey: '',
			timeoutMinutes: 1,
			allowRemoteServer: false,
		}),
		getNode: () => ({
			id: 'n',
			name: 'Classify',
			type: 'x',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		}),
	} as unknown as ILoadOptionsFunctions;
}

beforeAll(async () => {
	standIn = await startOllamaStandIn();
});

afterEach(() => standIn.reset());

afterAll(async () => {
	await standIn.close();
});

describe('model lists in the node panels', () => {
	it('lists chat models only for a chat model picker', async () => {
		const { results } = await modelSearchMethods.searchChatModels.call(panelContext(standIn.url));
		const names = results.map((result) => result.value);
		expect(names).toContain('qwen2.5:3b');
		expect(names).not.toContain('bge-m3:latest');
	});

	it('lists embedding and vision models for their pickers, filtered by the typed text', async () => {
		const embedding = await modelSearchMethods.searchEmbeddingModels.call(
			panelContext(standIn.url),
			'bge',
		);
		const vision = await modelSearchMethods.searchVisionModels.call(panelContext(standIn.url));
		expect(embedding.results.map((result) => result.value)).toEqual(['bge-m3:latest']);
		expect(vision.results.map((result) => result.value)).toEqual(['gemma3:4b']);
	});

	it('says why the list cannot be fetched and that a name can be typed', async () => {
		const port = await reservedClosedPort();
		await expect(
			modelSearchMethods.searchChatModels.call(panelContext(`http://127.0.0.1:${port}`)),
		).rejects.toThrow(/Could not load the model list: Cannot reach Ollama.*"By Name"/);
	});

	it('says so when a proxy answers instead of Ollama', async () => {
		standIn.setFault({ kind: 'proxyError', status: 502, body: '<h1>502 Bad Gateway</h1>' });
		await expect(
			modelSearchMethods.searchChatModels.call(panelContext(standIn.url)),
		).rejects.toThrow(/HTTP 502/);
	});
});

describe('the knowledge base file', () => {
	const { databasePath, refuseForeignDatabase } = require('../../../nodes/shared/knowledgeStore');
	const { DatabaseSync } = require('node:sqlite');
	const os = require('node:os');
	const path = require('node:path');
	const { mkdtempSync, rmSync } = require('node:fs');

	it("takes a relative path inside n8n's data folder", () => {
		expect(databasePath('shops/bicis.sqlite')).toMatch(
			/\.n8n[/\\]local-slm[/\\]shops[/\\]bicis\.sqlite$/,
		);
	});

	it("refuses n8n's own database", () => {
		const folder = mkdtempSync(path.join(os.tmpdir(), 'n8n-db-'));
		const file = path.join(folder, 'database.sqlite');
		const database = new DatabaseSync(file);
		database.exec('CREATE TABLE workflow_entity (id TEXT)');
		database.close();

		expect(() => refuseForeignDatabase(file)).toThrow(/n8n's own database/);
		expect(() => refuseForeignDatabase(path.join(folder, 'new.sqlite'))).not.toThrow();
		rmSync(folder, { recursive: true, force: true });
	});
});
