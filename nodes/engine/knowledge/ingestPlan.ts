import type { PreparedDocument } from './prepareDocument';
import type { KnowledgeStore } from './store';
import type { DocumentIngestResult } from './types';

export interface IngestPlan {
	/** Documents to write, in input order. */
	changed: PreparedDocument[];
	results: Map<string, DocumentIngestResult>;
	/** Stored vectors for passages of changed documents, by passage hash. */
	vectors: Map<string, Float32Array>;
	/** Passage texts still to embed, by passage hash, each once. */
	missing: Map<string, string>;
}

/** The last of several inputs with one id wins, as if they had been added one after another. */
function lastOfEachId(documents: PreparedDocument[]): PreparedDocument[] {
	return [...new Map(documents.map((document) => [document.id, document])).values()];
}

/** What an ingest has to do: which documents changed, and which of their passages need a model. */
export async function planIngest(
	store: KnowledgeStore,
	knowledgeBase: string,
	prepared: PreparedDocument[],
): Promise<IngestPlan> {
	const documents = lastOfEachId(prepared);
	const ids = documents.map(({ id }) => id);
	const storedHashes = await store.documentHashes(knowledgeBase, ids);
	const changed = documents.filter(({ id, contentHash }) => storedHashes.get(id) !== contentHash);

	const passageHashes = changed.flatMap(({ passages }) =>
		passages.map(({ contentHash }) => contentHash),
	);
	const vectors = await store.embeddingsByHash(knowledgeBase, passageHashes);
	const missing = new Map<string, string>();
	for (const passage of changed.flatMap(({ passages }) => passages)) {
		if (!vectors.has(passage.contentHash)) missing.set(passage.contentHash, passage.embeddingInput);
	}

	const results = new Map<string, DocumentIngestResult>();
	for (const { id, passages, contentHash } of documents) {
		const isChanged = storedHashes.get(id) !== contentHash;
		const status = storedHashes.has(id) ? 'updated' : 'added';
		const passagesEmbedded = isChanged
			? passages.filter(({ contentHash }) => missing.has(contentHash)).length
			: 0;
		results.set(id, {
			id,
			status: isChanged ? status : 'unchanged',
			passages: passages.length,
			passagesEmbedded,
			passagesReused: isChanged ? passages.length - passagesEmbedded : 0,
		});
	}

	return { changed, results, vectors, missing };
}
