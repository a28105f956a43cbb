import { type Exchange, sendError, sendJson } from '../http';
import {
	effectiveContextLength,
	parseKeepAliveSeconds,
	unloadModel,
	useModel,
} from '../loadedModels';
import { estimatePromptTokens } from '../tokens';
import type { ChatMessage, ScriptedReply } from '../types';
import { type CompletionRequest, refuseLongPrompt, refuseRequest, wantsThinking } from './checks';
import { planPieces } from './pieces';
import { sendCompletion } from './respond';

function statusAnswer(request: CompletionRequest, doneReason: 'load' | 'unload') {
	const answer =
		request.endpoint === 'chat'
			? { message: { role: 'assistant', content: '' } }
			: { response: '' };
	return {
		model: request.chatBody.model,
		created_at: new Date().toISOString(),
		...answer,
		done: true,
		done_reason: doneReason,
	};
}

async function takeReply(exchange: Exchange, request: CompletionRequest) {
	try {
		return await exchange.state.nextReply(request.chatBody);
	} catch (error) {
		return error instanceof Error ? error : new Error(String(error));
	}
}

/** Chat and generate share everything but the shape of their answers. */
export async function runCompletion(
	exchange: Exchange,
	request: CompletionRequest,
	promptMessages: ChatMessage[],
): Promise<void> {
	const { state, record } = exchange;
	const body = request.chatBody;

	const checked = refuseRequest(state, request);
	if ('status' in checked) return sendError(exchange, checked.status, checked.message);
	const model = checked;

	const unloads = body.keep_alive !== undefined && parseKeepAliveSeconds(body.keep_alive) === 0;
	if (!request.hasInput && unloads) {
		unloadModel(state, model);
		return sendJson(exchange, 200, statusAnswer(request, 'unload'));
	}

	const loadNanoseconds = useModel(state, model, body.options, body.keep_alive);
	if (!request.hasInput) return sendJson(exchange, 200, statusAnswer(request, 'load'));

	const format = typeof body.format === 'object' ? body.format : undefined;
	const promptTokens = estimatePromptTokens(promptMessages, [body.tools, format]);
	const contextLength = effectiveContextLength(state, model, body.options);
	record.promptTokens = promptTokens;
	record.truncated = promptTokens > contextLength;
	const refusal = record.truncated ? refuseLongPrompt(body) : undefined;
	if (refusal) return sendError(exchange, refusal.status, refusal.message);

	const reply: ScriptedReply | Error = await takeReply(exchange, request);
	if (reply instanceof Error) return sendError(exchange, 500, reply.message);

	const plan = planPieces(reply, {
		thinks: wantsThinking(model, body.think),
		logprobs: body.logprobs === true,
		topLogprobs: body.top_logprobs ?? 0,
		maximumTokens: Number(body.options?.num_predict ?? 0),
	});

	await sendCompletion(exchange, {
		endpoint: request.endpoint,
		model: body.model,
		plan,
		toolCalls: reply.toolCalls,
		loadNanoseconds,
		promptEvalCount: Math.min(promptTokens, contextLength),
		isStream: body.stream !== false,
		delayMs: reply.delayMs ?? 0,
		chunkDelayMs: reply.chunkDelayMs ?? 0,
	});
}
