import {
	NodeOperationError,
	type ILoadOptionsFunctions,
	type INodeListSearchResult,
	type INodeProperties,
} from 'n8n-workflow';

import { OllamaFailure } from '../engine/ollama/errors';
import type { ModelCapability } from '../engine/ollama/types';
import { openConnection } from './connection';

async function searchModels(
	context: ILoadOptionsFunctions,
	capability: ModelCapability,
	filter?: string,
): Promise<INodeListSearchResult> {
	try {
		const connection = await openConnection(context);
		const models = await connection.listModels(capability);
		const wanted = filter?.toLowerCase() ?? '';

		return {
			results: models
				.filter((model) => model.name.toLowerCase().includes(wanted))
				.map((model) => ({
					name: [model.name, model.parameterSize].filter(Boolean).join(' · '),
					value: model.name,
				})),
		};
	} catch (error) {
		const reason =
			error instanceof OllamaFailure ? `${error.message} ${error.description}` : String(error);
		throw new NodeOperationError(
			context.getNode(),
			`Could not load the model list: ${reason} You can still type a model name in "By Name".`,
		);
	}
}

export const modelSearchMethods = {
	async searchChatModels(this: ILoadOptionsFunctions, filter?: string) {
		return await searchModels(this, 'completion', filter);
	},
	async searchEmbeddingModels(this: ILoadOptionsFunctions, filter?: string) {
		return await searchModels(this, 'embedding', filter);
	},
	async searchVisionModels(this: ILoadOptionsFunctions, filter?: string) {
		return await searchModels(this, 'vision', filter);
	},
};

type SearchMethod = keyof typeof modelSearchMethods;

/** A model picker: a list from the server filtered by capability, or a name typed by hand. */
export function modelProperty(options: {
	name?: string;
	displayName?: string;
	searchMethod: SearchMethod;
	defaultModel: string;
	description: string;
}): INodeProperties {
	return {
		displayName: options.displayName ?? 'Model',
		name: options.name ?? 'model',
		type: 'resourceLocator',
		default: { mode: 'name', value: options.defaultModel },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchMethod, searchable: true },
			},
			{
				displayName: 'By Name',
				name: 'name',
				type: 'string',
				placeholder: `e.g. ${options.defaultModel}`,
			},
		],
	};
}
