import {
	NodeOperationError,
	type IExecuteFunctions,
	type INodeExecutionData,
	type NodeApiError,
} from 'n8n-workflow';

import { CategoryListError } from '../engine/classify/categories';
import { prepareClassifier } from '../engine/classify/classifyMessage';
import { openConnection } from '../shared/connection';
import { mapInOrder } from '../shared/inOrder';
import { toNodeError } from '../shared/nodeErrors';
import { classifyItem } from './classifyItem';
import { readItemText, readSetup, RoutingSetupError, type ItemText } from './readInput';

type ItemOutcome =
	| { outputs: number[]; item: INodeExecutionData }
	| { error: NodeApiError | NodeOperationError };

function readSetupOrFail(context: IExecuteFunctions) {
	try {
		return readSetup(context);
	} catch (error) {
		if (error instanceof CategoryListError) {
			throw new NodeOperationError(context.getNode(), error.message, {
				description:
					'Each category needs a unique name. "none" is reserved: the model answers it when no category fits.',
			});
		}
		if (error instanceof RoutingSetupError) {
			throw new NodeOperationError(context.getNode(), error.message, {
				description:
					'Set Routing to "One Output for All" and route on classification.category with a Switch node, or paste the list as fixed JSON.',
			});
		}
		throw error;
	}
}

/**
 * Failed items never go to a category. For the error output n8n moves items whose json holds
 * only `error` and `details`, and adds the input fields back itself; with plain "continue"
 * they wait in Other / Unsure with their input fields and the error.
 */
function failedItem(
	input: INodeExecutionData,
	itemIndex: number,
	error: NodeApiError | NodeOperationError,
	toErrorOutput: boolean,
): INodeExecutionData {
	const failure = { error: error.message, details: error.description ?? '' };
	return {
		json: toErrorOutput ? failure : { ...input.json, ...failure },
		pairedItem: { item: itemIndex },
	};
}

export async function executeClassify(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const { setup, minimumConfidence, concurrency, singleOutput } = readSetupOrFail(this);
	const outputCount = singleOutput ? 2 : setup.categories.length + 1;
	const otherOutput = outputCount - 1;
	const outputs: INodeExecutionData[][] = Array.from({ length: outputCount }, () => []);
	if (items.length === 0) return outputs;

	const texts: Array<ItemText | Error> = items.map((_, itemIndex) => {
		try {
			return readItemText(this, itemIndex);
		} catch (error) {
			return error as Error;
		}
	});

	// A failure before any item is sent (server down, model missing) still belongs to the
	// items: thrown here, n8n would pass the input items to the first category's output.
	const prepared = await openConnection(this)
		.then(async (connection) => ({
			connection,
			classifier: await prepareClassifier(
				connection,
				setup,
				texts.flatMap((text) => (text instanceof Error ? [] : [text.text])),
			),
		}))
		.catch((error: unknown) => toNodeError(this.getNode(), error));

	const routing = { minimumConfidence, singleOutput };
	const outcomes = await mapInOrder(
		items.length,
		concurrency,
		async (itemIndex): Promise<ItemOutcome> => {
			const text = texts[itemIndex];
			try {
				if (prepared instanceof Error) throw prepared;
				if (text instanceof Error) throw text;
				return await classifyItem(
					this,
					prepared,
					{ item: items[itemIndex], itemIndex, text },
					routing,
				);
			} catch (error) {
				return { error: toNodeError(this.getNode(), error, itemIndex) };
			}
		},
	);

	const toErrorOutput = this.getNode().onError === 'continueErrorOutput';
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if ('error' in outcome) {
			if (!this.continueOnFail()) throw outcome.error;
			outputs[otherOutput].push(
				failedItem(items[itemIndex], itemIndex, outcome.error, toErrorOutput),
			);
			continue;
		}
		for (const outputIndex of outcome.outputs) outputs[outputIndex].push(outcome.item);
	}
	return outputs;
}
