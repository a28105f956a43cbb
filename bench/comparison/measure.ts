import type { ChatRequestBody, RecordedRequest } from '../../test/standIn';
import { percentile, round } from '../statistics';
import { countChatTokens, countTokens } from '../tokens';
import type { FrameworkRun } from './frameworkRun';
import { chatTokenSequence, sharedPrefixShare } from './promptTokens';

const modelPaths = ['/api/chat', '/api/generate'];

function isModelCall(request: RecordedRequest): boolean {
	return request.method === 'POST' && modelPaths.includes(request.path);
}

function sum(values: number[]): number {
	return values.reduce((total, value) => total + value, 0);
}

/** The answer without the markdown code block around it, the least the parser accepts. */
function withoutCodeBlock(reply: string): string {
	return reply.replace(/^```json\n/, '').replace(/\n```$/, '');
}

function otherRequests(requests: RecordedRequest[]): string {
	const counts = new Map<string, number>();
	for (const request of requests.filter((request) => !isModelCall(request))) {
		const name = `${request.method} ${request.path}`;
		counts.set(name, (counts.get(name) ?? 0) + 1);
	}
	if (counts.size === 0) return 'none';
	return [...counts].map(([name, count]) => `${name} x${count}`).join(', ');
}

/** What one execution over the whole inbox sent and was answered, per item. */
export function measurePrompts({ items, requests, replies }: FrameworkRun) {
	const calls = requests.filter(isModelCall);
	const bodies = calls.map((request) => request.body as ChatRequestBody);
	const promptTokens = sum(bodies.map((body) => countChatTokens(body.messages ?? [])));
	const messageTokens = sum(items.map((item) => countTokens(item.text)));
	const contextSize = bodies[0]?.options?.num_ctx;

	return {
		modelCallsPerItem: round(calls.length / items.length, 2),
		promptTokensPerItem: round(promptTokens / items.length),
		messageTokensPerItem: round(messageTokens / items.length),
		promptOverheadTokensPerItem: round((promptTokens - messageTokens) / items.length),
		outputTokensPerItem: round(sum(replies.map(countTokens)) / items.length),
		outputTokensLeastAccepted: round(
			sum(replies.map((reply) => countTokens(withoutCodeBlock(reply)))) / items.length,
		),
		sharedPrefixShare: round(
			sharedPrefixShare(bodies.map((body) => chatTokenSequence(body.messages ?? []))),
			3,
		),
		contextSizeSent: typeof contextSize === 'number' ? contextSize : 'none (Ollama default)',
		promptsCutByStandIn: calls.filter((request) => request.truncated).length,
		otherRequestsPerExecution: otherRequests(requests),
	};
}

const median = (values: number[]) => percentile(values, 0.5);

/**
 * Per item from n8n's own clocks: the execution and the classifier node over all items, and
 * the difference between all items and one item, which leaves out everything done once.
 */
export function measureTimes(fullRuns: FrameworkRun[], singleRuns: FrameworkRun[], node: string) {
	const itemCount = fullRuns[0].items.length;
	const durations = (runs: FrameworkRun[]) => median(runs.map(({ run }) => run.durationMs ?? NaN));
	const nodeTimes = (runs: FrameworkRun[]) =>
		median(runs.map(({ run }) => run.nodes[node]?.executionTime ?? NaN));

	return {
		executionMsPerItem: round(durations(fullRuns) / itemCount, 2),
		nodeMsPerItem: round(nodeTimes(fullRuns) / itemCount, 2),
		executionMsPerExtraItem: round(
			(durations(fullRuns) - durations(singleRuns)) / (itemCount - 1),
			2,
		),
		nodeMsPerExtraItem: round((nodeTimes(fullRuns) - nodeTimes(singleRuns)) / (itemCount - 1), 2),
		executionMsOneItem: durations(singleRuns),
		nodeMsOneItem: nodeTimes(singleRuns),
	};
}
