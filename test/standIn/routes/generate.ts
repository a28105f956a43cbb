import { runCompletion } from '../completion/run';
import { type Exchange, sendError } from '../http';
import type { ChatMessage, ChatRequestBody } from '../types';

interface GenerateRequestBody extends Omit<ChatRequestBody, 'messages' | 'tools'> {
	prompt?: string;
	system?: string;
	images?: string[];
	raw?: boolean;
}

function asMessages(body: GenerateRequestBody): ChatMessage[] {
	const system: ChatMessage[] = body.system ? [{ role: 'system', content: body.system }] : [];
	return [...system, { role: 'user', content: body.prompt ?? '', images: body.images }];
}

export async function handleGenerate(exchange: Exchange): Promise<void> {
	const body = (exchange.body ?? {}) as GenerateRequestBody;

	if (body.raw && body.system) {
		return sendError(exchange, 400, 'raw mode does not support template, system, or context');
	}

	const { prompt, system, images, raw, ...shared } = body;
	const messages = asMessages(body);
	const chatBody: ChatRequestBody = { ...shared, messages };

	await runCompletion(
		exchange,
		{ endpoint: 'generate', chatBody, hasInput: (prompt ?? '') !== '' },
		messages,
	);
}
