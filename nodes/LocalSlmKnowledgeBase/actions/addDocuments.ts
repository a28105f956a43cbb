import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { addDocuments, type KnowledgeStore } from '../../engine/knowledge';
import { lazyConnection } from '../../shared/connection';
import { ollamaEmbedder } from '../../shared/knowledgeStore';
import { eachItem } from '../eachItem';
import { knowledgeBaseName, readOptions } from '../options';
import { readDocument } from '../readDocument';

/**
 * One document per item, each written in its own transaction, so a bad file or a failed
 * embedding call fails only its own item. Passages of one document share embedding batches.
 */
export async function addDocumentsOperation(
	context: IExecuteFunctions,
	store: KnowledgeStore,
): Promise<INodeExecutionData[][]> {
	const connect = lazyConnection(context);

	return await eachItem(context, async (itemIndex, item) => {
		const options = readOptions(context, itemIndex);
		const knowledgeBase = knowledgeBaseName(context, itemIndex);
		const model = String(
			context.getNodeParameter('embeddingModel', itemIndex, '', { extractValue: true }),
		);
		const document = await readDocument(context, item, itemIndex, options);

		const embedder = ollamaEmbedder(await connect(), model);
		const report = await addDocuments(store, knowledgeBase, embedder, [document], {
			chunking: {
				unit: 'characters',
				maximumSize: options.maximumSize ?? 1000,
				overlap: options.overlap ?? 150,
			},
			batchSize: options.batchSize ?? 32,
		});
		context.logger.debug('Added a document to a knowledge base', {
			itemIndex,
			passagesEmbedded: report.passagesEmbedded,
			embeddingCalls: report.embeddingCalls,
		});
		return {
			knowledgeBase,
			...report.documents[0],
			embeddingModel: model,
			embeddingCalls: report.embeddingCalls,
			usage: embedder.usage,
		};
	});
}
