import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { SqliteKnowledgeStore } from '../engine/knowledge';
import { databasePath, refuseForeignDatabase } from '../shared/knowledgeStore';
import { toNodeError } from '../shared/nodeErrors';
import { addDocumentsOperation } from './actions/addDocuments';
import {
	clearOperation,
	deleteDocumentOperation,
	listDocumentsOperation,
	searchOperation,
} from './actions/otherOperations';
import { readOptions } from './options';

const operations = {
	addDocuments: addDocumentsOperation,
	deleteDocument: deleteDocumentOperation,
	listDocuments: listDocumentsOperation,
	search: searchOperation,
	clear: clearOperation,
};

export async function executeKnowledgeBase(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const operation = this.getNodeParameter('operation', 0) as keyof typeof operations;
	const path = databasePath(readOptions(this, 0).databasePath);
	this.logger.debug('Opening the knowledge base file', { path, operation });

	try {
		refuseForeignDatabase(path);
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	}
	const store = await SqliteKnowledgeStore.open(path);
	try {
		return await operations[operation](this, store);
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	} finally {
		await store.close();
	}
}
