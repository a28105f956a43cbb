import type { INodeProperties } from 'n8n-workflow';

import { extraInstructionsOption, keepAliveOption } from '../shared/commonOptions';
import { modelProperty } from '../shared/modelSearch';

export const extractInvoiceProperties: INodeProperties[] = [
	modelProperty({
		searchMethod: 'searchChatModels',
		defaultModel: 'qwen2.5:7b',
		description:
			'The Ollama chat model that reads invoices. qwen2.5:7b copies values faithfully; qwen2.5:3b is faster on a CPU. E-invoices (XML) need no model.',
	}),
	{
		displayName: 'Vision Model',
		name: 'visionModel',
		type: 'resourceLocator',
		default: { mode: 'name', value: '' },
		description:
			'For scanned invoices and photos: a model that reads images, such as gemma3:4b or qwen2.5vl:3b. Leave empty if you have none; scans then fail with a clear message.',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: 'searchVisionModels', searchable: true },
			},
			{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. gemma3:4b' },
		],
	},
	{
		displayName: 'Invoice From',
		name: 'inputType',
		type: 'options',
		default: 'binary',
		options: [
			{ name: 'File (PDF, XML or Image)', value: 'binary' },
			{ name: 'Text', value: 'text' },
		],
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		displayOptions: { show: { inputType: ['binary'] } },
		description:
			"The binary field that holds the invoice. When it is missing, the item's first PDF, XML or image is used.",
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		default: '={{ $json.text }}',
		typeOptions: { rows: 3 },
		displayOptions: { show: { inputType: ['text'] } },
		description: 'The invoice as text, or an e-invoice XML',
	},
	{
		displayName: 'Extra Fields',
		name: 'extraFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Field',
		default: {},
		description:
			'Fields your ERP needs beyond the standard record, such as a purchase order number',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: 'purchaseOrder',
					},
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						default: 'string',
						options: [
							{ name: 'Text', value: 'string' },
							{ name: 'Number', value: 'number' },
							{ name: 'Date', value: 'date' },
							{ name: 'Yes or No', value: 'boolean' },
						],
					},
					{
						displayName: 'Description',
						name: 'description',
						type: 'string',
						default: '',
						placeholder: 'The customer order number (Pedido, PO)',
					},
				],
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
				displayName: 'PDF Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
			},
			{
				displayName: 'Required Fields',
				name: 'requiredFields',
				type: 'string',
				default: 'supplier.name, supplier.taxId, invoiceNumber, issueDate, total, currency',
				description: 'Comma-separated; an invoice missing one goes to Needs Review',
			},
			{
				displayName: 'Review Scanned Invoices',
				name: 'reviewScans',
				type: 'boolean',
				default: true,
				description:
					'Whether invoices read from images always go to Needs Review, since their values cannot be checked against a text layer',
			},
			{
				displayName: 'Maximum File Size (MB)',
				name: 'maximumMegabytes',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 20,
			},
			{
				displayName: 'Maximum Pages',
				name: 'maximumPages',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 30,
			},
			{
				displayName: 'Tokens per Request',
				name: 'partTokenBudget',
				type: 'number',
				typeOptions: { minValue: 1000 },
				default: 6000,
				description:
					'Longer invoices are split by page into requests of about this size and merged. Nothing is ever cut.',
			},
			extraInstructionsOption(),
			keepAliveOption,
		],
	},
];
