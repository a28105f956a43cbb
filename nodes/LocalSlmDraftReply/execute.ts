import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { draftReply } from '../engine/draftReply/draftReply';
import { openConnection } from '../shared/connection';
import { prepareOrFailure, processItems, routeOutcomes } from '../shared/perItem';
import { readDraftInput, readDraftSetup } from './readInput';

const readyOutput = 0;
const needsReviewOutput = 1;

export async function executeDraftReply(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const setup = readDraftSetup(this);
	if (items.length === 0) return [[], []];

	const connection = await prepareOrFailure(this, async () => {
		const opened = await openConnection(this);
		await opened.requireCapability(setup.model, 'completion');
		return opened;
	});

	const outcomes = await processItems(this, items.length, 1, async (itemIndex) => {
		if (connection instanceof Error) throw connection;
		const input = readDraftInput(this, itemIndex);
		const draft = await draftReply(connection, setup, input);
		this.logger.debug('Drafted a reply', {
			itemIndex,
			ready: draft.ready,
			reasons: draft.reviewReasons.map((reason) => reason.code),
			promptTokens: draft.usage.promptTokens,
		});

		return {
			outputs: [draft.ready ? readyOutput : needsReviewOutput],
			item: {
				json: { ...items[itemIndex].json, draft },
				binary: items[itemIndex].binary,
				pairedItem: { item: itemIndex },
			},
		};
	});

	return routeOutcomes(this, items, outcomes, 2, needsReviewOutput);
}
