import { takeStreamFault } from '../faults';
import { type Exchange, pause, sendError, sendJson, startNdjson, writeLine } from '../http';
import type { ToolCall } from '../types';
import type { CompletionEndpoint } from './checks';
import type { Piece, PiecePlan } from './pieces';

export interface CompletionAnswer {
	endpoint: CompletionEndpoint;
	model: string;
	plan: PiecePlan;
	toolCalls?: ToolCall[];
	loadNanoseconds: number;
	promptEvalCount: number;
	isStream: boolean;
	delayMs: number;
	chunkDelayMs: number;
}

const millisecond = 1_000_000;

function answerFields(endpoint: CompletionEndpoint, piece: Piece, toolCalls?: ToolCall[]) {
	const thinking = piece.thinking ? { thinking: piece.thinking } : {};
	if (endpoint === 'generate') return { response: piece.content, ...thinking };

	const calls = toolCalls?.length ? { tool_calls: toolCalls } : {};
	return { message: { role: 'assistant', content: piece.content, ...thinking, ...calls } };
}

function logprobsField(piece: Piece) {
	return piece.logprobs?.length ? { logprobs: piece.logprobs } : {};
}

function chunk(answer: CompletionAnswer, piece: Piece, toolCalls?: ToolCall[]) {
	return {
		model: answer.model,
		created_at: new Date().toISOString(),
		...answerFields(answer.endpoint, piece, toolCalls),
		done: false,
		...logprobsField(piece),
	};
}

/** Durations are made up from the counts; Ollama leaves out every metric that is zero. */
function metrics(answer: CompletionAnswer): Record<string, number> {
	const promptEvalDuration = answer.promptEvalCount * 2 * millisecond;
	const evalDuration = answer.plan.evalCount * 25 * millisecond;
	const all: Record<string, number> = {
		total_duration: answer.loadNanoseconds + promptEvalDuration + evalDuration + millisecond,
		load_duration: answer.loadNanoseconds,
		prompt_eval_count: answer.promptEvalCount,
		prompt_eval_duration: promptEvalDuration,
		eval_count: answer.plan.evalCount,
		eval_duration: evalDuration,
	};
	return Object.fromEntries(Object.entries(all).filter(([, value]) => value !== 0));
}

function finalChunk(answer: CompletionAnswer, piece: Piece, toolCalls?: ToolCall[]) {
	return {
		model: answer.model,
		created_at: new Date().toISOString(),
		...answerFields(answer.endpoint, piece, toolCalls),
		done: true,
		done_reason: answer.plan.doneReason,
		...metrics(answer),
		...logprobsField(piece),
	};
}

function wholeAnswer(answer: CompletionAnswer) {
	const { pieces } = answer.plan;
	const logprobs = pieces.flatMap((piece) => piece.logprobs ?? []);
	const joined: Piece = {
		content: pieces.map((piece) => piece.content).join(''),
		thinking: pieces.map((piece) => piece.thinking).join(''),
		logprobs: pieces.some((piece) => piece.logprobs) ? logprobs : undefined,
	};
	return finalChunk(answer, joined, answer.toolCalls);
}

async function streamAnswer(exchange: Exchange, answer: CompletionAnswer): Promise<void> {
	const fault = takeStreamFault(exchange, true);
	const errorAt = fault?.kind === 'streamError' ? fault.afterChunks : undefined;
	if (fault?.kind === 'streamError' && errorAt === 0) {
		return sendError(exchange, 500, fault.message);
	}

	startNdjson(exchange);
	for (const [index, piece] of answer.plan.pieces.entries()) {
		if (index === errorAt) break;
		if (index > 0 && !(await pause(answer.chunkDelayMs, exchange.signal))) return;
		writeLine(exchange, chunk(answer, piece));
	}

	if (fault?.kind === 'streamError') {
		writeLine(exchange, { error: fault.message });
	} else if (fault?.kind !== 'streamWithoutDone') {
		if (answer.toolCalls?.length) {
			writeLine(exchange, chunk(answer, { content: '', thinking: '' }, answer.toolCalls));
		}
		writeLine(exchange, finalChunk(answer, { content: '', thinking: '' }));
	}
	exchange.response.end();
}

export async function sendCompletion(exchange: Exchange, answer: CompletionAnswer): Promise<void> {
	if (!(await pause(answer.delayMs, exchange.signal))) return;
	if (answer.isStream) return streamAnswer(exchange, answer);

	const fault = takeStreamFault(exchange, false);
	if (fault?.kind === 'streamError') return sendError(exchange, 500, fault.message);
	sendJson(exchange, 200, wholeAnswer(answer));
}
