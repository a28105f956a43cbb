export type MetadataValue = string | number | boolean | null;

export type Metadata = Record<string, MetadataValue>;

interface DocumentBase {
	/** File name, path or URL; the document id is derived from it when `id` is not given. */
	source: string;
	id?: string;
	title?: string;
	metadata?: Metadata;
}

interface TableOptions {
	/** The column whose value cites a row (`catalog.csv#BT-BIC-001`); found when left out. */
	keyColumn?: string;
}

export type DocumentInput = DocumentBase &
	(
		| { format: 'text' | 'markdown' | 'html'; content: string }
		| { format: 'pdf'; pages: string[] }
		| ({ format: 'csv'; content: string; delimiter?: string } & TableOptions)
		| ({ format: 'json'; rows: unknown[] } & TableOptions)
	);

export type DocumentFormat = DocumentInput['format'];

/** Defaults: 1000 characters, overlap 150. Tokens are estimated at 3 characters each. */
export interface ChunkOptions {
	unit: 'characters' | 'tokens';
	maximumSize: number;
	/** How much of the end of a split passage is repeated at the start of the next. */
	overlap: number;
}

/** Turns texts into vectors; `purpose` lets the caller add the prefixes some models want. */
export interface Embedder {
	model: string;
	embed(texts: string[], purpose: 'passage' | 'query'): Promise<number[][]>;
}

export interface IngestOptions {
	chunking?: Partial<ChunkOptions>;
	/** Texts per embedding call. */
	batchSize?: number;
}

export interface DocumentIngestResult {
	id: string;
	status: 'added' | 'updated' | 'unchanged';
	passages: number;
	passagesEmbedded: number;
	passagesReused: number;
}

export interface IngestReport {
	documents: DocumentIngestResult[];
	embeddingCalls: number;
	passagesEmbedded: number;
}

export interface DocumentSummary {
	id: string;
	title: string;
	source: string;
	passages: number;
	updatedAt: string;
	metadata: Metadata;
}

export type SearchMode = 'hybrid' | 'keyword' | 'vector';

export interface SearchOptions {
	mode?: SearchMode;
	topK?: number;
	/** Results scoring below this are left out; scores run from 0 to 1. */
	minimumScore?: number;
	/** Equality on document metadata or row fields; a row field wins over the document's. */
	filters?: Metadata;
	/**
	 * How hybrid search merges its two lists: `score` adds the scores (the keyword score scaled
	 * by the best one), `rank` is reciprocal rank fusion. Score measured better on our corpus.
	 */
	fusion?: 'score' | 'rank';
}

export interface SearchResult {
	documentId: string;
	title: string;
	source: string;
	/** The anchor of the passage: a heading id, a row key or a PDF page (`page=3`). */
	section: string;
	/** How to cite it: `faq.md#horario`, `catalog.csv#BT-BIC-001`. */
	citation: string;
	heading: string;
	text: string;
	/** The row's columns, for passages made from a CSV or JSON row. */
	fields?: Record<string, unknown>;
	/** From 0 to 1, what topK and minimumScore apply to. */
	score: number;
	/** BM25, higher is better; 0 when the passage was not among the best keyword matches. */
	keywordScore: number;
	/** Cosine similarity; 0 when the passage was not among the nearest vectors. */
	vectorScore: number;
}
