import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

import type { OllamaConnection } from '../engine/ollama/connection';
import { addUsage, emptyUsage, type ModelUsage } from '../engine/ollama/usage';
import type { Embedder } from '../engine/knowledge';

/** Beside n8n's own data, so it is backed up, moved and kept across restarts with it. */
export function defaultDatabasePath(): string {
	const userFolder = process.env.N8N_USER_FOLDER || os.homedir();
	return path.join(userFolder, '.n8n', 'local-slm', 'knowledge.sqlite');
}

/** A relative path is taken inside n8n's data folder, not wherever n8n was started. */
export function databasePath(given: string | undefined): string {
	const trimmed = given?.trim();
	if (!trimmed) return defaultDatabasePath();
	if (trimmed.startsWith('~')) return path.join(os.homedir(), trimmed.slice(1));
	return path.resolve(path.dirname(defaultDatabasePath()), trimmed);
}

export class KnowledgeFileError extends Error {
	constructor(
		message: string,
		readonly description: string,
	) {
		super(message);
	}
}

const n8nTables = /^(workflow_entity|execution_entity|credentials_entity)$/;

/**
 * Refuses to write into n8n's own database: the knowledge base would add its tables to it and
 * switch it to WAL mode.
 */
export function refuseForeignDatabase(file: string) {
	if (!existsSync(file)) return;
	let tables: string[] = [];
	try {
		const database = new DatabaseSync(file, { readOnly: true });
		tables = database
			.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
			.all()
			.map((row) => String(row.name));
		database.close();
	} catch {
		return;
	}
	if (tables.some((name) => n8nTables.test(name))) {
		throw new KnowledgeFileError(
			`The file ${file} is n8n's own database, not a knowledge base.`,
			'Leave "Database File" empty, or choose a new file name.',
		);
	}
}

// Some embedding models were trained with these prefixes and rank noticeably worse without them.
const prefixesByFamily: Array<{ pattern: RegExp; passage: string; query: string }> = [
	{ pattern: /nomic-embed/, passage: 'search_document: ', query: 'search_query: ' },
	{
		pattern: /mxbai-embed/,
		passage: '',
		query: 'Represent this sentence for searching relevant passages: ',
	},
	{
		pattern: /snowflake-arctic-embed/,
		passage: '',
		query: 'Represent this sentence for searching relevant passages: ',
	},
];

/** An embedder over the one transport, adding up what its calls cost. */
export function ollamaEmbedder(
	connection: OllamaConnection,
	model: string,
): Embedder & { usage: ModelUsage } {
	const prefixes = prefixesByFamily.find((entry) => entry.pattern.test(model));
	const embedder = {
		model,
		usage: emptyUsage(),
		async embed(texts: string[], purpose: 'passage' | 'query') {
			const prefix = prefixes ? prefixes[purpose] : '';
			const result = await connection.embed(
				model,
				texts.map((text) => prefix + text),
			);
			embedder.usage = addUsage(embedder.usage, result.usage);
			return result.embeddings;
		},
	};
	return embedder;
}
