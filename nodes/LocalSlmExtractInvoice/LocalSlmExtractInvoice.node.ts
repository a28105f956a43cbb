import {
	NodeConnectionTypes,
	type IExecuteFunctions,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { localSlmConnectionTest } from '../shared/credentialTest';
import { modelSearchMethods } from '../shared/modelSearch';
import { extractInvoiceProperties } from './description';
import { executeExtractInvoice } from './execute';

export class LocalSlmExtractInvoice implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Local SLM Extract Invoice',
		name: 'localSlmExtractInvoice',
		icon: { light: 'file:../icons/localSlm.svg', dark: 'file:../icons/localSlm.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{ $parameter["inputType"] === "text" ? "from text" : "from file" }}',
		description:
			'Turn a PDF invoice or e-invoice into a validated record your ERP can book, with a small model on your own Ollama',
		defaults: { name: 'Extract Invoice' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [
			{ type: NodeConnectionTypes.Main, displayName: 'Valid' },
			{ type: NodeConnectionTypes.Main, displayName: 'Needs Review' },
		],
		usableAsTool: true,
		credentials: [{ name: 'localSlmApi', required: true, testedBy: 'localSlmConnectionTest' }],
		properties: extractInvoiceProperties,
	};

	methods = {
		listSearch: modelSearchMethods,
		credentialTest: { localSlmConnectionTest },
	};

	async execute(this: IExecuteFunctions) {
		return await executeExtractInvoice.call(this);
	}
}
