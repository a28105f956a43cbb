import type { InstalledModel } from '../models';
import { qualifiedName } from '../modelNames';
import type { StandInState } from '../state';
import type { ChatRequestBody } from '../types';

export type CompletionEndpoint = 'chat' | 'generate';

export interface CompletionRequest {
	endpoint: CompletionEndpoint;
	/** What the responder sees: a generate request is shown as a chat. */
	chatBody: ChatRequestBody;
	hasInput: boolean;
}

export interface Refusal {
	status: number;
	message: string;
}

export function wantsThinking(model: InstalledModel, think: ChatRequestBody['think']): boolean {
	return model.capabilities.includes('thinking') && think !== false;
}

function checkModelName(request: CompletionRequest): Refusal | undefined {
	const { model } = request.chatBody;
	if (typeof model === 'string' && model.trim() !== '') return undefined;
	if (request.endpoint === 'chat') return { status: 400, message: 'model is required' };
	return { status: 404, message: `model '${model ?? ''}' not found` };
}

/** The checks Ollama makes before it runs the model, in the order it makes them. */
export function refuseRequest(
	state: StandInState,
	request: CompletionRequest,
): Refusal | InstalledModel {
	const body = request.chatBody;
	const topLogprobs = body.top_logprobs ?? 0;
	if (topLogprobs < 0 || topLogprobs > 20) {
		return { status: 400, message: 'top_logprobs must be between 0 and 20' };
	}

	const nameRefusal = checkModelName(request);
	if (nameRefusal) return nameRefusal;

	const model = state.findModel(body.model);
	if (!model) return { status: 404, message: `model '${body.model}' not found` };

	const thinkRequested = body.think !== undefined && body.think !== false;
	if (!model.capabilities.includes('thinking') && thinkRequested) {
		return { status: 400, message: `"${body.model}" does not support thinking` };
	}

	if (!model.capabilities.includes('completion')) {
		return { status: 400, message: `"${body.model}" does not support ${request.endpoint}` };
	}

	const wantsTools = (body.tools?.length ?? 0) > 0;
	if (wantsTools && !model.capabilities.includes('tools')) {
		return { status: 400, message: `${qualifiedName(model.name)} does not support tools` };
	}

	if (typeof body.think === 'string') {
		return { status: 400, message: `think value "${body.think}" is not supported for this model` };
	}

	return model;
}

export const inputTooLongMessage = 'the input length exceeds the context length';
export const promptTooLongMessage =
	'the prompt is longer than the context length currently available to the model; shorten the prompt, adjust the context length in settings, or use a model with a longer context length';

/** Ollama cuts a long prompt silently unless the request forbids it. */
export function refuseLongPrompt(body: ChatRequestBody): Refusal | undefined {
	if (body.truncate === false) return { status: 400, message: inputTooLongMessage };
	if (body.shift === false) return { status: 400, message: promptTooLongMessage };
	return undefined;
}
