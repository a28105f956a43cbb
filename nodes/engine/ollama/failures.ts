import { OllamaFailure } from './errors';

export interface FailureContext {
	baseUrl: string;
	model?: string;
	timeoutMilliseconds: number;
	cancelled?: boolean;
}

function errorCodes(error: unknown, found: string[] = []): string[] {
	if (!error || typeof error !== 'object') return found;
	const { code, name, cause, errors } = error as {
		code?: unknown;
		name?: unknown;
		cause?: unknown;
		errors?: unknown;
	};
	if (typeof code === 'string') found.push(code);
	if (typeof name === 'string') found.push(name);
	if (Array.isArray(errors)) errors.forEach((inner) => errorCodes(inner, found));
	if (cause && cause !== error) errorCodes(cause, found);
	return found;
}

function statusOf(error: unknown): number | undefined {
	const status = (error as { status_code?: unknown })?.status_code;
	return typeof status === 'number' ? status : undefined;
}

function serverMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

function fromHttpStatus(status: number, message: string, context: FailureContext) {
	const model = context.model ?? 'the model';
	if (status === 404 && /not found/i.test(message)) {
		return new OllamaFailure(
			'modelNotFound',
			`The model "${model}" is not installed on the Ollama server.`,
			`Install it on the machine that runs Ollama with: ollama pull ${model}. Or pick an installed model from the list.`,
			{ httpStatus: status },
		);
	}
	if (/does not support/i.test(message)) {
		return new OllamaFailure(
			'capabilityMissing',
			`The model "${model}" cannot do this: ${message}.`,
			'Pick a model of the right kind: a chat model for text answers, an embedding model (such as nomic-embed-text or bge-m3) for knowledge bases, a vision model (such as gemma3 or qwen2.5vl) for scanned pages.',
			{ httpStatus: status },
		);
	}
	if (status === 503) {
		return new OllamaFailure(
			'busy',
			'Ollama is busy and refused the request after several tries.',
			'Too many requests are waiting. Lower the number of items processed at once, or raise OLLAMA_MAX_QUEUE or OLLAMA_NUM_PARALLEL on the Ollama server.',
			{ httpStatus: status },
		);
	}
	if (status === 401 || status === 403) {
		return new OllamaFailure(
			'unauthorized',
			`The server refused the request (HTTP ${status}): ${message}`,
			'A proxy in front of Ollama asks for a key. Set the API key in the credential.',
			{ httpStatus: status },
		);
	}
	return new OllamaFailure(
		status >= 500 ? 'serverError' : 'badRequest',
		`Ollama answered HTTP ${status}: ${message}`,
		status >= 500
			? 'The Ollama server failed while answering. Check its log (journalctl -u ollama, or the container log), and that the machine has enough memory for the model.'
			: 'Ollama rejected the request. Check the model name and the node options.',
		{ httpStatus: status },
	);
}

/** Turns whatever the client or the network threw into a failure a person can act on. */
export function explainFailure(error: unknown, context: FailureContext): OllamaFailure {
	if (error instanceof OllamaFailure) return error;

	const status = statusOf(error);
	if (status !== undefined) return fromHttpStatus(status, serverMessage(error), context);

	const codes = errorCodes(error);
	if (context.cancelled || (codes.includes('AbortError') && !codes.includes('TimeoutError'))) {
		return new OllamaFailure(
			'cancelled',
			'The request to Ollama was cancelled.',
			'The workflow execution was stopped.',
		);
	}
	if (
		codes.some((code) =>
			['TimeoutError', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'].includes(code),
		)
	) {
		const seconds = Math.round(context.timeoutMilliseconds / 100) / 10;
		const limit = seconds < 120 ? `${seconds} seconds` : `${Math.round(seconds / 6) / 10} minutes`;
		return new OllamaFailure(
			'timeout',
			`Ollama did not finish answering within ${limit}.`,
			'A small model on a CPU can need several minutes for a long text. Raise "Request Timeout" in the credential, use a smaller model, or shorten the input.',
		);
	}
	if (codes.some((code) => ['ENOTFOUND', 'EAI_AGAIN'].includes(code))) {
		return new OllamaFailure(
			'nameNotResolved',
			`The server name in ${context.baseUrl} cannot be resolved.`,
			'Check the spelling of the Base URL. When n8n runs in Docker on Linux, host.docker.internal only exists if the container is started with --add-host=host.docker.internal:host-gateway.',
		);
	}
	if (
		codes.some((code) =>
			[
				'ECONNREFUSED',
				'ECONNRESET',
				'EHOSTUNREACH',
				'ENETUNREACH',
				'UND_ERR_CONNECT_TIMEOUT',
				'UND_ERR_SOCKET',
			].includes(code),
		)
	) {
		return new OllamaFailure(
			'unreachable',
			`Cannot reach Ollama at ${context.baseUrl}.`,
			'Start Ollama (ollama serve), or set the Base URL of the credential to the address n8n can reach. When n8n runs in Docker, localhost is the container itself: use http://host.docker.internal:11434.',
		);
	}
	if (codes.includes('SyntaxError')) {
		return new OllamaFailure(
			'proxyError',
			`The server at ${context.baseUrl} answered with something that is not Ollama's JSON.`,
			'Check that the Base URL points at Ollama (port 11434 by default) and not at another program or a web page.',
		);
	}
	if (/did not receive done/i.test(serverMessage(error))) {
		return new OllamaFailure(
			'streamIncomplete',
			'The answer from Ollama stopped before it was complete.',
			'The connection or the Ollama server broke off while the model was answering. Run the item again; if it keeps happening, check the Ollama log.',
		);
	}
	return new OllamaFailure(
		'streamError',
		`Ollama reported an error while answering: ${serverMessage(error)}`,
		'The model failed part-way through the answer. Check the Ollama log; the machine may be out of memory for this model and context size.',
	);
}
