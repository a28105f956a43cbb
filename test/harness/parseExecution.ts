import type { Item, NodeResult, RunError, WorkflowRun } from './types';

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseObject(text: string): JsonObject | undefined {
	try {
		const value: unknown = JSON.parse(text);
		return isObject(value) ? value : undefined;
	} catch {
		return undefined;
	}
}

/**
 * `n8n execute` prints the execution as JSON indented by two spaces, among its log lines, so
 * only the lines that open and close it are a bare `{` and `}`. At N8N_LOG_LEVEL=debug the
 * opening line carries the log prefix (`<time> | info  | {`). The last such block that holds
 * `data.resultData` is the result.
 */
export function findExecutionJson(output: string): JsonObject | undefined {
	const lines = output.split('\n');
	let found: JsonObject | undefined;

	for (let start = 0; start < lines.length; start++) {
		if (lines[start] !== '{' && !/ \| \{$/.test(lines[start])) continue;

		const end = lines.indexOf('}', start + 1);
		if (end === -1) break;

		const candidate = parseObject(['{', ...lines.slice(start + 1, end + 1)].join('\n'));
		if (!candidate) continue;

		if (isObject(candidate.data) && isObject(candidate.data.resultData)) found = candidate;
		start = end;
	}
	return found;
}

function toRunError(value: unknown, nodeName?: string): RunError | undefined {
	if (!isObject(value)) return undefined;

	const node = isObject(value.node) ? value.node : undefined;
	return {
		message: typeof value.message === 'string' ? value.message : JSON.stringify(value),
		description: typeof value.description === 'string' ? value.description : undefined,
		name: typeof value.name === 'string' ? value.name : undefined,
		nodeName: typeof node?.name === 'string' ? node.name : nodeName,
		raw: value,
	};
}

function toOutputs(taskData: JsonObject): Item[][] {
	const data = isObject(taskData.data) ? taskData.data : {};
	const main = Array.isArray(data.main) ? data.main : [];

	return main.map((items: unknown) => (Array.isArray(items) ? (items as Item[]) : []));
}

function toNodeResult(nodeName: string, taskRuns: unknown): NodeResult {
	const runs = Array.isArray(taskRuns) ? taskRuns.filter(isObject) : [];
	const last = runs.at(-1) ?? {};

	return {
		outputs: toOutputs(last),
		runs: runs.map(toOutputs),
		status: typeof last.executionStatus === 'string' ? last.executionStatus : undefined,
		error: toRunError(last.error, nodeName),
		executionTime: typeof last.executionTime === 'number' ? last.executionTime : undefined,
	};
}

/** Turns the printed execution into a WorkflowRun; undefined when none was printed. */
export function parseExecution(output: string): WorkflowRun | undefined {
	const execution = findExecutionJson(output);
	if (!execution) return undefined;

	const data = execution.data as JsonObject;
	const resultData = data.resultData as JsonObject;
	const runData = isObject(resultData.runData) ? resultData.runData : {};

	const nodes: Record<string, NodeResult> = {};
	for (const [nodeName, taskRuns] of Object.entries(runData)) {
		nodes[nodeName] = toNodeResult(nodeName, taskRuns);
	}

	const lastNodeExecuted = resultData.lastNodeExecuted;
	const startedAt = Date.parse(String(execution.startedAt));
	const stoppedAt = Date.parse(String(execution.stoppedAt));
	return {
		status: typeof execution.status === 'string' ? execution.status : 'unknown',
		finished: execution.finished === true,
		nodes,
		error: toRunError(
			resultData.error,
			typeof lastNodeExecuted === 'string' ? lastNodeExecuted : undefined,
		),
		lastNodeExecuted: typeof lastNodeExecuted === 'string' ? lastNodeExecuted : undefined,
		durationMs: stoppedAt >= startedAt ? stoppedAt - startedAt : undefined,
		output,
	};
}
