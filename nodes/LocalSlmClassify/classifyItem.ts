import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { classifyMessage, type Classifier } from '../engine/classify/classifyMessage';
import { outputsFor } from '../engine/classify/route';
import type { OllamaConnection } from '../engine/ollama/connection';
import type { ItemText } from './readInput';

export interface Routing {
	minimumConfidence: number;
	singleOutput: boolean;
}

/** Classifies one item and says which outputs it goes to. */
export async function classifyItem(
	context: IExecuteFunctions,
	prepared: { connection: OllamaConnection; classifier: Classifier },
	input: { item: INodeExecutionData; itemIndex: number; text: ItemText },
	routing: Routing,
) {
	const { categories } = prepared.classifier.setup;
	const classification = await classifyMessage(
		prepared.connection,
		prepared.classifier,
		input.text.text,
		input.text.original,
	);
	context.logger.debug('Classified an item', {
		itemIndex: input.itemIndex,
		category: classification.category,
		confidence: classification.confidence,
		promptTokens: classification.usage.promptTokens,
	});

	const routed = outputsFor(
		classification.categories ?? [classification.category],
		classification.confidence,
		categories,
		routing.minimumConfidence,
	);
	const isOther = routed.includes(categories.length);
	const cleaned = input.text.removed.length > 0 ? { cleaned: input.text.removed } : {};

	return {
		outputs: routing.singleOutput ? [isOther ? 1 : 0] : routed,
		item: {
			json: { ...input.item.json, classification: { ...classification, ...cleaned } },
			// An e-mail's attachments go on with it: a supplier invoice needs its PDF downstream.
			binary: input.item.binary,
			pairedItem: { item: input.itemIndex },
		},
	};
}
