import type { DatabaseSync } from 'node:sqlite';

import type {
	HitQuery,
	KnowledgeBaseInfo,
	KnowledgeStore,
	PassageHit,
	StoredDocument,
} from '../store';
import type { DocumentSummary, Metadata } from '../types';
import { bytesToVector } from '../vectors';
import { hitOf, passagesById } from './passageRows';
import { openDatabase } from './schema';
import { filteredPassageIds, keywordHits } from './searchQueries';
import { inWriteTransaction } from './transaction';
import { VectorIndex } from './vectorIndex';
import { deletePassages, markChanged, writeDocument } from './writeDocument';

export interface SqliteStoreOptions {
	/** How long a writer waits for another to finish before failing. */
	busyTimeoutMilliseconds?: number;
}

/** The knowledge base in one SQLite file, shared safely by several executions and processes. */
export class SqliteKnowledgeStore implements KnowledgeStore {
	private readonly vectors: VectorIndex;

	private constructor(private readonly database: DatabaseSync) {
		this.vectors = new VectorIndex(database);
	}

	static open(path: string, options: SqliteStoreOptions = {}): SqliteKnowledgeStore {
		const busyTimeoutMilliseconds = options.busyTimeoutMilliseconds ?? 30_000;
		return new SqliteKnowledgeStore(openDatabase(path, { busyTimeoutMilliseconds }));
	}

	async knowledgeBase(name: string): Promise<KnowledgeBaseInfo | undefined> {
		const row = this.database
			.prepare('SELECT embedding_model, dimensions FROM knowledge_bases WHERE name = ?')
			.get(name);
		if (!row) return undefined;
		return {
			name,
			embeddingModel: String(row.embedding_model),
			dimensions: Number(row.dimensions),
		};
	}

	async documentHashes(knowledgeBase: string, documentIds: string[]): Promise<Map<string, string>> {
		const statement = this.database.prepare(
			'SELECT content_hash FROM documents WHERE knowledge_base = ? AND id = ?',
		);
		const hashes = new Map<string, string>();
		for (const id of documentIds) {
			const row = statement.get(knowledgeBase, id);
			if (row) hashes.set(id, String(row.content_hash));
		}
		return hashes;
	}

	async embeddingsByHash(
		knowledgeBase: string,
		hashes: string[],
	): Promise<Map<string, Float32Array>> {
		const statement = this.database.prepare(
			'SELECT embedding FROM passages WHERE knowledge_base = ? AND content_hash = ? LIMIT 1',
		);
		const found = new Map<string, Float32Array>();
		for (const hash of new Set(hashes)) {
			const row = statement.get(knowledgeBase, hash);
			if (row) found.set(hash, bytesToVector(row.embedding as Uint8Array));
		}
		return found;
	}

	async writeDocument(
		knowledgeBase: string,
		embeddingModel: string,
		document: StoredDocument,
	): Promise<'written' | 'unchanged'> {
		return writeDocument(this.database, knowledgeBase, embeddingModel, document);
	}

	async deleteDocument(knowledgeBase: string, documentId: string): Promise<boolean> {
		return inWriteTransaction(this.database, () => {
			deletePassages(this.database, knowledgeBase, documentId);
			const { changes } = this.database
				.prepare('DELETE FROM documents WHERE knowledge_base = ? AND id = ?')
				.run(knowledgeBase, documentId);
			markChanged(this.database, knowledgeBase);
			return Number(changes) > 0;
		});
	}

	async listDocuments(knowledgeBase: string): Promise<DocumentSummary[]> {
		const rows = this.database
			.prepare(
				`SELECT id, title, source, passage_count, updated_at, metadata FROM documents
				WHERE knowledge_base = ? ORDER BY id`,
			)
			.all(knowledgeBase);
		return rows.map((row) => ({
			id: String(row.id),
			title: String(row.title),
			source: String(row.source),
			passages: Number(row.passage_count),
			updatedAt: String(row.updated_at),
			metadata: JSON.parse(String(row.metadata)) as Metadata,
		}));
	}

	async clear(knowledgeBase: string): Promise<number> {
		const removed = inWriteTransaction(this.database, () => {
			deletePassages(this.database, knowledgeBase);
			const { changes } = this.database
				.prepare('DELETE FROM documents WHERE knowledge_base = ?')
				.run(knowledgeBase);
			this.database.prepare('DELETE FROM knowledge_bases WHERE name = ?').run(knowledgeBase);
			return Number(changes);
		});
		this.vectors.forget(knowledgeBase);
		return removed;
	}

	async keywordSearch(
		knowledgeBase: string,
		terms: string[],
		query: HitQuery,
	): Promise<PassageHit[]> {
		return keywordHits(this.database, knowledgeBase, terms, query);
	}

	async vectorSearch(
		knowledgeBase: string,
		vector: Float32Array,
		query: HitQuery,
	): Promise<PassageHit[]> {
		const allowedIds =
			Object.keys(query.filters).length > 0
				? filteredPassageIds(this.database, knowledgeBase, query.filters)
				: undefined;
		const best = this.vectors.search(knowledgeBase, vector, query.limit, allowedIds);
		const rows = passagesById(
			this.database,
			best.map((entry) => entry.id),
		);
		return best.flatMap((entry) => {
			const row = rows.get(entry.id);
			return row ? [hitOf(row, entry.score)] : [];
		});
	}

	async close(): Promise<void> {
		if (this.database.isOpen) this.database.close();
	}
}
