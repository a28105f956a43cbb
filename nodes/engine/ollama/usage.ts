/** What one or more model calls cost, as the nodes put it on their output items. */
export interface ModelUsage {
	modelCalls: number;
	promptTokens: number;
	outputTokens: number;
	totalMilliseconds: number;
	loadMilliseconds: number;
	promptMilliseconds: number;
	outputMilliseconds: number;
}

/** The metrics Ollama puts on the final chunk of an answer; zero values are left out. */
export interface OllamaMetrics {
	total_duration?: number;
	load_duration?: number;
	prompt_eval_count?: number;
	prompt_eval_duration?: number;
	eval_count?: number;
	eval_duration?: number;
}

const nanosecondsPerMillisecond = 1_000_000;

export function emptyUsage(): ModelUsage {
	return {
		modelCalls: 0,
		promptTokens: 0,
		outputTokens: 0,
		totalMilliseconds: 0,
		loadMilliseconds: 0,
		promptMilliseconds: 0,
		outputMilliseconds: 0,
	};
}

export function usageFromMetrics(metrics: OllamaMetrics): ModelUsage {
	const toMilliseconds = (nanoseconds?: number) =>
		Math.round((nanoseconds ?? 0) / nanosecondsPerMillisecond);

	return {
		modelCalls: 1,
		promptTokens: metrics.prompt_eval_count ?? 0,
		outputTokens: metrics.eval_count ?? 0,
		totalMilliseconds: toMilliseconds(metrics.total_duration),
		loadMilliseconds: toMilliseconds(metrics.load_duration),
		promptMilliseconds: toMilliseconds(metrics.prompt_eval_duration),
		outputMilliseconds: toMilliseconds(metrics.eval_duration),
	};
}

export function addUsage(first: ModelUsage, second: ModelUsage): ModelUsage {
	return {
		modelCalls: first.modelCalls + second.modelCalls,
		promptTokens: first.promptTokens + second.promptTokens,
		outputTokens: first.outputTokens + second.outputTokens,
		totalMilliseconds: first.totalMilliseconds + second.totalMilliseconds,
		loadMilliseconds: first.loadMilliseconds + second.loadMilliseconds,
		promptMilliseconds: first.promptMilliseconds + second.promptMilliseconds,
		outputMilliseconds: first.outputMilliseconds + second.outputMilliseconds,
	};
}
