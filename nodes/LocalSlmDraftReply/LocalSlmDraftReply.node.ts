import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { localSlmConnectionTest } from '../shared/credentialTest';
import { modelSearchMethods } from '../shared/modelSearch';
import { draftReplyProperties } from './description';
import { executeDraftReply } from './execute';

export class LocalSlmDraftReply implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Local SLM Draft Reply',
		name: 'localSlmDraftReply',
		icon: { light: 'file:../icons/localSlm.svg', dark: 'file:../icons/localSlm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["channel"] }}',
		description:
			"Write a reply in the company's voice with a small model on your own Ollama, flagged when it promises what the facts do not say",
		defaults: { name: 'Draft Reply' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'Ready' },
			{ type: NodeConnectionTypes.Main, displayName: 'Needs Review' },
		],
		usableAsTool: true,
		credentials: [{ name: 'localSlmApi', required: true, testedBy: 'localSlmConnectionTest' }],
		properties: draftReplyProperties,
	};

	methods = {
		listSearch: modelSearchMethods,
		credentialTest: { localSlmConnectionTest },
	};

	async execute(this: IExecuteFunctions) {
		return await executeDraftReply.call(this);
	}
}
