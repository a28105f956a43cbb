const notJsonLine = `${JSON.stringify({ error: 'Ollama sent a line that is not JSON.' })}\n`;

function isJson(line: string): boolean {
	try {
		JSON.parse(line);
		return true;
	} catch {
		return false;
	}
}

/**
 * The `ollama` client prints every streamed line it cannot parse with console.warn, and such a
 * line holds the model's answer, customer text included. Each such line becomes an error line
 * instead, which the client turns into an exception and nothing is printed.
 */
export function guardNdjson(body: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
	const decoder = new TextDecoder();
	const encoder = new TextEncoder();
	let buffer = '';

	const emit = (line: string, controller: TransformStreamDefaultController<Uint8Array>) => {
		if (!line.trim()) return;
		controller.enqueue(encoder.encode(isJson(line) ? `${line}\n` : notJsonLine));
	};

	return body.pipeThrough(
		new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				buffer += decoder.decode(chunk, { stream: true });
				const lines = buffer.split('\n');
				buffer = lines.pop() ?? '';
				for (const line of lines) emit(line, controller);
			},
			flush(controller) {
				emit(buffer + decoder.decode(), controller);
			},
		}),
	);
}
