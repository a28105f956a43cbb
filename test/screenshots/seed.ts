import type { Session } from '../harness';
import { classifyWorkflow } from './workflow';

export interface SeededEditor {
	workflowId: string;
	ollamaCredentialId: string;
}

async function post(session: Session, path: string, body: object): Promise<{ id: string }> {
	const response = await session.request(path, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok) {
		throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
	}

	const { data } = (await response.json()) as { data: { id: string } };
	return data;
}

/**
 * Our credential pointing at the Ollama stand-in, a mailbox credential that is never used
 * (nothing is activated, so n8n opens no IMAP connection) and the workflow, all over REST.
 */
export async function seedEditor(session: Session, ollamaUrl: string): Promise<SeededEditor> {
	const ollama = await post(session, '/rest/credentials', {
		name: 'Local Ollama',
		type: 'localSlmApi',
		data: { baseUrl: ollamaUrl, apiKey: '', timeoutMinutes: 10, allowRemoteServer: false },
	});
	const imap = await post(session, '/rest/credentials', {
		name: 'Company Mailbox',
		type: 'imap',
		data: { user: 'inbox', password: 'unused', host: '127.0.0.1', port: 993, secure: true },
	});

	const workflow = await post(
		session,
		'/rest/workflows',
		classifyWorkflow({ imap: imap.id, ollama: ollama.id }),
	);
	return { workflowId: workflow.id, ollamaCredentialId: ollama.id };
}
