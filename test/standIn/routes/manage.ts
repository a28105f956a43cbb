import { createHash } from 'node:crypto';

import { type Exchange, sendError, sendText } from '../http';
import { withTag } from '../modelNames';

function sendEmpty(exchange: Exchange, status: number): void {
	sendText(exchange, status, '', 'text/plain; charset=utf-8');
}

export function handleDelete(exchange: Exchange): void {
	const body = (exchange.body ?? {}) as { model?: string; name?: string };
	const name = body.model || body.name || '';
	if (!name) return sendError(exchange, 400, `name "${name}" is invalid`);
	if (!exchange.state.findModel(name)) return sendError(exchange, 404, `model '${name}' not found`);

	exchange.state.removeModel(name);
	sendEmpty(exchange, 200);
}

export function handleCopy(exchange: Exchange): void {
	const body = (exchange.body ?? {}) as { source?: string; destination?: string };
	const source = body.source ?? '';
	const destination = body.destination ?? '';
	if (!source) return sendError(exchange, 400, `source "${source}" is invalid`);
	if (!destination) return sendError(exchange, 400, `destination "${destination}" is invalid`);

	const model = exchange.state.findModel(source);
	if (!model) return sendError(exchange, 404, `model "${source}" not found`);

	exchange.state.addModel({ ...model, name: withTag(destination) });
	sendEmpty(exchange, 200);
}

function blobDigest(exchange: Exchange): string {
	return decodeURIComponent(exchange.record.path.slice('/api/blobs/'.length));
}

export function handleBlobCheck(exchange: Exchange): void {
	const digest = blobDigest(exchange);
	if (exchange.state.blobs.has(digest)) return sendEmpty(exchange, 200);
	sendError(exchange, 404, `blob "${digest}" not found`);
}

export function handleBlobUpload(exchange: Exchange): void {
	const digest = blobDigest(exchange);
	const actual = `sha256:${createHash('sha256').update(exchange.bodyBytes).digest('hex')}`;
	if (actual !== digest) {
		return sendError(exchange, 400, `digest mismatch, expected "${digest}", got "${actual}"`);
	}

	exchange.state.blobs.add(digest);
	sendEmpty(exchange, 201);
}
