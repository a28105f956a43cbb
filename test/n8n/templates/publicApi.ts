import type { Item, Session } from '../../harness';

const apiKeyScopes = [
	'workflow:read',
	'workflow:activate',
	'workflow:deactivate',
	'execution:read',
	'execution:list',
];

export interface Execution {
	id: string;
	workflowId: string;
	mode: string;
	status: string;
	finished: boolean;
	/** Items of each node's last run, one array per output; absent when the node did not run. */
	nodes: Record<string, Item[][]>;
	/** The error that stopped the execution, if any. */
	error?: { message: string; node?: string };
}

export interface PublicApi {
	activate(workflowId: string): Promise<void>;
	executions(workflowId: string): Promise<Execution[]>;
}

type JsonObject = Record<string, unknown>;

async function createApiKey(session: Session): Promise<string> {
	const response = await session.request('/rest/api-keys', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ label: 'template tests', scopes: apiKeyScopes, expiresAt: null }),
	});
	if (!response.ok) {
		throw new Error(`POST /rest/api-keys answered ${response.status}: ${await response.text()}`);
	}
	const { data } = (await response.json()) as { data: { rawApiKey: string } };
	return data.rawApiKey;
}

function toExecution(raw: JsonObject): Execution {
	const data = (raw.data ?? {}) as JsonObject;
	const resultData = (data.resultData ?? {}) as JsonObject;
	const runData = (resultData.runData ?? {}) as Record<string, JsonObject[]>;

	const nodes: Record<string, Item[][]> = {};
	for (const [name, runs] of Object.entries(runData)) {
		const main = ((runs.at(-1)?.data as JsonObject | undefined)?.main ?? []) as unknown[];
		nodes[name] = main.map((items) => (Array.isArray(items) ? (items as Item[]) : []));
	}
	const error = resultData.error as { message?: string; node?: { name?: string } } | undefined;
	return {
		id: String(raw.id),
		workflowId: String(raw.workflowId),
		mode: String(raw.mode),
		status: String(raw.status),
		finished: raw.finished === true,
		nodes,
		error: error ? { message: String(error.message), node: error.node?.name } : undefined,
	};
}

/**
 * n8n's public REST API with an API key made for the owner's session: the way an
 * administrator activates workflows and reads their executions without the editor.
 */
export async function openPublicApi(url: string, session: Session): Promise<PublicApi> {
	const apiKey = await createApiKey(session);
	const call = async (path: string, init: RequestInit = {}) => {
		const headers = new Headers(init.headers);
		headers.set('X-N8N-API-KEY', apiKey);
		const response = await fetch(`${url}/api/v1${path}`, { ...init, headers });
		if (!response.ok) {
			throw new Error(
				`${init.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`,
			);
		}
		return (await response.json()) as JsonObject;
	};

	return {
		activate: async (workflowId) => {
			await call(`/workflows/${workflowId}/activate`, { method: 'POST' });
		},
		executions: async (workflowId) => {
			const executions: Execution[] = [];
			let cursor: string | undefined;
			do {
				const query = new URLSearchParams({ workflowId, includeData: 'true', limit: '100' });
				if (cursor) query.set('cursor', cursor);
				const page = await call(`/executions?${query}`);
				executions.push(...(page.data as JsonObject[]).map(toExecution));
				cursor = typeof page.nextCursor === 'string' ? page.nextCursor : undefined;
			} while (cursor);
			return executions;
		},
	};
}

/** Creates a workflow over the editor's REST API, as pasting it into the editor does. */
export async function createWorkflow(session: Session, workflow: object): Promise<string> {
	const { id: _id, active: _active, ...body } = workflow as Record<string, unknown>;
	const response = await session.request('/rest/workflows', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok) {
		throw new Error(`POST /rest/workflows answered ${response.status}: ${await response.text()}`);
	}
	const { data } = (await response.json()) as { data: { id: string } };
	return data.id;
}

const POLL_INTERVAL_MS = 500;

/** Waits until at least `count` executions of the workflow have ended, and returns them all. */
export async function waitForExecutions(
	api: PublicApi,
	workflowId: string,
	count: number,
	timeoutMs = 90_000,
): Promise<Execution[]> {
	const deadline = Date.now() + timeoutMs;
	let executions: Execution[] = [];
	while (Date.now() < deadline) {
		executions = await api.executions(workflowId);
		const ended = executions.filter(
			(execution) => !['new', 'running', 'waiting'].includes(execution.status),
		);
		if (ended.length >= count && ended.length === executions.length) return executions;
		await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
	}
	const seen = executions.map((execution) => `${execution.id}: ${execution.status}`).join(', ');
	throw new Error(
		`Expected ${count} ended executions of ${workflowId} within ${timeoutMs / 1000} s; saw ${seen || 'none'}.`,
	);
}
