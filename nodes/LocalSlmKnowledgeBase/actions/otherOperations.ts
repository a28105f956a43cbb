import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { searchKnowledge, type KnowledgeStore } from '../../engine/knowledge';
import { lazyConnection } from '../../shared/connection';
import { ollamaEmbedder } from '../../shared/knowledgeStore';
import { eachItem } from '../eachItem';
import { knowledgeBaseName, readMetadata, readOptions } from '../options';

type Operation = (
	context: IExecuteFunctions,
	store: KnowledgeStore,
) => Promise<INodeExecutionData[][]>;

export const deleteDocumentOperation: Operation = async (context, store) =>
	await eachItem(context, async (itemIndex) => {
		const knowledgeBase = knowledgeBaseName(context, itemIndex);
		const documentId = String(context.getNodeParameter('documentId', itemIndex, '')).trim();
		const deleted = await store.deleteDocument(knowledgeBase, documentId);
		return { knowledgeBase, documentId, deleted };
	});

export const listDocumentsOperation: Operation = async (context, store) =>
	await eachItem(context, async (itemIndex) => {
		const knowledgeBase = knowledgeBaseName(context, itemIndex);
		const documents = await store.listDocuments(knowledgeBase);
		return documents.map((document) => ({ knowledgeBase, ...document }));
	});

export const clearOperation: Operation = async (context, store) =>
	await eachItem(context, async (itemIndex) => {
		const knowledgeBase = knowledgeBaseName(context, itemIndex);
		const documentsRemoved = await store.clear(knowledgeBase);
		return { knowledgeBase, cleared: true, documentsRemoved };
	});

/** The best passages for a query, with no chat model: one embedding call per item. */
export const searchOperation: Operation = async (context, store) => {
	const connect = lazyConnection(context);
	return await eachItem(context, async (itemIndex) => {
		const options = readOptions(context, itemIndex);
		const knowledgeBase = knowledgeBaseName(context, itemIndex);
		const query = String(context.getNodeParameter('query', itemIndex, '') ?? '').trim();
		if (!query) {
			throw new NodeOperationError(context.getNode(), 'The search query is empty.', {
				itemIndex,
				description: 'Point "Search Query" at the field that holds the question.',
			});
		}
		const model = String(
			context.getNodeParameter('embeddingModel', itemIndex, '', { extractValue: true }),
		);
		const mode = options.mode ?? 'hybrid';
		const embedder = mode === 'keyword' ? undefined : ollamaEmbedder(await connect(), model);
		const results = await searchKnowledge(store, knowledgeBase, embedder, query, {
			mode,
			topK: options.topK ?? 5,
			minimumScore: options.minimumScore ?? 0,
			filters: readMetadata(context, options.filters, 'Filters', itemIndex),
		});
		return { knowledgeBase, query, results, usage: embedder?.usage ?? null };
	});
};
