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

/**
 * `localhost` often resolves to ::1 first, while Ollama listens on 127.0.0.1 only (its default).
 * Trying each address on its own tells that case apart from a server that is not running.
 */
async function explainLocalhostRefusal(settings: ConnectionSettings, url: URL) {
	if (url.hostname !== 'localhost') return undefined;

	const addresses = await lookup('localhost', { all: true }).catch(() => []);
	const reachable: string[] = [];
	for (const { address, family } of addresses) {
		const host = family === 6 ? `[${address}]` : address;
		const candidate = new URL(url.href);
		candidate.hostname = host;
		if (await answersAt(settings, candidate.href)) reachable.push(candidate.origin);
	}
	if (reachable.length === 0) return undefined;

	return `Connection refused at ${url.origin}, but Ollama answers at ${reachable[0]}: "localhost" resolves to an address Ollama does not listen on (IPv6 ::1 versus IPv4 127.0.0.1). Set the Base URL to ${reachable[0]}.`;
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
			const localhostCause = await explainLocalhostRefusal(quick, new URL(settings.baseUrl));
			if (localhostCause) return { ok: false, message: localhostCause };
		}
		return { ok: false, message: describeFailure(failure) };
	}
}
