import { type Exchange, sendError, sendJson, startNdjson, writeLine } from '../http';

export interface ProgressLine {
	status: string;
	digest?: string;
	total?: number;
	completed?: number;
}

export interface ProgressFailure {
	message: string;
	/** Ollama uses it only when the failure comes before any progress was sent. */
	status?: number;
}

/** Pull and create stream status lines; without streaming only the last line or the error. */
export function sendProgress(
	exchange: Exchange,
	lines: ProgressLine[],
	failure?: ProgressFailure,
): void {
	const body = (exchange.body ?? {}) as { stream?: boolean };
	const status = failure?.status ?? 500;

	if (body.stream === false || (lines.length === 0 && failure)) {
		if (failure) return sendError(exchange, status, failure.message);
		return sendJson(exchange, 200, lines[lines.length - 1]);
	}

	startNdjson(exchange);
	for (const line of lines) writeLine(exchange, line);
	if (failure) writeLine(exchange, { error: failure.message });
	exchange.response.end();
}
