import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { localSlmConnectionTest } from '../shared/credentialTest';
import { modelSearchMethods } from '../shared/modelSearch';
import { answerProperties } from './description';
import { executeAnswer } from './execute';

export class LocalSlmAnswer implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Local SLM Answer from Knowledge',
		name: 'localSlmAnswer',
		icon: { light: 'file:../icons/localSlm.svg', dark: 'file:../icons/localSlm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["knowledgeBase"] }}',
		description:
			"Answer customers' questions from the shop's own knowledge base only, with sources, or hand them to a person",
		defaults: { name: 'Answer from Knowledge' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'Answered' },
			{ type: NodeConnectionTypes.Main, displayName: 'Not Found' },
		],
		usableAsTool: true,
		credentials: [{ name: 'localSlmApi', required: true, testedBy: 'localSlmConnectionTest' }],
		properties: answerProperties,
	};

	methods = {
		listSearch: modelSearchMethods,
		credentialTest: { localSlmConnectionTest },
	};

	async execute(this: IExecuteFunctions) {
		return await executeAnswer.call(this);
	}
}
