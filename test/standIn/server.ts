import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { playRequestFault } from './faults';
import { type Exchange, parseJson, readBody, sendError } from './http';
import { routeRequest } from './routes';
import { StandInState } from './state';
import type { ChatRequestBody, OllamaStandIn, RecordedRequest, StandInOptions } from './types';

function listen(server: Server, port: number, host: string): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve((server.address() as AddressInfo).port);
		});
	});
}

function stopListening(server: Server): Promise<void> {
	if (!server.listening) return Promise.resolve();
	return new Promise((resolve) => {
		server.close(() => resolve());
		server.closeAllConnections();
	});
}

function answerUnexpectedError(exchange: Exchange, error: unknown): void {
	if (exchange.response.headersSent) {
		exchange.response.destroy();
		return;
	}
	sendError(exchange, 500, error instanceof Error ? error.message : String(error));
}

async function handleRequest(
	state: StandInState,
	request: IncomingMessage,
	response: ServerResponse,
): Promise<void> {
	const clientGone = new AbortController();
	const url = new URL(request.url ?? '/', 'http://stand-in');
	const record: RecordedRequest = {
		method: request.method ?? 'GET',
		path: url.pathname,
		headers: { ...request.headers },
		body: undefined,
		rawBody: '',
		time: new Date(),
		aborted: false,
	};
	state.requests.push(record);

	response.on('close', () => {
		if (response.writableFinished) return;
		record.aborted = true;
		record.status = 499;
		clientGone.abort();
	});

	const bodyBytes = await readBody(request).catch(() => Buffer.alloc(0));
	record.rawBody = bodyBytes.toString('utf8');
	record.body = parseJson(record.rawBody);
	const exchange: Exchange = {
		request,
		response,
		record,
		body: record.body,
		bodyBytes,
		state,
		signal: clientGone.signal,
	};

	try {
		if (await playRequestFault(exchange)) return;
		if (clientGone.signal.aborted) return;
		await routeRequest(exchange);
	} catch (error) {
		answerUnexpectedError(exchange, error);
	}
}

export async function startOllamaStandIn(options: StandInOptions = {}): Promise<OllamaStandIn> {
	const state = new StandInState(options);
	const host = options.host ?? '127.0.0.1';
	const server = createServer((request, response) => {
		void handleRequest(state, request, response);
	});
	const port = await listen(server, options.port ?? 0, host);

	return {
		url: `http://${host}:${port}`,
		port,
		requests: state.requests,
		modelLoads: state.modelLoads,
		chatRequests: () =>
			state.requests
				.filter((recorded) => recorded.method === 'POST' && recorded.path === '/api/chat')
				.map((recorded) => recorded.body as ChatRequestBody),
		setChatResponder: (responder) => state.setChatResponder(responder),
		queueChatReplies: (...replies) => state.queueChatReplies(replies),
		setFault: (fault) => {
			state.fault = fault === undefined ? undefined : { ...fault };
		},
		addModel: (model) => state.addModel(model),
		removeModel: (name) => state.removeModel(name),
		reset: () => state.reset(),
		close: () => stopListening(server),
		reopen: async () => {
			await listen(server, port, host);
		},
	};
}
