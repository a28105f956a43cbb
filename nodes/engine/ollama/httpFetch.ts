import { Agent, fetch as undiciFetch } from 'undici';

import { OllamaFailure } from './errors';
import { guardNdjson } from './ndjsonGuard';

export interface FetchSettings {
	timeoutMilliseconds: number;
	cancelSignal?: AbortSignal;
}

const agentsByTimeout = new Map<number, Agent>();

/**
 * Node's own fetch gives up after 300 s without response headers, which a small model on a
 * CPU can exceed on a long prompt, so each timeout gets an agent that waits as long as asked.
 */
function agentFor(timeoutMilliseconds: number): Agent {
	let agent = agentsByTimeout.get(timeoutMilliseconds);
	if (!agent) {
		agent = new Agent({
			headersTimeout: timeoutMilliseconds,
			bodyTimeout: timeoutMilliseconds,
			connect: { timeout: Math.min(timeoutMilliseconds, 30_000) },
		});
		agentsByTimeout.set(timeoutMilliseconds, agent);
	}
	return agent;
}

function combinedSignal(settings: FetchSettings, requestSignal?: AbortSignal | null) {
	const signals = [AbortSignal.timeout(settings.timeoutMilliseconds)];
	if (settings.cancelSignal) signals.push(settings.cancelSignal);
	if (requestSignal) signals.push(requestSignal);
	return AbortSignal.any(signals);
}

async function throwIfNotOllamaError(response: Response) {
	if (response.ok) {
		const isStream = response.headers.get('content-type')?.includes('ndjson');
		if (!isStream || !response.body) return response;
		return new Response(guardNdjson(response.body), {
			status: response.status,
			statusText: response.statusText,
			headers: response.headers,
		});
	}
	if (response.headers.get('content-type')?.includes('application/json')) return response;

	const body = (await response.text()).replace(/\s+/g, ' ').trim().slice(0, 160);
	throw new OllamaFailure(
		response.status === 401 || response.status === 403 ? 'unauthorized' : 'proxyError',
		`The server at this Base URL answered HTTP ${response.status}, and the answer is not from Ollama${body ? `: ${body}` : '.'}`,
		response.status === 401 || response.status === 403
			? 'A proxy in front of Ollama refused the request. Set the API key the proxy expects in the credential.'
			: 'Something between n8n and Ollama (a reverse proxy or another program on that port) answered instead of Ollama. Check that the Base URL points at Ollama, and that the proxy forwards /api/ paths to it.',
		{ httpStatus: response.status },
	);
}

/** A fetch for the `ollama` client that applies the credential's timeout and n8n's cancel. */
export function createFetch(settings: FetchSettings): typeof fetch {
	const dispatcher = agentFor(settings.timeoutMilliseconds);

	const fetchForOllama = async (input: string | URL | Request, init: RequestInit = {}) => {
		const response = await undiciFetch(input as string, {
			...(init as object),
			dispatcher,
			signal: combinedSignal(settings, init.signal),
		});
		return await throwIfNotOllamaError(response as unknown as Response);
	};

	return fetchForOllama as typeof fetch;
}
