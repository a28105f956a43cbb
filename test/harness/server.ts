import { randomUUID } from 'node:crypto';

import { n8nEnvironment } from './environment';
import { freePorts } from './ports';
import { startN8nProcess, type N8nProcess } from './processes';
import { prepareN8nUserFolder, removeN8nUserFolder } from './userFolder';

const DEFAULT_READY_TIMEOUT_MS = 120_000;
const POLL_INTERVAL_MS = 250;

export interface OwnerAccount {
	email: string;
	firstName: string;
	lastName: string;
	password: string;
}

export const defaultOwner: OwnerAccount = {
	email: 'owner@local-slm.test',
	firstName: 'Test',
	lastName: 'Owner',
	password: 'Local-slm-harness-1',
};

export interface Session {
	/** The n8n-auth cookie, as a Cookie header value. */
	cookie: string;
	/** fetch() against the server with this session's cookie; path starts with a slash. */
	request(path: string, init?: RequestInit): Promise<Response>;
}

export interface N8nServer {
	url: string;
	/** Process id of n8n; its task runner is a child of it (see childPids). */
	pid: number;
	userFolder: string;
	/** Everything n8n printed so far. */
	output(): string;
	/** Creates the instance owner (POST /rest/owner/setup) and returns the owner's session. */
	setupOwner(owner?: OwnerAccount): Promise<Session>;
	login(account?: Pick<OwnerAccount, 'email' | 'password'>): Promise<Session>;
	/** A session as the owner: the last one made, or a new owner on a fresh folder. */
	ownerSession(): Promise<Session>;
	/** Names of the loaded node types, e.g. n8n-nodes-local-slm.localSlmClassify. */
	listNodeTypes(): Promise<string[]>;
	/** Names of the loaded credential types, e.g. localSlmApi. */
	listCredentialTypes(): Promise<string[]>;
	stop(): Promise<void>;
}

export interface StartN8nServerOptions {
	/** Serve this user folder instead of a fresh one (which is removed at stop). */
	userFolder?: string;
	/** Extra environment for n8n. Loopback settings always win. */
	env?: Record<string, string>;
	readyTimeoutMs?: number;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilReady(url: string, n8n: N8nProcess, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;

	while (Date.now() < deadline) {
		if (n8n.hasExited()) {
			throw new Error(`n8n stopped before it was ready. Its output:\n${n8n.output()}`);
		}

		// The plain /healthz answers before the migrations are done; readiness waits for them.
		const ready = await fetch(`${url}/healthz/readiness`).then(
			(response) => response.ok,
			() => false,
		);
		if (ready) return;

		await delay(POLL_INTERVAL_MS);
	}
	throw new Error(`n8n was not ready within ${timeoutMs / 1000} s. Its output:\n${n8n.output()}`);
}

function makeSession(url: string, browserId: string, cookie: string): Session {
	return {
		cookie,
		request: (path, init = {}) => {
			const headers = new Headers(init.headers);
			headers.set('cookie', cookie);
			headers.set('browser-id', browserId);
			return fetch(`${url}${path}`, { ...init, headers });
		},
	};
}

/**
 * n8n ties its auth cookie to the browser-id header of the request that made it and checks it
 * on every later request, so a session keeps one browser id.
 */
async function signIn(url: string, path: string, body: object): Promise<Session> {
	const browserId = randomUUID();
	const response = await fetch(`${url}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': browserId },
		body: JSON.stringify(body),
	});
	if (!response.ok) {
		throw new Error(`POST ${path} answered ${response.status}: ${await response.text()}`);
	}

	const cookie = response.headers
		.getSetCookie()
		.map((header) => header.split(';')[0])
		.find((pair) => pair.startsWith('n8n-auth='));
	if (!cookie) throw new Error(`POST ${path} set no n8n-auth cookie.`);

	return makeSession(url, browserId, cookie);
}

async function typeNames(session: Session, path: string): Promise<string[]> {
	const response = await session.request(path);
	if (!response.ok) throw new Error(`GET ${path} answered ${response.status}.`);

	const types = (await response.json()) as Array<{ name: string }>;
	return [...new Set(types.map((type) => type.name))].sort();
}

/** Starts `n8n start` on 127.0.0.1 on a free port and waits until it is ready. */
export async function startN8nServer(options: StartN8nServerOptions = {}): Promise<N8nServer> {
	const userFolder = options.userFolder ?? (await prepareN8nUserFolder());
	const [port, brokerPort] = await freePorts(2);
	const url = `http://127.0.0.1:${port}`;
	const env = n8nEnvironment({ userFolder, port, brokerPort, extra: options.env });

	const n8n = startN8nProcess(['start'], env);
	let session: Session | undefined;

	const stop = async () => {
		await n8n.stop();
		if (!options.userFolder) await removeN8nUserFolder(userFolder);
	};

	try {
		await waitUntilReady(url, n8n, options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS);
	} catch (error) {
		await stop();
		throw error;
	}

	const setupOwner = async (owner = defaultOwner) => {
		session = await signIn(url, '/rest/owner/setup', owner);
		return session;
	};
	const login = async (account: Pick<OwnerAccount, 'email' | 'password'> = defaultOwner) => {
		session = await signIn(url, '/rest/login', {
			emailOrLdapLoginId: account.email,
			password: account.password,
		});
		return session;
	};
	const ownerSession = async () => {
		if (session) return session;
		return await setupOwner().catch(() => login());
	};

	return {
		url,
		pid: n8n.pid,
		userFolder,
		output: () => n8n.output(),
		setupOwner,
		login,
		ownerSession,
		listNodeTypes: async () => typeNames(await ownerSession(), '/types/nodes.json'),
		listCredentialTypes: async () => typeNames(await ownerSession(), '/types/credentials.json'),
		stop,
	};
}
