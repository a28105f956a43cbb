import { Workflow, type INode, type INodeTypes } from 'n8n-workflow';

import { LocalSlmClassify } from '../../../nodes/LocalSlmClassify/LocalSlmClassify.node';

const description = new LocalSlmClassify().description;

/** Evaluates the node's outputs expression with n8n's own expression engine. */
function outputNames(parameters: INode['parameters']): string[] {
	const node: INode = {
		id: 'classify',
		name: 'Classify',
		type: 'n8n-nodes-local-slm.localSlmClassify',
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	const nodeTypes = {
		getByName: () => ({ description }),
		getByNameAndVersion: () => ({ description }),
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const outputs = workflow.expression.getSimpleParameterValue(
		node,
		description.outputs as string,
		'internal',
		{},
	) as Array<{ displayName: string }> | null;
	return (outputs ?? []).map((output) => output.displayName);
}

describe('the outputs of Classify', () => {
	it('has one output per category in order, then Other / Unsure', () => {
		const names = outputNames({
			categorySource: 'fields',
			categories: { category: [{ name: 'support' }, { name: 'sales' }] },
		});
		expect(names).toEqual(['support', 'sales', 'Other / Unsure']);
	});

	it('follows a pasted JSON list', () => {
		const names = outputNames({
			categorySource: 'json',
			categoriesJson: '[{"name":"billing"},{"name":"spam"}]',
		});
		expect(names).toEqual(['billing', 'spam', 'Other / Unsure']);
	});

	it('follows a JSON object of name to description', () => {
		const names = outputNames({
			categorySource: 'json',
			categoriesJson: '{"billing":"x","spam":"y"}',
		});
		expect(names).toEqual(['billing', 'spam', 'Other / Unsure']);
	});

	it('still gives Other / Unsure when the JSON is broken, so no output is lost', () => {
		expect(outputNames({ categorySource: 'json', categoriesJson: '[{"name": ' })).toEqual([
			'Other / Unsure',
		]);
	});

	it('has two outputs when routing everything to one', () => {
		expect(outputNames({ routing: 'singleOutput' })).toEqual(['Classified', 'Other / Unsure']);
	});
});
