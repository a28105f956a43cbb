/*
 * The knowledge base engine: documents in, cited passages out. Plain TypeScript without n8n;
 * the embedding model is passed in, so nothing here depends on Ollama.
 */
export { documentIdFromSource, formatFromFileName } from './documentIdentity';
export { KnowledgeError, type KnowledgeProblem } from './errors';
export { addDocuments } from './ingest';
export { searchKnowledge } from './search';
export { SqliteKnowledgeStore, type SqliteStoreOptions } from './sqlite/sqliteKnowledgeStore';
export type { KnowledgeStore } from './store';
export type {
	ChunkOptions,
	DocumentFormat,
	DocumentIngestResult,
	DocumentInput,
	DocumentSummary,
	Embedder,
	IngestOptions,
	IngestReport,
	Metadata,
	MetadataValue,
	SearchMode,
	SearchOptions,
	SearchResult,
} from './types';
