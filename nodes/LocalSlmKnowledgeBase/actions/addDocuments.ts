import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { addDocuments, type DocumentInput, type KnowledgeStore } from '../../engine/knowledge';
import { openConnection } from '../../shared/connection';
import { ollamaEmbedder } from '../../shared/knowledgeStore';
import { toNodeError } from '../../shared/nodeErrors';
import { knowledgeBaseName, readOptions } from '../options';
import { readDocument } from '../readDocument';

/**
 * Items are read one by one (a bad file fails only its item), then added together so their
 * passages share embedding batches. Each document is written in its own transaction.
 */
export async function addDocumentsOperation(
	context: IExecuteFunctions,
	store: KnowledgeStore,
): Promise<INodeExecutionData[][]> {
	const items = context.getInputData();
	const options = readOptions(context, 0);
	const knowledgeBase = knowledgeBaseName(context, 0);
	const model = String(context.getNodeParameter('embeddingModel', 0, '', { extractValue: true }));

	const documents: Array<{ itemIndex: number; document: DocumentInput }> = [];
	const results: INodeExecutionData[] = [];
	for (const [itemIndex, item] of items.entries()) {
		try {
			documents.push({
				itemIndex,
				document: await readDocument(context, item, itemIndex, options),
			});
		} catch (error) {
			if (!context.continueOnFail()) throw toNodeError(context.getNode(), error, itemIndex);
			results.push({
				json: { error: toNodeError(context.getNode(), error, itemIndex).message },
				pairedItem: { item: itemIndex },
			});
		}
	}
	if (documents.length === 0) return [results];

	const connection = await openConnection(context);
	const embedder = ollamaEmbedder(connection, model);
	const report = await addDocuments(
		store,
		knowledgeBase,
		embedder,
		documents.map((entry) => entry.document),
		{
			chunking: {
				unit: 'characters',
				maximumSize: options.maximumSize ?? 1000,
				overlap: options.overlap ?? 150,
			},
			batchSize: options.batchSize ?? 32,
		},
	);
	context.logger.debug('Added documents to a knowledge base', {
		knowledgeBase,
		documents: report.documents.length,
		passagesEmbedded: report.passagesEmbedded,
		embeddingCalls: report.embeddingCalls,
	});

	for (const [position, result] of report.documents.entries()) {
		results.push({
			json: {
				knowledgeBase,
				...result,
				embeddingModel: model,
				embeddingCalls: report.embeddingCalls,
				usage: embedder.usage,
			},
			pairedItem: { item: documents[position].itemIndex },
		});
	}
	return [
		results.sort(
			(first, second) =>
				(first.pairedItem as { item: number }).item - (second.pairedItem as { item: number }).item,
		),
	];
}
