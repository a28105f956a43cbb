import type { INodeProperties } from 'n8n-workflow';

/** Options several nodes share, described once so they read the same in every panel. */
export function languageOption(displayName: string, automatic: string): INodeProperties {
	return {
		displayName,
		name: 'language',
		type: 'options',
		default: '',
		options: [
			{ name: automatic, value: '' },
			{ name: 'Spanish', value: 'es' },
			{ name: 'English', value: 'en' },
			{ name: 'Catalan', value: 'ca' },
			{ name: 'Portuguese', value: 'pt' },
			{ name: 'French', value: 'fr' },
			{ name: 'German', value: 'de' },
			{ name: 'Italian', value: 'it' },
		],
	};
}

export function extraInstructionsOption(description?: string): INodeProperties {
	return {
		displayName: 'Extra Instructions',
		name: 'extraInstructions',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		...(description ? { description } : {}),
	};
}

export function temperatureOption(defaultValue: number): INodeProperties {
	return {
		displayName: 'Temperature',
		name: 'temperature',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 2, numberPrecision: 2 },
		default: defaultValue,
	};
}

export const keepAliveOption: INodeProperties = {
	displayName: 'Keep Model Loaded',
	name: 'keepAlive',
	type: 'string',
	default: '5m',
	description: 'How long Ollama keeps the model in memory after the last item, such as 5m or 1h',
};
