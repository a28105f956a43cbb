import { embedTexts } from './embedding';
import { modelMismatch } from './errors';
import { planIngest } from './ingestPlan';
import { requireKnowledgeBaseName, validateIngestOptions } from './options';
import { prepareDocument } from './prepareDocument';
import type { KnowledgeStore } from './store';
import type { DocumentInput, Embedder, IngestOptions, IngestReport } from './types';

const defaultBatchSize = 32;

/**
 * Adds or replaces documents. Unchanged documents are skipped without a model call; passages
 * already stored (same text under the same headings) reuse their vectors; the rest are embedded
 * in batches, and each document is written as soon as all its passages have vectors.
 */
export async function addDocuments(
	store: KnowledgeStore,
	knowledgeBase: string,
	embedder: Embedder,
	inputs: DocumentInput[],
	options: IngestOptions = {},
): Promise<IngestReport> {
	const name = requireKnowledgeBaseName(knowledgeBase);
	const batchSize = options.batchSize ?? defaultBatchSize;
	validateIngestOptions(options.chunking, batchSize);

	const known = await store.knowledgeBase(name);
	if (known && known.embeddingModel !== embedder.model) {
		throw modelMismatch(name, known.embeddingModel, embedder.model);
	}

	const prepared = inputs.map((input) => prepareDocument(input, options.chunking));
	const { changed, results, vectors, missing } = await planIngest(store, name, prepared);

	const writeReady = async () => {
		while (
			changed.length > 0 &&
			changed[0].passages.every(({ contentHash }) => vectors.has(contentHash))
		) {
			const document = changed.shift()!;
			const embeddings = document.passages.map(({ contentHash }) => vectors.get(contentHash)!);
			const outcome = await store.writeDocument(name, embedder.model, { ...document, embeddings });
			if (outcome === 'unchanged') results.get(document.id)!.status = 'unchanged';
		}
	};

	await writeReady();
	const queue = [...missing.entries()];
	let embeddingCalls = 0;
	for (let start = 0; start < queue.length; start += batchSize) {
		const batch = queue.slice(start, start + batchSize);
		const embedded = await embedTexts(
			embedder,
			batch.map(([, text]) => text),
			'passage',
		);
		embeddingCalls++;
		batch.forEach(([hash], index) => vectors.set(hash, embedded[index]));
		await writeReady();
	}

	return { documents: [...results.values()], embeddingCalls, passagesEmbedded: queue.length };
}
