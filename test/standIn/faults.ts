import { type Exchange, pause, sendError, sendText } from './http';
import type { Fault } from './types';

export const busyMessage = 'server busy, please try again.  maximum pending requests exceeded';
export const defaultServerErrorMessage = 'llama runner process has terminated: signal: killed';
export const nginxBadGatewayPage = [
	'<html>',
	'<head><title>502 Bad Gateway</title></head>',
	'<body>',
	'<center><h1>502 Bad Gateway</h1></center>',
	'<hr><center>nginx/1.24.0</center>',
	'</body>',
	'</html>',
	'',
].join('\r\n');
const defaultGarbage = '<html><body>Welcome to the captive portal</body></html>';

/** Ollama answers busy only where a request waits for a model. */
const inferencePaths = ['/api/chat', '/api/generate', '/api/embed', '/api/embeddings'];
const completionPaths = ['/api/chat', '/api/generate'];

type StreamFault = Extract<Fault, { kind: 'streamError' } | { kind: 'streamWithoutDone' }>;

function appliesTo(fault: Fault, path: string, defaultPaths?: string[]): boolean {
	if (fault.path !== undefined) return fault.path === path;
	return defaultPaths === undefined || defaultPaths.includes(path);
}

function countHit(exchange: Exchange): void {
	const { state } = exchange;
	if (state.fault?.count === undefined) return;
	const count = state.fault.count - 1;
	state.fault = count > 0 ? { ...state.fault, count } : undefined;
}

function isAuthorized(exchange: Exchange, token: string): boolean {
	return exchange.request.headers.authorization === `Bearer ${token}`;
}

/** Plays the fault that acts before routing; resolves true when the request is answered. */
export async function playRequestFault(exchange: Exchange): Promise<boolean> {
	const { fault } = exchange.state;
	const path = exchange.record.path;
	if (fault === undefined || fault.kind === 'streamError' || fault.kind === 'streamWithoutDone') {
		return false;
	}
	if (!appliesTo(fault, path, fault.kind === 'busy' ? inferencePaths : undefined)) return false;

	countHit(exchange);

	switch (fault.kind) {
		case 'requireBearer':
			if (isAuthorized(exchange, fault.token)) return false;
			exchange.response.setHeader('WWW-Authenticate', 'Bearer');
			sendError(exchange, 401, 'unauthorized');
			return true;

		case 'slowHeaders':
			return !(await pause(fault.delayMs, exchange.signal));

		case 'busy':
			sendError(exchange, 503, busyMessage);
			return true;

		case 'serverError':
			sendError(exchange, fault.status ?? 500, fault.message ?? defaultServerErrorMessage);
			return true;

		case 'proxyError':
			sendText(exchange, fault.status, fault.body, 'text/html');
			return true;

		case 'garbage':
			sendText(exchange, 200, fault.body ?? defaultGarbage, fault.contentType ?? 'text/html');
			return true;
	}
}

/** The fault that breaks a chat or generate answer, if one is set for this request. */
export function takeStreamFault(exchange: Exchange, isStream: boolean): StreamFault | undefined {
	const { fault } = exchange.state;
	if (fault?.kind !== 'streamError' && fault?.kind !== 'streamWithoutDone') return undefined;
	if (!appliesTo(fault, exchange.record.path, completionPaths)) return undefined;
	if (fault.kind === 'streamWithoutDone' && !isStream) return undefined;

	countHit(exchange);
	return fault;
}
