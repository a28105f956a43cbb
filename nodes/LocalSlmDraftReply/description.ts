import type { INodeProperties } from 'n8n-workflow';

import {
	extraInstructionsOption,
	keepAliveOption,
	languageOption,
	temperatureOption,
} from '../shared/commonOptions';
import { modelProperty } from '../shared/modelSearch';

export const draftReplyProperties: INodeProperties[] = [
	modelProperty({
		searchMethod: 'searchChatModels',
		defaultModel: 'qwen2.5:7b',
		description:
			'The Ollama chat model that writes. qwen2.5:7b writes good Spanish and English; qwen2.5:3b is faster on a CPU.',
	}),
	{
		displayName: 'Message',
		name: 'message',
		type: 'string',
		default: '={{ $json.textPlain || $json.text || $json.body }}',
		typeOptions: { rows: 3 },
		description: 'The customer message to answer',
	},
	{
		displayName: 'Channel',
		name: 'channel',
		type: 'options',
		default: 'email',
		options: [
			{ name: 'E-Mail', value: 'email', description: 'Subject, greeting, body and signature' },
			{
				name: 'WhatsApp',
				value: 'whatsapp',
				description: 'Short plain text within a length limit',
			},
			{ name: 'Chat', value: 'chat' },
			{ name: 'Other', value: 'other' },
		],
	},
	{
		displayName: 'Original Subject',
		name: 'originalSubject',
		type: 'string',
		default: '={{ $json.subject ?? "" }}',
		displayOptions: { show: { channel: ['email'] } },
		description: 'The subject of the e-mail being answered; the reply gets "Re: " in front of it',
	},
	{
		displayName: 'Facts',
		name: 'facts',
		type: 'string',
		default: '',
		typeOptions: { rows: 3 },
		placeholder: '={{ $json.answer }} or {{ $json.order }}',
		description:
			'What the reply may state: an answer from the knowledge base, order data, a classification. Any text or JSON. Prices, dates and promises not found here send the draft to Needs Review.',
	},
	{
		displayName: 'Customer Name',
		name: 'customerName',
		type: 'string',
		default: '',
		description: 'If known, used in the greeting',
	},
	{
		displayName: 'Voice',
		name: 'voice',
		type: 'collection',
		placeholder: 'Set Voice',
		default: {},
		options: [
			{ displayName: 'Company Name', name: 'companyName', type: 'string', default: '' },
			{
				displayName: 'Signature',
				name: 'signature',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Added under e-mail replies, exactly as written',
			},
			{
				displayName: 'Form of Address',
				name: 'formality',
				type: 'options',
				default: 'matchMessage',
				options: [
					{ name: 'Formal (Usted)', value: 'formal' },
					{ name: 'Informal (Tú)', value: 'informal' },
					{ name: 'Like the Customer Wrote', value: 'matchMessage' },
				],
			},
			{
				displayName: 'Always Say',
				name: 'alwaysSay',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description: 'Such as "Thank the customer for choosing us"',
			},
			{
				displayName: 'Never Say',
				name: 'neverSay',
				type: 'string',
				typeOptions: { rows: 2 },
				default: '',
				description:
					'Such as "Never promise same-day repairs". Phrases in double quotes are also checked word for word in every draft.',
			},
			{
				displayName: 'Example Replies',
				name: 'exampleReplies',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				description: 'Past replies to imitate, separated by a line with three dashes (---)',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			languageOption('Reply Language', "The Message's Language"),
			{
				displayName: 'Always Review Complaints',
				name: 'alwaysReviewComplaints',
				type: 'boolean',
				default: true,
				description: 'Whether drafts for complaints always go to Needs Review',
			},
			{
				displayName: 'WhatsApp Maximum Characters',
				name: 'whatsAppMaximumCharacters',
				type: 'number',
				typeOptions: { minValue: 80 },
				default: 600,
			},
			extraInstructionsOption(),
			temperatureOption(0.3),
			keepAliveOption,
		],
	},
];
