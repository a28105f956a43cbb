import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { localSlmConnectionTest } from '../shared/credentialTest';
import { modelSearchMethods } from '../shared/modelSearch';
import { knowledgeBaseProperties } from './description';
import { executeKnowledgeBase } from './execute';

export class LocalSlmKnowledgeBase implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Local SLM Knowledge Base',
		name: 'localSlmKnowledgeBase',
		icon: { light: 'file:../icons/localSlm.svg', dark: 'file:../icons/localSlm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["knowledgeBase"] }}',
		description:
			"Fill and search the shop's own knowledge (catalog, prices, hours, manuals), stored on this machine",
		defaults: { name: 'Knowledge Base' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		usableAsTool: true,
		credentials: [{ name: 'localSlmApi', required: true, testedBy: 'localSlmConnectionTest' }],
		properties: knowledgeBaseProperties,
	};

	methods = {
		listSearch: modelSearchMethods,
		credentialTest: { localSlmConnectionTest },
	};

	async execute(this: IExecuteFunctions) {
		return await executeKnowledgeBase.call(this);
	}
}
