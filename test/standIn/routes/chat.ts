import { runCompletion } from '../completion/run';
import type { Exchange } from '../http';
import type { ChatRequestBody } from '../types';

export async function handleChat(exchange: Exchange): Promise<void> {
	const body = (exchange.body ?? {}) as ChatRequestBody;
	const messages = Array.isArray(body.messages) ? body.messages : [];

	await runCompletion(
		exchange,
		{ endpoint: 'chat', chatBody: body, hasInput: messages.length > 0 },
		messages,
	);
}
