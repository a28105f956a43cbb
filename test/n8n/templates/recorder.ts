import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
	method: string;
	path: string;
	headers: http.IncomingHttpHeaders;
	/** The parsed JSON body, or the raw text when it was not JSON. */
	body: unknown;
}

export interface Answer {
	status: number;
	json: unknown;
}

export interface Recorder {
	url: string;
	calls: RecordedCall[];
	stop(): Promise<void>;
}

function parseBody(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

/**
 * An HTTP endpoint on 127.0.0.1 that keeps every request it gets and answers with what the
 * test says: stands in for an ERP's API or for the WhatsApp Cloud API.
 */
export async function startRecorder(answer: (call: RecordedCall) => Answer): Promise<Recorder> {
	const calls: RecordedCall[] = [];
	const server = http.createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const call = {
				method: request.method ?? 'GET',
				path: request.url ?? '/',
				headers: request.headers,
				body: parseBody(Buffer.concat(chunks).toString('utf8')),
			};
			calls.push(call);

			const { status, json } = answer(call);
			response.writeHead(status, { 'content-type': 'application/json' });
			response.end(JSON.stringify(json));
		});
	});

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		calls,
		stop: async () => {
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
