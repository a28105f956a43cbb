import {
	connect,
	connections,
	credentialReference,
	manualTrigger,
} from '../../test/n8n/support/workflowParts';
import { model } from '../comparison/workflows';
import { theirInvoiceSchema } from './theirSchema';

export const loopName = 'Loop Over Invoices';
export const ourNodeName = 'Extract Invoice';
export const textNodeName = 'Extract from File';
export const extractorName = 'Information Extractor';

/** The Ollama credential that comparison/workflows' credentials() imports. */
const ollamaCredential = { ollamaApi: { id: 'n8nOllama1', name: 'Ollama' } };

const readFiles = (fileSelector: string) => ({
	id: 'read',
	name: 'Read Invoices',
	type: 'n8n-nodes-base.readWriteFile',
	typeVersion: 1.1,
	position: [220, 0],
	parameters: { operation: 'read', fileSelector, options: {} },
});

/** One invoice a pass, so that n8n clocks each node on each invoice by itself. */
const loop = {
	id: 'loop',
	name: loopName,
	type: 'n8n-nodes-base.splitInBatches',
	typeVersion: 3,
	position: [440, 0],
	parameters: { batchSize: 1, options: {} },
};

const backToLoop = (from: string, outputIndex = 0) => ({ from, to: loopName, outputIndex });

export function localSlmWorkflow(folder: string) {
	return {
		name: 'Extract Invoice, one invoice a pass',
		nodes: [
			manualTrigger,
			readFiles(`${folder}/*.{pdf,xml}`),
			loop,
			{
				id: 'extract',
				name: ourNodeName,
				type: 'n8n-nodes-local-slm.localSlmExtractInvoice',
				typeVersion: 1,
				position: [660, 0],
				credentials: credentialReference,
				onError: 'continueErrorOutput',
				parameters: { model: { __rl: true, mode: 'name', value: model } },
			},
		],
		connections: connections([
			connect('Start', 'Read Invoices'),
			connect('Read Invoices', loopName),
			connect(loopName, ourNodeName, 1),
			backToLoop(ourNodeName, 0),
			backToLoop(ourNodeName, 1),
			backToLoop(ourNodeName, 2),
		]),
	};
}

/** n8n's own route: the PDF's text, then the Information Extractor with a comparable schema. */
export function n8nWorkflow(folder: string) {
	const chatModelName = 'Ollama Chat Model';
	return {
		name: 'Extract from File and Information Extractor, one invoice a pass',
		nodes: [
			manualTrigger,
			readFiles(`${folder}/*.pdf`),
			loop,
			{
				id: 'text',
				name: textNodeName,
				type: 'n8n-nodes-base.extractFromFile',
				typeVersion: 1.1,
				position: [660, 0],
				parameters: { operation: 'pdf', options: {} },
			},
			{
				id: 'extractor',
				name: extractorName,
				type: '@n8n/n8n-nodes-langchain.informationExtractor',
				typeVersion: 1.2,
				position: [880, 0],
				parameters: {
					text: '={{ $json.text }}',
					schemaType: 'manual',
					inputSchema: JSON.stringify(theirInvoiceSchema, null, 2),
					options: {},
				},
			},
			{
				id: 'chatModel',
				name: chatModelName,
				type: '@n8n/n8n-nodes-langchain.lmChatOllama',
				typeVersion: 1,
				position: [880, 200],
				credentials: ollamaCredential,
				parameters: { model, options: {} },
			},
		],
		connections: {
			...connections([
				connect('Start', 'Read Invoices'),
				connect('Read Invoices', loopName),
				connect(loopName, textNodeName, 1),
				connect(textNodeName, extractorName),
				backToLoop(extractorName),
			]),
			[chatModelName]: {
				ai_languageModel: [[{ node: extractorName, type: 'ai_languageModel', index: 0 }]],
			},
		},
	};
}
