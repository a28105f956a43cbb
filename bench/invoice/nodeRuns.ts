import { findExecutionJson, type Item, type WorkflowRun } from '../../test/harness';

export interface NodeRun {
	executionTime: number;
	/** Items of each main output of this run. */
	outputs: Item[][];
}

interface TaskRun {
	executionTime?: number;
	data?: { main?: Array<Item[] | null> };
}

/**
 * Every run of a node in order, with n8n's own clock for each; a node inside a loop runs once
 * per pass. (WorkflowRun keeps the time of the last run only.)
 */
export function nodeRuns(run: WorkflowRun, nodeName: string): NodeRun[] {
	const execution = findExecutionJson(run.output) as {
		data: { resultData: { runData?: Record<string, TaskRun[]> } };
	};
	const taskRuns = execution.data.resultData.runData?.[nodeName] ?? [];

	return taskRuns.map((taskRun) => ({
		executionTime: taskRun.executionTime ?? NaN,
		outputs: (taskRun.data?.main ?? []).map((items) => items ?? []),
	}));
}
