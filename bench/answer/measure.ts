import type { WorkflowRun } from '../../test/harness';
import type { ChatRequestBody, RecordedRequest } from '../../test/standIn';
import { mean, percentile, round } from '../statistics';
import { countChatTokens, countTokens } from '../tokens';
import type { Question } from './questions';

export interface AnswerRun {
	run: WorkflowRun;
	requests: RecordedRequest[];
	replies: string[];
	ingestNode: string;
	answerNode: string;
}

const embedPaths = ['/api/embed', '/api/embeddings'];
const chatPaths = ['/api/chat', '/api/generate'];

function embeddedTexts(request: RecordedRequest): string[] {
	const body = (request.body ?? {}) as { input?: string | string[]; prompt?: string };
	const input = body.input ?? body.prompt ?? [];
	return Array.isArray(input) ? input : [input];
}

/** Our node tags the passages; n8n's chain puts them after "Context:" in its system prompt. */
function passagesText(messages: ChatRequestBody['messages'] = []): string {
	for (const message of messages) {
		const tagged = /<passages>\n([\s\S]*?)\n<\/passages>/.exec(message.content)?.[1];
		if (tagged !== undefined) return tagged;
	}
	return messages[0]?.content.split('\nContext: ')[1] ?? '';
}

function outputsSummary(run: WorkflowRun, node: string): string {
	const outputs = run.nodes[node]?.outputs ?? [];
	if (outputs.length === 1) return `${outputs[0].length} on its one output, none checked`;

	const reasons = new Map<string, number>();
	for (const item of outputs[1] ?? []) {
		const reason = String(item.json.notFoundReason);
		reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
	}
	const why = [...reasons].map(([reason, count]) => `${reason} ${count}`).join(', ');
	return `Answered ${outputs[0]?.length ?? 0}, Not Found ${outputs[1]?.length ?? 0} (${why})`;
}

/** Per question from what reached the stand-in and n8n's clocks; the ingest step apart. */
export function measureAnswers(answerRun: AnswerRun, questions: Question[]) {
	const { run, requests, replies, ingestNode, answerNode } = answerRun;
	const asked = new Set(questions.map((question) => question.question));
	const embeds = requests.filter((request) => embedPaths.includes(request.path));
	const isQuestion = (request: RecordedRequest) =>
		embeddedTexts(request).some((text) => asked.has(text));
	const ingest = embeds.filter((request) => !isQuestion(request));
	const chats = requests
		.filter((request) => chatPaths.includes(request.path))
		.map((request) => (request.body as ChatRequestBody).messages ?? []);
	const promptTokens = chats.map((messages) => countChatTokens(messages));
	const count = questions.length;

	return {
		questions: count,
		ingestEmbeddingCalls: ingest.length,
		ingestTextsEmbedded: ingest.reduce((sum, request) => sum + embeddedTexts(request).length, 0),
		ingestNodeMs: run.nodes[ingestNode]?.executionTime ?? NaN,
		embeddingCallsPerItem: round((embeds.length - ingest.length) / count, 2),
		chatCallsPerItem: round(chats.length / count, 2),
		promptTokensPerAnswer: round(mean(promptTokens)),
		promptTokensPerQuestion: round(promptTokens.reduce((sum, tokens) => sum + tokens, 0) / count),
		promptTokensPerAnswerP95: percentile(promptTokens, 0.95),
		passageTokensPerAnswer: round(
			mean(chats.map((messages) => countTokens(passagesText(messages)))),
		),
		outputTokensPerAnswer: round(mean(replies.map((reply) => countTokens(reply)))),
		nodeMsPerItem: round((run.nodes[answerNode]?.executionTime ?? NaN) / count, 2),
		executionMs: run.durationMs ?? NaN,
		outputs: outputsSummary(run, answerNode),
	};
}
