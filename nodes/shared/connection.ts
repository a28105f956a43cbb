import type {
	ICredentialDataDecryptedObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import { OllamaConnection, type ConnectionSettings } from '../engine/ollama/connection';

export const credentialTypeName = 'localSlmApi';

export function settingsFromCredential(
	credential: ICredentialDataDecryptedObject,
	cancelSignal?: AbortSignal,
): ConnectionSettings {
	const minutes = Number(credential.timeoutMinutes ?? 10);

	return {
		baseUrl: String(credential.baseUrl ?? 'http://localhost:11434'),
		apiKey: credential.apiKey ? String(credential.apiKey) : undefined,
		timeoutMilliseconds: (Number.isFinite(minutes) && minutes > 0 ? minutes : 10) * 60_000,
		allowRemoteServer: credential.allowRemoteServer === true,
		cancelSignal,
	};
}

/** Opens the connection every node uses; cancelling the execution aborts its requests. */
export async function openConnection(
	context: IExecuteFunctions | ILoadOptionsFunctions,
): Promise<OllamaConnection> {
	const credential = await context.getCredentials(credentialTypeName);
	const cancelSignal =
		'getExecutionCancelSignal' in context ? context.getExecutionCancelSignal() : undefined;

	return await OllamaConnection.open(settingsFromCredential(credential, cancelSignal));
}

/**
 * Opens the connection on first use only, once per execution: e-invoices and keyword searches
 * need no server, and a failure to connect then fails just the items that needed it.
 */
export function lazyConnection(context: IExecuteFunctions): () => Promise<OllamaConnection> {
	let opened: Promise<OllamaConnection> | undefined;
	return async () => await (opened ??= openConnection(context));
}
