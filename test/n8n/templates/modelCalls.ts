import { findClaims } from '../../../nodes/engine/grounding/claims';
import type { ChatRequestBody, StandInModel } from '../../standIn';

export type CallKind = 'classify' | 'answer' | 'draft' | 'invoice' | 'unknown';

/** The models the templates name that the stand-in does not serve by default. */
export const templateModels: StandInModel[] = [
	{ name: 'qwen2.5:7b', capabilities: ['completion', 'tools'], contextLength: 32768 },
];

/** Which of our nodes asks, told by the fields of the answer it wants. */
export function callKind(request: ChatRequestBody): CallKind {
	const format = request.format;
	const fields = Object.keys(
		(typeof format === 'object' ? (format.properties as object | undefined) : undefined) ?? {},
	);
	if (fields.includes('category') || fields.includes('categories')) return 'classify';
	if (fields.includes('found')) return 'answer';
	if (fields.includes('reply')) return 'draft';
	if (fields.includes('invoiceNumber')) return 'invoice';
	return 'unknown';
}

export function userContent(request: ChatRequestBody): string {
	return request.messages?.filter((message) => message.role === 'user').at(-1)?.content ?? '';
}

/** The text our prompts put between <tag> and </tag>, or '' when there is none. */
export function tagged(content: string, tag: string): string {
	return new RegExp(`<${tag}>\\n([\\s\\S]*?)\\n</${tag}>`).exec(content)?.[1] ?? '';
}

/** The first price, figure or code in a text, as the grounding check finds it. */
export function firstFigure(text: string): string {
	return findClaims(text)[0]?.text ?? '';
}

/** The Ollama credential the templates name, pointing at the stand-in. */
export function ollamaCredential(baseUrl: string) {
	return {
		id: 'localOllamaCred1',
		name: 'Local Ollama',
		type: 'localSlmApi',
		data: { baseUrl, apiKey: '', timeoutMinutes: 2, allowRemoteServer: false },
	};
}

export function smtpCredential(sink: { host: string; port: number }) {
	return {
		id: 'smtpSinkCred1',
		name: 'Test SMTP',
		type: 'smtp',
		data: {
			user: '',
			password: '',
			host: sink.host,
			port: sink.port,
			secure: false,
			disableStartTls: true,
			hostName: 'n8n.test',
		},
	};
}

export const smtpReference = { id: 'smtpSinkCred1', name: 'Test SMTP' };
