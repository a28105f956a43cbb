import { createHash } from 'node:crypto';

import { withTag } from './modelNames';
import type { StandInModel } from './types';

export interface InstalledModel extends Required<Omit<StandInModel, 'system'>> {
	system?: string;
	digest: string;
	sizeInBytes: number;
	modifiedAt: Date;
}

export const defaultModels: StandInModel[] = [
	{ name: 'qwen2.5:3b', capabilities: ['completion', 'tools'], contextLength: 32768 },
	{ name: 'qwen3:4b', capabilities: ['completion', 'thinking', 'tools'], contextLength: 40960 },
	{ name: 'llama3.2:3b', capabilities: ['completion'], contextLength: 131072 },
	{ name: 'gemma3:4b', capabilities: ['completion', 'vision'], contextLength: 131072 },
	{
		name: 'nomic-embed-text',
		capabilities: ['embedding'],
		contextLength: 2048,
		embeddingDimensions: 768,
		parameterSize: '137M',
	},
	{
		name: 'bge-m3',
		capabilities: ['embedding'],
		contextLength: 8192,
		embeddingDimensions: 1024,
		parameterSize: '566.70M',
	},
];

export const defaultRegistry: StandInModel[] = [
	...defaultModels,
	{ name: 'phi4-mini:3.8b', capabilities: ['completion', 'tools'], contextLength: 131072 },
	{ name: 'granite3.3:2b', capabilities: ['completion', 'tools'], contextLength: 131072 },
	{
		name: 'mxbai-embed-large',
		capabilities: ['embedding'],
		contextLength: 512,
		embeddingDimensions: 1024,
		parameterSize: '334M',
	},
];

const familyByPrefix: [string, string][] = [
	['qwen3', 'qwen3'],
	['qwen2', 'qwen2'],
	['llama', 'llama'],
	['gemma3', 'gemma3'],
	['nomic', 'nomic-bert'],
	['bge', 'bert'],
	['mxbai', 'bert'],
	['phi', 'phi3'],
	['granite', 'granite'],
];

function guessFamily(name: string): string {
	const baseName = name.slice(name.lastIndexOf('/') + 1).toLowerCase();
	return familyByPrefix.find(([prefix]) => baseName.startsWith(prefix))?.[1] ?? 'llama';
}

function guessParameterSize(model: StandInModel): string {
	const tagSize = /:(\d+(?:\.\d+)?)b$/i.exec(model.name);
	if (tagSize) return `${tagSize[1]}B`;
	return model.capabilities.includes('embedding') ? '335M' : '3B';
}

export function parameterCount(parameterSize: string): number {
	const match = /^(\d+(?:\.\d+)?)([MB])$/i.exec(parameterSize);
	if (!match) return 3e9;
	return Number(match[1]) * (match[2].toUpperCase() === 'B' ? 1e9 : 1e6);
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}

export function installModel(model: StandInModel, modifiedAt = new Date()): InstalledModel {
	const name = withTag(model.name);
	const isEmbedding = model.capabilities.includes('embedding');
	const parameterSize = model.parameterSize ?? guessParameterSize(model);
	const quantizationLevel = model.quantizationLevel ?? (isEmbedding ? 'F16' : 'Q4_K_M');
	const bytesPerParameter = quantizationLevel === 'F16' ? 2 : 0.6;

	return {
		...model,
		name,
		family: model.family ?? guessFamily(name),
		parameterSize,
		quantizationLevel,
		embeddingDimensions: model.embeddingDimensions ?? (isEmbedding ? 768 : 2048),
		digest: sha256Hex(name),
		sizeInBytes: Math.round(parameterCount(parameterSize) * bytesPerParameter),
		modifiedAt,
	};
}
