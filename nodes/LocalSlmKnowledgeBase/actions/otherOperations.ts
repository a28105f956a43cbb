import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { searchKnowledge, type KnowledgeStore } from '../../engine/knowledge';
import { openConnection } from '../../shared/connection';
import { ollamaEmbedder } from '../../shared/knowledgeStore';
import { knowledgeBaseName, readMetadata, readOptions } from '../options';

type Operation = (
	context: IExecuteFunctions,
	store: KnowledgeStore,
) => Promise<INodeExecutionData[][]>;

const eachItem = async (
	context: IExecuteFunctions,
	work: (itemIndex: number) => Promise<object | object[]>,
): Promise<INodeExecutionData[][]> => {
	const results: INodeExecutionData[] = [];
	for (const itemIndex of context.getInputData().keys()) {
		const output = await work(itemIndex);
		for (const json of Array.isArray(output) ? output : [output]) {
			results.push({ json: json as INodeExecutionData['json'], pairedItem: { item: itemIndex } });
		}
	}
	return [results];
};

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
	const connection = await openConnection(context);
	return await eachItem(context, async (itemIndex) => {
		const options = readOptions(context, itemIndex);
		const knowledgeBase = knowledgeBaseName(context, itemIndex);
		const query = String(context.getNodeParameter('query', itemIndex, '') ?? '');
		const model = String(
			context.getNodeParameter('embeddingModel', itemIndex, '', { extractValue: true }),
		);
		const mode = options.mode ?? 'hybrid';
		const embedder = mode === 'keyword' ? undefined : ollamaEmbedder(connection, model);
		const results = await searchKnowledge(store, knowledgeBase, embedder, query, {
			mode,
			topK: options.topK ?? 5,
			minimumScore: options.minimumScore ?? 0,
			filters: readMetadata(context, options.filters, 'Filters', itemIndex),
		});
		return { knowledgeBase, query, results, usage: embedder?.usage ?? null };
	});
};
