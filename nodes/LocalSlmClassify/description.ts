import type { INodeProperties } from 'n8n-workflow';

import { keepAliveOption, temperatureOption } from '../shared/commonOptions';
import { modelProperty } from '../shared/modelSearch';

const exampleCategories = JSON.stringify(
	[
		{ name: 'support', description: 'A problem or question about something already bought.' },
		{ name: 'sales', description: 'A request for a price, quote, availability or booking.' },
		{ name: 'billing', description: 'About an invoice, a charge, a refund or payment details.' },
	],
	null,
	2,
);

export const classifyProperties: INodeProperties[] = [
	modelProperty({
		searchMethod: 'searchChatModels',
		defaultModel: 'qwen2.5:3b',
		description:
			'The Ollama chat model that classifies. Small models such as qwen2.5:3b or llama3.2:3b are fast enough on a CPU for an inbox.',
	}),
	{
		displayName: 'Input',
		name: 'inputMode',
		type: 'options',
		default: 'text',
		options: [
			{ name: 'Text', value: 'text', description: 'Classify any text, such as a WhatsApp message' },
			{
				name: 'E-Mail (Subject and Body)',
				value: 'email',
				description:
					'Build the text from subject and body, without quoted replies, signatures, legal footers or HTML',
			},
		],
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '={{ $json.text }}',
		typeOptions: { rows: 2 },
		displayOptions: { show: { inputMode: ['text'] } },
		description: 'The message to classify',
	},
	{
		displayName: 'Subject',
		name: 'subject',
		type: 'string',
		default: '={{ $json.subject ?? "" }}',
		displayOptions: { show: { inputMode: ['email'] } },
	},
	{
		displayName: 'Body',
		name: 'body',
		type: 'string',
		default: '={{ $json.textPlain || $json.textHtml || $json.text || $json.body || "" }}',
		typeOptions: { rows: 2 },
		displayOptions: { show: { inputMode: ['email'] } },
		description:
			'Plain text or HTML body of the e-mail. The defaults fit the Email Trigger (IMAP) node.',
	},
	{
		displayName: 'Categories From',
		name: 'categorySource',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Fields Below', value: 'fields' },
			{ name: 'JSON List', value: 'json', description: 'Paste one list per client' },
		],
	},
	{
		displayName: 'Categories',
		name: 'categories',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Category',
		default: {},
		displayOptions: { show: { categorySource: ['fields'] } },
		options: [
			{
				displayName: 'Category',
				name: 'category',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						required: true,
						description: 'Short label, also the name of the output',
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
						typeOptions: { rows: 2 },
						description: 'In plain words: which messages belong here. The model decides from this.',
					},
					{
						displayName: 'Example Messages',
						name: 'examples',
						type: 'string',
						default: '',
						typeOptions: { rows: 2 },
						description: 'Optional. One short example message per line; each costs prompt tokens.',
					},
				],
			},
		],
	},
	{
		displayName: 'Categories (JSON)',
		name: 'categoriesJson',
		type: 'json',
		default: exampleCategories,
		displayOptions: { show: { categorySource: ['json'] } },
		description:
			'A list of {"name", "description", "examples"} or an object of name to description. The outputs follow this list.',
	},
	{
		displayName: 'Routing',
		name: 'routing',
		type: 'options',
		default: 'perCategory',
		options: [
			{ name: 'One Output per Category', value: 'perCategory' },
			{
				name: 'One Output for All',
				value: 'singleOutput',
				description:
					'For category lists given by an expression: the category is in the classification field',
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
			{
				displayName: 'Extra Instructions',
				name: 'extraInstructions',
				type: 'string',
				default: '',
				typeOptions: { rows: 3 },
				description:
					'Rules for this client, such as "Messages from @supplier.com are always supplier_invoice"',
			},
			{
				displayName: 'Minimum Confidence',
				name: 'minimumConfidence',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0.5,
				description: 'Items whose confidence is lower go to the Other / Unsure output',
			},
			{
				displayName: 'Multiple Categories per Message',
				name: 'multiLabel',
				type: 'boolean',
				default: false,
				description: 'Whether a message can go to every output that fits, not only the best one',
			},
			{
				displayName: 'Include Reason',
				name: 'includeReason',
				type: 'boolean',
				default: false,
				description: 'Whether the model adds a one-line reason (costs output tokens)',
			},
			{
				displayName: 'Detect Language',
				name: 'detectLanguage',
				type: 'boolean',
				default: false,
				description: 'Whether to add the language of the message (ISO 639-1 code)',
			},
			{
				displayName: 'Detect Priority',
				name: 'detectPriority',
				type: 'boolean',
				default: false,
				description: 'Whether to add a priority: low, normal or high',
			},
			{
				displayName: 'Items in Flight',
				name: 'concurrency',
				type: 'number',
				typeOptions: { minValue: 1, maxValue: 16 },
				default: 1,
				description:
					'How many items are sent to Ollama at once. Ollama answers one at a time unless OLLAMA_NUM_PARALLEL is raised.',
			},
			temperatureOption(0),
			{
				displayName: 'Seed',
				name: 'seed',
				type: 'number',
				default: 42,
				description: 'Fixed so that the same message gets the same answer',
			},
			keepAliveOption,
		],
	},
];
