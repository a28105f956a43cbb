import {
	connect,
	connections,
	credentialReference,
	itemsNode,
	manualTrigger,
} from '../../test/n8n/support/workflowParts';
import { model } from '../comparison/workflows';
import type { Question } from './questions';

export const embeddingModel = 'bge-m3';
export const ourIngestName = 'Add to Knowledge Base';
export const ourAnswerName = 'Answer from Knowledge';
export const theirIngestName = 'Insert into Simple Vector Store';
export const theirAnswerName = 'Question and Answer Chain';

/** The Ollama credential that comparison/workflows' credentials() imports. */
const ollamaCredential = { ollamaApi: { id: 'n8nOllama1', name: 'Ollama' } };
const memoryKey = { __rl: true, mode: 'id', value: 'bicis_turia' };

const readShopFiles = (folder: string) => ({
	id: 'read',
	name: 'Read Shop Files',
	type: 'n8n-nodes-base.readWriteFile',
	typeVersion: 1.1,
	position: [220, 0],
	parameters: { operation: 'read', fileSelector: `${folder}/*.{csv,md}`, options: {} },
});

const questionItems = (questions: Question[]) =>
	itemsNode(
		'Questions',
		questions.map(({ id, question }) => ({ id, question })),
		[660, 0],
	);

/** Fill the knowledge base, then answer every question: one execution, as n8n's must be. */
export function localSlmWorkflow(folder: string, databasePath: string, questions: Question[]) {
	const embedding = { __rl: true, mode: 'name', value: embeddingModel };
	return {
		name: 'Knowledge Base and Answer from Knowledge',
		nodes: [
			manualTrigger,
			readShopFiles(folder),
			{
				id: 'add',
				name: ourIngestName,
				type: 'n8n-nodes-local-slm.localSlmKnowledgeBase',
				typeVersion: 1,
				position: [440, 0],
				credentials: credentialReference,
				parameters: {
					operation: 'addDocuments',
					knowledgeBase: 'bicis-turia',
					embeddingModel: embedding,
					options: { databasePath },
				},
			},
			questionItems(questions),
			{
				id: 'answer',
				name: ourAnswerName,
				type: 'n8n-nodes-local-slm.localSlmAnswer',
				typeVersion: 1,
				position: [880, 0],
				credentials: credentialReference,
				parameters: {
					question: '={{ $json.question }}',
					knowledgeBase: 'bicis-turia',
					chatModel: { __rl: true, mode: 'name', value: model },
					embeddingModel: embedding,
					options: { databasePath },
				},
			},
		],
		connections: connections([
			connect('Start', 'Read Shop Files'),
			connect('Read Shop Files', ourIngestName),
			connect(ourIngestName, 'Questions'),
			connect('Questions', ourAnswerName),
		]),
	};
}

function subNode(name: string, type: string, typeVersion: number, parameters: object) {
	return { id: name.replace(/\W/g, ''), name, type, typeVersion, position: [0, 300], parameters };
}

const embeddings = (name: string) => ({
	...subNode(name, '@n8n/n8n-nodes-langchain.embeddingsOllama', 1, { model: embeddingModel }),
	credentials: ollamaCredential,
});

const feeds = (type: string, to: string) => ({ [type]: [[{ node: to, type, index: 0 }]] });

/**
 * n8n's own RAG: the Simple Vector Store lives in the n8n process, so it is filled and asked
 * in the same execution; every sub-node is left at its defaults.
 */
export function n8nWorkflow(folder: string, questions: Question[]) {
	const langchain = '@n8n/n8n-nodes-langchain';
	return {
		name: 'Simple Vector Store and Question and Answer Chain',
		nodes: [
			manualTrigger,
			readShopFiles(folder),
			{
				...subNode(theirIngestName, `${langchain}.vectorStoreInMemory`, 1.3, {
					mode: 'insert',
					memoryKey,
				}),
				position: [440, 0],
			},
			embeddings('Embeddings for Insert'),
			subNode('Default Data Loader', `${langchain}.documentDefaultDataLoader`, 1.1, {
				dataType: 'binary',
			}),
			questionItems(questions),
			{
				...subNode(theirAnswerName, `${langchain}.chainRetrievalQa`, 1.7, {
					promptType: 'define',
					text: '={{ $json.question }}',
					options: {},
				}),
				position: [880, 0],
			},
			{
				...subNode('Ollama Chat Model', `${langchain}.lmChatOllama`, 1, { model, options: {} }),
				credentials: ollamaCredential,
			},
			subNode('Vector Store Retriever', `${langchain}.retrieverVectorStore`, 1, {}),
			subNode('Simple Vector Store', `${langchain}.vectorStoreInMemory`, 1.3, {
				mode: 'retrieve',
				memoryKey,
			}),
			embeddings('Embeddings for Questions'),
		],
		connections: {
			...connections([
				connect('Start', 'Read Shop Files'),
				connect('Read Shop Files', theirIngestName),
				connect(theirIngestName, 'Questions'),
				connect('Questions', theirAnswerName),
			]),
			'Embeddings for Insert': feeds('ai_embedding', theirIngestName),
			'Default Data Loader': feeds('ai_document', theirIngestName),
			'Ollama Chat Model': feeds('ai_languageModel', theirAnswerName),
			'Vector Store Retriever': feeds('ai_retriever', theirAnswerName),
			'Simple Vector Store': feeds('ai_vectorStore', 'Vector Store Retriever'),
			'Embeddings for Questions': feeds('ai_embedding', 'Simple Vector Store'),
		},
	};
}
