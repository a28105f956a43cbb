import type { IExecuteFunctions } from 'n8n-workflow';

import { CategoryListError, readCategories, type Category } from '../engine/classify/categories';
import type { ClassifierSetup } from '../engine/classify/classifyMessage';
import { cleanEmail } from '../engine/classify/cleanEmail';
import { MessageTextError, requireText } from '../engine/classify/messageText';

interface ClassifyNodeOptions {
	extraInstructions?: string;
	minimumConfidence?: number;
	multiLabel?: boolean;
	includeReason?: boolean;
	detectLanguage?: boolean;
	detectPriority?: boolean;
	concurrency?: number;
	temperature?: number;
	seed?: number;
	keepAlive?: string;
}

export class RoutingSetupError extends Error {}

function categoriesParameter(context: IExecuteFunctions, singleOutput: boolean) {
	if (context.getNodeParameter('categorySource', 0) === 'json') {
		const raw = context.getNode().parameters.categoriesJson;
		// n8n draws the outputs before any item exists, so a list that depends on the items
		// cannot have an output per category; n8n would then lose the first output's items.
		if (!singleOutput && typeof raw === 'string' && raw.startsWith('=')) {
			throw new RoutingSetupError(
				'A category list given by an expression cannot have one output per category.',
			);
		}
		return context.getNodeParameter('categoriesJson', 0);
	}
	const collection = context.getNodeParameter('categories', 0, {}) as { category?: unknown[] };
	return collection.category ?? [];
}

/**
 * The model, categories and options form the fixed part of the prompt, identical for every
 * item so Ollama can reuse its cache; they are read once, from the first item.
 */
export function readSetup(context: IExecuteFunctions) {
	const options = context.getNodeParameter('options', 0, {}) as ClassifyNodeOptions;
	const model = String(context.getNodeParameter('model', 0, '', { extractValue: true })).trim();
	const singleOutput = context.getNodeParameter('routing', 0) === 'singleOutput';

	const setup: ClassifierSetup = {
		model,
		categories: readCategories(categoriesParameter(context, singleOutput)),
		prompt: {
			extraInstructions: options.extraInstructions ?? '',
			multiLabel: options.multiLabel ?? false,
			includeReason: options.includeReason ?? false,
			detectLanguage: options.detectLanguage ?? false,
			detectPriority: options.detectPriority ?? false,
		},
		temperature: options.temperature ?? 0,
		seed: options.seed ?? 42,
		keepAlive: options.keepAlive || undefined,
	};

	return {
		setup,
		minimumConfidence: options.minimumConfidence ?? 0.5,
		concurrency: Math.max(1, Math.floor(options.concurrency ?? 1)),
		singleOutput,
	};
}

/**
 * A list given by an expression is read per item but must be the same for all: the fixed part
 * of the prompt (and Ollama's cache) is built once. A different list fails that item, clearly.
 */
export function checkSameCategories(
	context: IExecuteFunctions,
	itemIndex: number,
	first: Category[],
) {
	if (itemIndex === 0 || context.getNodeParameter('categorySource', 0) !== 'json') return;
	const raw = context.getNode().parameters.categoriesJson;
	if (typeof raw !== 'string' || !raw.startsWith('=')) return;

	const own = readCategories(context.getNodeParameter('categoriesJson', itemIndex));
	if (JSON.stringify(own) !== JSON.stringify(first)) {
		throw new CategoryListError(
			'This item gives a different category list from the first item; one run classifies with one list.',
		);
	}
}

export interface ItemText {
	text: string;
	original: string;
	removed: string[];
}

export function readItemText(context: IExecuteFunctions, itemIndex: number): ItemText {
	if (context.getNodeParameter('inputMode', itemIndex) !== 'email') {
		const text = requireText(context.getNodeParameter('text', itemIndex, undefined));
		return { text, original: text, removed: [] };
	}

	const subject = context.getNodeParameter('subject', itemIndex, '') ?? '';
	const bodyValue = context.getNodeParameter('body', itemIndex, undefined) ?? '';
	// An e-mail with an empty body (only a subject and an attachment) is still classifiable.
	const body = bodyValue === '' ? '' : requireText(bodyValue);
	const cleaned = cleanEmail(String(subject), body);
	if (!cleaned.text.trim()) {
		throw new MessageTextError(
			'The e-mail has neither subject nor body, so there is nothing to classify.',
		);
	}
	return { text: cleaned.text, original: `${subject}\n${body}`, removed: cleaned.removed };
}
