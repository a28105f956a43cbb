import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { CategoryListError } from '../engine/classify/categories';
import { prepareClassifier } from '../engine/classify/classifyMessage';
import { openConnection } from '../shared/connection';
import { prepareOrFailure, processItems, routeOutcomes } from '../shared/perItem';
import { classifyItem } from './classifyItem';
import {
	checkSameCategories,
	readItemText,
	readSetup,
	RoutingSetupError,
	type ItemText,
} from './readInput';

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

export async function executeClassify(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const { setup, minimumConfidence, concurrency, singleOutput } = readSetupOrFail(this);
	const outputCount = singleOutput ? 2 : setup.categories.length + 1;
	if (items.length === 0) return Array.from({ length: outputCount }, () => []);

	const texts: Array<ItemText | Error> = items.map((_, itemIndex) => {
		try {
			return readItemText(this, itemIndex);
		} catch (error) {
			return error as Error;
		}
	});
	const readableTexts = texts.flatMap((text) => (text instanceof Error ? [] : [text.text]));

	const prepared = await prepareOrFailure(this, async () => {
		const connection = await openConnection(this);
		return { connection, classifier: await prepareClassifier(connection, setup, readableTexts) };
	});

	const routing = { minimumConfidence, singleOutput };
	const outcomes = await processItems(this, items.length, concurrency, async (itemIndex) => {
		const text = texts[itemIndex];
		if (prepared instanceof Error) throw prepared;
		if (text instanceof Error) throw text;
		checkSameCategories(this, itemIndex, setup.categories);
		return await classifyItem(this, prepared, { item: items[itemIndex], itemIndex, text }, routing);
	});

	return routeOutcomes(this, items, outcomes, outputCount, outputCount - 1);
}
