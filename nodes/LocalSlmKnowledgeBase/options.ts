import { NodeOperationError, type IExecuteFunctions } from 'n8n-workflow';

import type { DocumentFormat, Metadata } from '../engine/knowledge';

export interface KnowledgeOptions {
	databasePath?: string;
	format?: DocumentFormat | 'auto';
	title?: string;
	metadata?: string | Metadata;
	keyColumn?: string;
	maximumSize?: number;
	overlap?: number;
	batchSize?: number;
	topK?: number;
	minimumScore?: number;
	mode?: 'hybrid' | 'keyword' | 'vector';
	filters?: string | Metadata;
}

export function readOptions(context: IExecuteFunctions, itemIndex: number): KnowledgeOptions {
	return context.getNodeParameter('options', itemIndex, {}) as KnowledgeOptions;
}

/** A JSON option that must be an object of simple values (metadata, filters). */
export function readMetadata(
	context: IExecuteFunctions,
	value: string | Metadata | undefined,
	label: string,
	itemIndex: number,
): Metadata {
	let parsed: unknown = value ?? {};
	if (typeof parsed === 'string') {
		try {
			parsed = parsed.trim() ? JSON.parse(parsed) : {};
		} catch {
			throw new NodeOperationError(context.getNode(), `${label} is not valid JSON.`, {
				itemIndex,
				description: 'Write an object such as {"language": "es"}.',
			});
		}
	}
	const isFlatObject =
		typeof parsed === 'object' &&
		parsed !== null &&
		!Array.isArray(parsed) &&
		Object.values(parsed).every((entry) => entry === null || typeof entry !== 'object');
	if (!isFlatObject) {
		throw new NodeOperationError(
			context.getNode(),
			`${label} must be an object of simple values.`,
			{
				itemIndex,
				description: 'Write an object such as {"language": "es"}, without lists or nested objects.',
			},
		);
	}
	return parsed as Metadata;
}

export function knowledgeBaseName(context: IExecuteFunctions, itemIndex: number): string {
	const name = String(context.getNodeParameter('knowledgeBase', itemIndex, '')).trim();
	if (!name) {
		throw new NodeOperationError(context.getNode(), 'The knowledge base has no name.', {
			itemIndex,
			description: 'Set "Knowledge Base" to a name such as "shop".',
		});
	}
	return name;
}
