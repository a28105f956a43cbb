import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { diagnoseServer } from '../engine/ollama/diagnose';
import { settingsFromCredential } from './connection';

export async function localSlmConnectionTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const diagnosis = await diagnoseServer(settingsFromCredential(credential.data ?? {}));
	return { status: diagnosis.ok ? 'OK' : 'Error', message: diagnosis.message };
}
