import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

import type { StandInState } from './state';
import type { RecordedRequest } from './types';

export interface Exchange {
	request: IncomingMessage;
	response: ServerResponse;
	record: RecordedRequest;
	body: unknown;
	bodyBytes: Buffer;
	state: StandInState;
	/** Aborts when the client goes away before the answer is complete. */
	signal: AbortSignal;
}

export function readBody(request: IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => resolve(Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

export function parseJson(rawBody: string): unknown {
	try {
		return JSON.parse(rawBody);
	} catch {
		return undefined;
	}
}

export function writeHead(exchange: Exchange, status: number, contentType: string): void {
	exchange.record.status = status;
	exchange.response.writeHead(status, { 'Content-Type': contentType });
}

export function sendText(exchange: Exchange, status: number, text: string, contentType: string) {
	writeHead(exchange, status, contentType);
	exchange.response.end(exchange.request.method === 'HEAD' ? undefined : text);
}

export function sendJson(exchange: Exchange, status: number, value: unknown): void {
	sendText(exchange, status, JSON.stringify(value), 'application/json; charset=utf-8');
}

export function sendError(exchange: Exchange, status: number, message: string): void {
	sendJson(exchange, status, { error: message });
}

export function startNdjson(exchange: Exchange): void {
	writeHead(exchange, 200, 'application/x-ndjson');
}

export function writeLine(exchange: Exchange, value: unknown): void {
	exchange.response.write(`${JSON.stringify(value)}\n`);
}

/** Resolves false instead of waiting on when the client has gone away. */
export async function pause(milliseconds: number, signal: AbortSignal): Promise<boolean> {
	if (signal.aborted) return false;
	if (milliseconds <= 0) return true;
	try {
		await sleep(milliseconds, undefined, { signal });
		return true;
	} catch {
		return false;
	}
}
