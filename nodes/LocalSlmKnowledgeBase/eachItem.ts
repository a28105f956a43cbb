import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { toNodeError } from '../shared/nodeErrors';
import { failureJson } from '../shared/perItem';

/**
 * Runs an operation item by item; a result list becomes several items. A failure fails only
 * its item: with "continue" it is an item carrying `error` (n8n moves it to the error output
 * when that is chosen), otherwise the node stops.
 */
export async function eachItem(
	context: IExecuteFunctions,
	work: (itemIndex: number, item: INodeExecutionData) => Promise<object | object[]>,
): Promise<INodeExecutionData[][]> {
	const results: INodeExecutionData[] = [];
	for (const [itemIndex, item] of context.getInputData().entries()) {
		try {
			const output = await work(itemIndex, item);
			for (const json of Array.isArray(output) ? output : [output]) {
				results.push({ json: json as INodeExecutionData['json'], pairedItem: { item: itemIndex } });
			}
		} catch (error) {
			const failure = toNodeError(context.getNode(), error, itemIndex);
			if (!context.continueOnFail()) throw failure;
			results.push({ json: failureJson(context, item, failure), pairedItem: { item: itemIndex } });
		}
	}
	return [results];
}
