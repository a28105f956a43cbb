import type { PreparedDocument } from './prepareDocument';
import type { DocumentSummary, Metadata } from './types';

export interface StoredDocument extends PreparedDocument {
	/** One unit vector per passage, in passage order. */
	embeddings: Float32Array[];
}

export interface KnowledgeBaseInfo {
	name: string;
	embeddingModel: string;
	dimensions: number;
}

export interface PassageHit {
	/** Tells passages apart within one search, to merge keyword and vector results. */
	passageKey: string;
	documentId: string;
	title: string;
	source: string;
	section: string;
	heading: string;
	text: string;
	fields?: Record<string, unknown>;
	/** Keyword hits: BM25, higher is better. Vector hits: cosine similarity. */
	score: number;
}

export interface HitQuery {
	limit: number;
	filters: Metadata;
}

/**
 * Everything the knowledge base needs from storage, so that a server database can stand in for
 * SQLite later. Every call names its knowledge base; nothing crosses from one to another.
 */
export interface KnowledgeStore {
	knowledgeBase(name: string): Promise<KnowledgeBaseInfo | undefined>;

	/** The content hash of each of these documents that is stored. */
	documentHashes(knowledgeBase: string, documentIds: string[]): Promise<Map<string, string>>;

	/** Stored vectors of passages with these content hashes, to avoid embedding them again. */
	embeddingsByHash(knowledgeBase: string, hashes: string[]): Promise<Map<string, Float32Array>>;

	/**
	 * Replaces a document and its passages at once: after a crash the store holds either the
	 * old document or the new one. Refuses a model other than the knowledge base's.
	 */
	writeDocument(
		knowledgeBase: string,
		embeddingModel: string,
		document: StoredDocument,
	): Promise<'written' | 'unchanged'>;

	deleteDocument(knowledgeBase: string, documentId: string): Promise<boolean>;

	listDocuments(knowledgeBase: string): Promise<DocumentSummary[]>;

	/** Removes every document and the recorded model; returns how many documents went. */
	clear(knowledgeBase: string): Promise<number>;

	/** Passages matching any of the terms, best first. */
	keywordSearch(knowledgeBase: string, terms: string[], query: HitQuery): Promise<PassageHit[]>;

	/** Passages closest to the unit vector, best first. */
	vectorSearch(knowledgeBase: string, vector: Float32Array, query: HitQuery): Promise<PassageHit[]>;

	close(): Promise<void>;
}
