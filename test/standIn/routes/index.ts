import { type Exchange, sendError, sendText } from '../http';
import { handleChat } from './chat';
import { handleEmbed, handleLegacyEmbeddings } from './embed';
import { handleGenerate } from './generate';
import { handleBlobCheck, handleBlobUpload, handleCopy, handleDelete } from './manage';
import { handlePs, handleRoot, handleShow, handleTags, handleVersion } from './modelInfo';
import { handleCreate, handlePull } from './pull';

interface Route {
	method: 'GET' | 'HEAD' | 'POST' | 'DELETE';
	path: string | RegExp;
	handle: (exchange: Exchange) => void | Promise<void>;
	takesJson?: boolean;
}

const blobPath = /^\/api\/blobs\/[^/]+$/;

const routes: Route[] = [
	{ method: 'HEAD', path: '/', handle: handleRoot },
	{ method: 'GET', path: '/', handle: handleRoot },
	{ method: 'HEAD', path: '/api/version', handle: handleVersion },
	{ method: 'GET', path: '/api/version', handle: handleVersion },
	{ method: 'HEAD', path: '/api/tags', handle: handleTags },
	{ method: 'GET', path: '/api/tags', handle: handleTags },
	{ method: 'GET', path: '/api/ps', handle: handlePs },
	{ method: 'POST', path: '/api/show', handle: handleShow, takesJson: true },
	{ method: 'POST', path: '/api/chat', handle: handleChat, takesJson: true },
	{ method: 'POST', path: '/api/generate', handle: handleGenerate, takesJson: true },
	{ method: 'POST', path: '/api/embed', handle: handleEmbed, takesJson: true },
	{ method: 'POST', path: '/api/embeddings', handle: handleLegacyEmbeddings, takesJson: true },
	{ method: 'POST', path: '/api/pull', handle: handlePull, takesJson: true },
	{ method: 'POST', path: '/api/create', handle: handleCreate, takesJson: true },
	{ method: 'POST', path: '/api/copy', handle: handleCopy, takesJson: true },
	{ method: 'DELETE', path: '/api/delete', handle: handleDelete, takesJson: true },
	{ method: 'HEAD', path: blobPath, handle: handleBlobCheck },
	{ method: 'POST', path: blobPath, handle: handleBlobUpload },
];

function matchesPath(route: Route, path: string): boolean {
	return typeof route.path === 'string' ? route.path === path : route.path.test(path);
}

/** Approximates the decoder errors of Go, which Ollama passes on as they are. */
function jsonBodyProblem(exchange: Exchange): string | undefined {
	const text = exchange.record.rawBody.trim();
	if (text === '') return 'missing request body';
	if (exchange.body !== undefined) return undefined;

	const first = text[0];
	if ('{["-0123456789tfn'.includes(first)) return 'unexpected EOF';
	return `invalid character '${first}' looking for beginning of value`;
}

export async function routeRequest(exchange: Exchange): Promise<void> {
	const { method, path } = exchange.record;
	const samePath = routes.filter((route) => matchesPath(route, path));
	if (samePath.length === 0) {
		return sendText(exchange, 404, '404 page not found', 'text/plain');
	}

	const route = samePath.find((candidate) => candidate.method === method);
	if (!route) return sendText(exchange, 405, '405 method not allowed', 'text/plain');

	const problem = route.takesJson ? jsonBodyProblem(exchange) : undefined;
	if (problem) return sendError(exchange, 400, problem);

	await route.handle(exchange);
}
