import type { IExecuteFunctions, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { localSlmConnectionTest } from '../shared/credentialTest';
import { modelSearchMethods } from '../shared/modelSearch';
import { classifyProperties } from './description';
import { executeClassify } from './execute';
import { configuredOutputs } from './outputs';

export class LocalSlmClassify implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Local SLM Classify',
		name: 'localSlmClassify',
		icon: 'file:../icons/localSlm.svg',
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["model"].value }}',
		description:
			'Route each message to the output of its topic, with a small model on your own Ollama',
		defaults: { name: 'Classify Message' },
		inputs: ['main'],
		outputs: `={{(${configuredOutputs})($parameter)}}`,
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
