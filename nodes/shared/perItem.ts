import type {
	IExecuteFunctions,
	INodeExecutionData,
	NodeApiError,
	NodeOperationError,
} from 'n8n-workflow';

import { mapInOrder } from './inOrder';
import { toNodeError } from './nodeErrors';

export interface RoutedItem {
	outputs: number[];
	item: INodeExecutionData;
}

export type ItemOutcome = RoutedItem | { error: NodeApiError | NodeOperationError };

/** Runs the work for every item, at most `concurrency` at once; failures stay per item. */
export async function processItems(
	context: IExecuteFunctions,
	itemCount: number,
	concurrency: number,
	work: (itemIndex: number) => Promise<RoutedItem>,
): Promise<ItemOutcome[]> {
	return await mapInOrder(itemCount, concurrency, async (itemIndex) => {
		try {
			return await work(itemIndex);
		} catch (error) {
			return { error: toNodeError(context.getNode(), error, itemIndex) };
		}
	});
}

/**
 * Failed items never go to a regular output's meaning. For the error output n8n moves items
 * whose json holds only `error` and `details`, and adds the input fields back itself; with
 * plain "continue" they go to `failedOutput` (Other / Needs Review) with their input fields.
 * (n8n replaces the json of items that carry an `error` property, so none is set.)
 */
/** The json of a failed item: only the failure for the error output, else the input with it. */
export function failureJson(
	context: IExecuteFunctions,
	input: INodeExecutionData,
	error: NodeApiError | NodeOperationError,
): INodeExecutionData['json'] {
	const failure = { error: error.message, details: error.description ?? '' };
	return context.getNode().onError === 'continueErrorOutput'
		? failure
		: { ...input.json, ...failure };
}

export function routeOutcomes(
	context: IExecuteFunctions,
	items: INodeExecutionData[],
	outcomes: ItemOutcome[],
	outputCount: number,
	failedOutput: number,
): INodeExecutionData[][] {
	const outputs: INodeExecutionData[][] = Array.from({ length: outputCount }, () => []);

	for (const [itemIndex, outcome] of outcomes.entries()) {
		if ('error' in outcome) {
			if (!context.continueOnFail()) throw outcome.error;
			outputs[failedOutput].push({
				json: failureJson(context, items[itemIndex], outcome.error),
				binary: items[itemIndex].binary,
				pairedItem: { item: itemIndex },
			});
			continue;
		}
		for (const outputIndex of outcome.outputs) outputs[outputIndex].push(outcome.item);
	}
	return outputs;
}

/**
 * A failure before the first item (server down, model missing) belongs to every item: thrown
 * from execute(), n8n would pass the input items on to the first output as if they succeeded.
 */
export async function prepareOrFailure<T>(context: IExecuteFunctions, prepare: () => Promise<T>) {
	return await prepare().catch((error: unknown) => toNodeError(context.getNode(), error));
}
