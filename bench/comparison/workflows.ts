import {
	connect,
	connections,
	credentialReference,
	itemsNode,
	manualTrigger,
	standInCredential,
} from '../../test/n8n/support/workflowParts';
import type { Inbox, InboxItem } from './inbox';

export const model = 'qwen2.5:3b';
export const classifierName = 'Classify';

const ollamaCredentialId = 'n8nOllama1';

export function credentials(baseUrl: string) {
	return [
		standInCredential(baseUrl),
		{ id: ollamaCredentialId, name: 'Ollama', type: 'ollamaApi', data: { baseUrl, apiKey: '' } },
	];
}

/** Both nodes as a user would add them: the same text and categories, every option left as is. */
export function localSlmWorkflow(inbox: Inbox, items: InboxItem[]) {
	return {
		name: 'Local SLM Classify on the SME inbox',
		nodes: [
			manualTrigger,
			itemsNode('Inbox', items, [220, 0]),
			{
				id: 'classify',
				name: classifierName,
				type: 'n8n-nodes-local-slm.localSlmClassify',
				typeVersion: 1,
				position: [440, 0],
				credentials: credentialReference,
				parameters: {
					model: { __rl: true, mode: 'name', value: model },
					inputMode: 'text',
					text: '={{ $json.text }}',
					categorySource: 'fields',
					categories: { category: inbox.categories },
				},
			},
		],
		connections: connections([connect('Start', 'Inbox'), connect('Inbox', classifierName)]),
	};
}

export function textClassifierWorkflow(inbox: Inbox, items: InboxItem[]) {
	const chatModelName = 'Ollama Chat Model';
	return {
		name: 'Text Classifier on the SME inbox',
		nodes: [
			manualTrigger,
			itemsNode('Inbox', items, [220, 0]),
			{
				id: 'classify',
				name: classifierName,
				type: '@n8n/n8n-nodes-langchain.textClassifier',
				typeVersion: 1.1,
				position: [440, 0],
				parameters: {
					inputText: '={{ $json.text }}',
					categories: {
						categories: inbox.categories.map((category) => ({
							category: category.name,
							description: category.description,
						})),
					},
					options: {},
				},
			},
			{
				id: 'chatModel',
				name: chatModelName,
				type: '@n8n/n8n-nodes-langchain.lmChatOllama',
				typeVersion: 1,
				position: [440, 200],
				credentials: { ollamaApi: { id: ollamaCredentialId, name: 'Ollama' } },
				parameters: { model, options: {} },
			},
		],
		connections: {
			...connections([connect('Start', 'Inbox'), connect('Inbox', classifierName)]),
			[chatModelName]: {
				ai_languageModel: [[{ node: classifierName, type: 'ai_languageModel', index: 0 }]],
			},
		},
	};
}
