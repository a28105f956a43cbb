import type { INodeProperties } from 'n8n-workflow';

import { modelProperty } from '../shared/modelSearch';

const forOperations = (...operation: string[]) => ({ show: { operation } });

export const knowledgeBaseProperties: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		default: 'addDocuments',
		options: [
			{ name: 'Add or Update Documents', value: 'addDocuments', action: 'Add or update documents' },
			{ name: 'Delete a Document', value: 'deleteDocument', action: 'Delete a document' },
			{ name: 'List Documents', value: 'listDocuments', action: 'List documents' },
			{ name: 'Search', value: 'search', action: 'Search for the best passages' },
			{ name: 'Clear', value: 'clear', action: 'Clear the knowledge base' },
		],
	},
	{
		displayName: 'Knowledge Base',
		name: 'knowledgeBase',
		type: 'string',
		default: 'shop',
		required: true,
		description: 'A name that keeps clients and workflows apart, such as "bicis-turia"',
	},
	{
		...modelProperty({
			name: 'embeddingModel',
			displayName: 'Embedding Model',
			searchMethod: 'searchEmbeddingModels',
			defaultModel: 'bge-m3',
			description:
				'The Ollama embedding model. bge-m3 handles Spanish and English in one space. Use the same model for adding and searching.',
		}),
		displayOptions: forOperations('addDocuments', 'search'),
	},
	{
		displayName: 'Document From',
		name: 'documentFrom',
		type: 'options',
		default: 'binary',
		displayOptions: forOperations('addDocuments'),
		options: [
			{ name: 'File (PDF, Text, Markdown, HTML, CSV, JSON)', value: 'binary' },
			{ name: 'Text', value: 'text' },
		],
	},
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		displayOptions: { show: { operation: ['addDocuments'], documentFrom: ['binary'] } },
	},
	{
		displayName: 'Text',
		name: 'text',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '={{ $json.text }}',
		displayOptions: { show: { operation: ['addDocuments'], documentFrom: ['text'] } },
	},
	{
		displayName: 'Document ID',
		name: 'documentId',
		type: 'string',
		default: '',
		displayOptions: forOperations('addDocuments', 'deleteDocument'),
		description:
			'Stable id of the document. When adding, leave empty to derive it from the file name; the same id replaces the older version.',
	},
	{
		displayName: 'Search Query',
		name: 'query',
		type: 'string',
		default: '={{ $json.question }}',
		displayOptions: forOperations('search'),
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Database File',
				name: 'databasePath',
				type: 'string',
				default: '',
				placeholder: '~/.n8n/local-slm/knowledge.sqlite',
				description:
					"Where the knowledge bases are stored. Empty: a file in n8n's own data folder.",
			},
			{
				displayName: 'Format',
				name: 'format',
				type: 'options',
				default: 'auto',
				description: 'How to split the document; by default from the file name',
				options: [
					{ name: 'From File Name', value: 'auto' },
					{ name: 'Markdown', value: 'markdown' },
					{ name: 'Plain Text', value: 'text' },
					{ name: 'HTML', value: 'html' },
					{ name: 'CSV Catalog (a Passage per Row)', value: 'csv' },
					{ name: 'JSON Catalog (a Passage per Row)', value: 'json' },
					{ name: 'PDF', value: 'pdf' },
				],
			},
			{ displayName: 'Title', name: 'title', type: 'string', default: '' },
			{
				displayName: 'Metadata (JSON)',
				name: 'metadata',
				type: 'json',
				default: '{}',
				description: 'Such as {"language": "es", "shop": "valencia"}; searches can filter on it',
			},
			{
				displayName: 'Key Column',
				name: 'keyColumn',
				type: 'string',
				default: '',
				placeholder: 'sku',
				description: 'For CSV and JSON catalogs: the column that identifies a row in citations',
			},
			{
				displayName: 'Passage Size (Characters)',
				name: 'maximumSize',
				type: 'number',
				default: 1000,
			},
			{
				displayName: 'Passage Overlap (Characters)',
				name: 'overlap',
				type: 'number',
				default: 150,
			},
			{ displayName: 'Embedding Batch Size', name: 'batchSize', type: 'number', default: 32 },
			{ displayName: 'Top K', name: 'topK', type: 'number', default: 5 },
			{
				displayName: 'Minimum Score',
				name: 'minimumScore',
				type: 'number',
				typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
				default: 0,
			},
			{
				displayName: 'Search Mode',
				name: 'mode',
				type: 'options',
				default: 'hybrid',
				options: [
					{ name: 'Keywords and Meaning (Hybrid)', value: 'hybrid' },
					{ name: 'Keywords Only', value: 'keyword' },
					{ name: 'Meaning Only (Vectors)', value: 'vector' },
				],
			},
			{
				displayName: 'Filters (JSON)',
				name: 'filters',
				type: 'json',
				default: '{}',
				description:
					'Only passages whose metadata or row fields equal these, such as {"category": "Bicicletas"}',
			},
		],
	},
];
