import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

import { KnowledgeError } from '../errors';

const schemaVersion = 1;

// Every table is keyed by knowledge base. The keyword index stores no text of its own
// (contentless): the engine indexes folded, stemmed words, and the passages hold the text.
const schema = `
CREATE TABLE IF NOT EXISTS knowledge_bases (
	name TEXT PRIMARY KEY,
	embedding_model TEXT NOT NULL,
	dimensions INTEGER NOT NULL,
	change_id TEXT NOT NULL,
	created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
	knowledge_base TEXT NOT NULL,
	id TEXT NOT NULL,
	title TEXT NOT NULL,
	source TEXT NOT NULL,
	metadata TEXT NOT NULL,
	content_hash TEXT NOT NULL,
	passage_count INTEGER NOT NULL,
	updated_at TEXT NOT NULL,
	PRIMARY KEY (knowledge_base, id)
);
CREATE TABLE IF NOT EXISTS passages (
	id INTEGER PRIMARY KEY,
	knowledge_base TEXT NOT NULL,
	document_id TEXT NOT NULL,
	position INTEGER NOT NULL,
	section TEXT NOT NULL,
	heading TEXT NOT NULL,
	text TEXT NOT NULL,
	fields TEXT,
	content_hash TEXT NOT NULL,
	embedding BLOB NOT NULL,
	UNIQUE (knowledge_base, document_id, position)
);
CREATE INDEX IF NOT EXISTS passages_by_hash ON passages (knowledge_base, content_hash);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_keywords USING fts5(
	title, heading, body,
	content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 2'
);
`;

export interface DatabaseOptions {
	busyTimeoutMilliseconds: number;
}

function createSchema(database: DatabaseSync, path: string): void {
	database.exec('BEGIN IMMEDIATE');
	try {
		const { user_version: version } = database.prepare('PRAGMA user_version').get() as {
			user_version: number;
		};
		if (version > schemaVersion) {
			throw new KnowledgeError(
				'storeUnavailable',
				`The knowledge base file ${path} was made by a newer version of this package.`,
				'Update n8n-nodes-local-slm, or choose another database file.',
			);
		}
		database.exec(schema);
		database.exec(`PRAGMA user_version = ${schemaVersion}`);
		database.exec('COMMIT');
	} catch (error) {
		database.exec('ROLLBACK');
		throw error;
	}
}

/**
 * WAL lets searches read while another process writes; the busy timeout makes writers queue
 * instead of failing when several executions write at once.
 */
export function openDatabase(path: string, options: DatabaseOptions): DatabaseSync {
	let database: DatabaseSync | undefined;
	try {
		if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
		database = new DatabaseSync(path, { timeout: options.busyTimeoutMilliseconds });
		database.exec(`PRAGMA busy_timeout = ${Math.round(options.busyTimeoutMilliseconds)}`);
		database.exec('PRAGMA journal_mode = WAL');
		database.exec('PRAGMA synchronous = NORMAL');
		createSchema(database, path);
		return database;
	} catch (error) {
		if (database?.isOpen) database.close();
		if (error instanceof KnowledgeError) throw error;
		throw new KnowledgeError(
			'storeUnavailable',
			`Cannot open the knowledge base file ${path}: ${(error as Error).message}`,
			'Check that the folder exists and n8n may write to it, or choose another database file.',
			error,
		);
	}
}
