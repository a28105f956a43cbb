import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { localSlmConnectionTest } from '../shared/credentialTest';
import { modelSearchMethods } from '../shared/modelSearch';
import { classifyProperties } from './description';
import { executeClassify } from './execute';
import { configuredOutputs } from './outputs';

export class LocalSlmClassify implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Local SLM Classify',
		name: 'localSlmClassify',
		icon: { light: 'file:../icons/localSlm.svg', dark: 'file:../icons/localSlm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["model"].value }}',
		description:
			'Route each message to the output of its topic, with a small model on your own Ollama',
		defaults: { name: 'Classify Message' },
		inputs: [NodeConnectionTypes.Main],
		outputs: `={{(${configuredOutputs})($parameter)}}`,
		usableAsTool: true,
		credentials: [{ name: 'localSlmApi', required: true, testedBy: 'localSlmConnectionTest' }],
		properties: classifyProperties,
	};

	methods = {
		listSearch: modelSearchMethods,
		credentialTest: { localSlmConnectionTest },
	};

	async execute(this: IExecuteFunctions) {
		return await executeClassify.call(this);
	}
}
