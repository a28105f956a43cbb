import { lookup } from 'node:dns/promises';

import { OllamaConnection, type ConnectionSettings } from './connection';
import { OllamaFailure } from './errors';

export interface Diagnosis {
	ok: boolean;
	message: string;
}

const diagnosisTimeoutMilliseconds = 15_000;

async function answersAt(settings: ConnectionSettings, baseUrl: string): Promise<boolean> {
	try {
		const connection = await OllamaConnection.open({ ...settings, baseUrl });
		await connection.version();
		return true;
	} catch {
		return false;
	}
}

async function loopbackAlternatives(hostname: string): Promise<string[]> {
	const bare = hostname.replace(/^\[|\]$/g, '');
	if (bare === '::1') return ['127.0.0.1'];
	if (bare.startsWith('127.')) return ['[::1]'];
	if (bare !== 'localhost') return [];

	const addresses = await lookup('localhost', { all: true }).catch(() => []);
	const hosts = addresses.map(({ address, family }) => (family === 6 ? `[${address}]` : address));
	return [...new Set([...hosts, '127.0.0.1', '[::1]'])];
}

/**
 * `localhost` often resolves to ::1 first (in Docker images especially), while Ollama listens
 * on 127.0.0.1 only, its default. Trying the other loopback addresses tells that case apart
 * from a server that is not running.
 */
async function explainLoopbackRefusal(settings: ConnectionSettings, url: URL) {
	for (const host of await loopbackAlternatives(url.hostname)) {
		const candidate = new URL(url.href);
		candidate.hostname = host;
		if (candidate.host === url.host || !(await answersAt(settings, candidate.origin))) continue;

		return `Connection refused at ${url.origin}, but Ollama answers at ${candidate.origin}: the name or address in the Base URL points at IPv6 (::1) while Ollama listens on IPv4 (127.0.0.1), or the other way round. Set the Base URL to ${candidate.origin}, or start Ollama with OLLAMA_HOST set to listen on both.`;
	}
	return undefined;
}

function describeFailure(failure: OllamaFailure): string {
	return `${failure.message} ${failure.description}`;
}

/** What the credential test shows: the Ollama version, or the cause and what to change. */
export async function diagnoseServer(settings: ConnectionSettings): Promise<Diagnosis> {
	const quick = { ...settings, timeoutMilliseconds: diagnosisTimeoutMilliseconds };
	try {
		const connection = await OllamaConnection.open(quick);
		const version = await connection.version();
		if (!version) {
			return {
				ok: false,
				message: `The server at ${connection.baseUrl} answered, but not like Ollama. Check that the Base URL points at Ollama (port 11434 by default).`,
			};
		}
		return { ok: true, message: `Connected to Ollama ${version} at ${connection.baseUrl}.` };
	} catch (error) {
		const failure =
			error instanceof OllamaFailure
				? error
				: new OllamaFailure('serverError', String(error), 'Check the Base URL.');
		if (failure.kind === 'unreachable') {
			const loopbackCause = await explainLoopbackRefusal(quick, new URL(settings.baseUrl));
			if (loopbackCause) return { ok: false, message: loopbackCause };
		}
		return { ok: false, message: describeFailure(failure) };
	}
}
