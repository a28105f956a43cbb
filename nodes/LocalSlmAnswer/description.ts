import type { INodeProperties } from 'n8n-workflow';

import {
	extraInstructionsOption,
	keepAliveOption,
	languageOption,
	temperatureOption,
} from '../shared/commonOptions';
import { modelProperty } from '../shared/modelSearch';

export const answerProperties: INodeProperties[] = [
	{
		displayName: 'Question',
		name: 'question',
		type: 'string',
		default: '={{ $json.question ?? $json.text }}',
		typeOptions: { rows: 2 },
		description:
			"The customer's question. For n8n's WhatsApp Trigger: {{ $json.messages[0].text.body }}.",
	},
	{
		displayName: 'Knowledge Base',
		name: 'knowledgeBase',
		type: 'string',
		default: 'shop',
		required: true,
		description: 'The name used when the documents were added',
	},
	modelProperty({
		name: 'chatModel',
		displayName: 'Chat Model',
		searchMethod: 'searchChatModels',
		defaultModel: 'qwen2.5:3b',
		description: 'The Ollama chat model that writes the answer from the passages found',
	}),
	modelProperty({
		name: 'embeddingModel',
		displayName: 'Embedding Model',
		searchMethod: 'searchEmbeddingModels',
		defaultModel: 'bge-m3',
		description: 'The same embedding model the documents were added with',
	}),
	{
		displayName: 'Answer Style',
		name: 'style',
		type: 'options',
		default: 'short',
		options: [
			{ name: 'Short (Chat Apps)', value: 'short' },
			{ name: 'Longer (E-Mail)', value: 'long' },
		],
	},
	{
		displayName: 'Conversation Key',
		name: 'conversationKey',
		type: 'string',
		default: '',
		placeholder: '={{ $json.contacts[0].wa_id }}',
		description:
			'Optional. Questions with the same key are one conversation, so "and in red?" follows the earlier question. Use the sender, such as the WhatsApp number.',
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			languageOption('Answer Language', "The Question's Language"),
			extraInstructionsOption(),
			{
				displayName: 'Earlier Turns to Use',
				name: 'lastTurns',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 10 },
				default: 3,
			},
			{
				displayName: 'Conversation Expires After (Minutes)',
				name: 'conversationMinutes',
				type: 'number',
				default: 120,
			},
			{ displayName: 'Passages to Use', name: 'topK', type: 'number', default: 5 },
			{
				displayName: 'Minimum Score',
				name: 'minimumScore',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.2,
				description:
					'Passages scoring lower are not used; with none left the question goes to Not Found',
			},
			{
				displayName: 'Database File',
				name: 'databasePath',
				type: 'string',
				default: '',
				placeholder: '~/.n8n/local-slm/knowledge.sqlite',
			},
			temperatureOption(0.1),
			keepAliveOption,
		],
	},
];
