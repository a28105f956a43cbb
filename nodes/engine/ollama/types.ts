import type { Logprob } from 'ollama';

import type { ModelUsage } from './usage';

export type ModelCapability = 'completion' | 'embedding' | 'vision' | 'thinking' | 'tools';

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant';
	content: string;
	images?: string[];
}

export interface ChatCall {
	model: string;
	messages: ChatMessage[];
	format?: 'json' | Record<string, unknown>;
	think?: boolean;
	logprobs?: boolean;
	topLogprobs?: number;
	keepAlive?: string | number;
	/** Load and sampling options; keep them identical from item to item. */
	options?: Record<string, unknown>;
}

export interface ChatAnswer {
	content: string;
	thinking: string;
	logprobs: Logprob[];
	doneReason: string;
	usage: ModelUsage;
}

export interface ModelSummary {
	name: string;
	family: string;
	parameterSize: string;
	quantization: string;
	sizeBytes: number;
}

export interface ModelInfo {
	name: string;
	capabilities: ModelCapability[];
	contextLength: number;
	family: string;
}
