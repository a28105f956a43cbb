import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import { n8nEnvironment } from './environment';
import { parseExecution } from './parseExecution';
import { freePorts } from './ports';
import { runN8nCommand, runN8nCommandWithRetry, type CommandResult } from './processes';
import type { CredentialToImport, WorkflowRun } from './types';
import { prepareN8nUserFolder, removeN8nUserFolder } from './userFolder';

const IMPORT_TIMEOUT_MS = 120_000;
const DEFAULT_EXECUTE_TIMEOUT_MS = 300_000;

export interface RunWorkflowOptions {
	/** Extra environment for n8n, e.g. a stand-in server's address. Loopback settings always win. */
	env?: Record<string, string>;
	credentials?: CredentialToImport[];
	/** Run in this user folder instead of a fresh one (which is removed afterwards). */
	userFolder?: string;
	/** How long the execution may take; 5 minutes unless told. */
	timeoutMs?: number;
}

function randomId(length: number): string {
	return randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);
}

/** n8n needs an id of at most 21 characters, a name and connections on every imported workflow. */
function completeWorkflow(workflow: object): Record<string, unknown> & { id: string } {
	const given = workflow as Record<string, unknown>;

	return {
		name: 'Test workflow',
		connections: {},
		settings: {},
		...given,
		id: typeof given.id === 'string' ? given.id : `test${randomId(12)}`,
		active: false,
	};
}

async function importInto(
	kind: 'credentials' | 'workflow',
	file: string,
	env: NodeJS.ProcessEnv,
): Promise<void> {
	const imported = (result: CommandResult) => /Successfully imported/.test(result.output);
	const args = [`import:${kind}`, `--input=${file}`];

	const result = await runN8nCommandWithRetry(args, env, IMPORT_TIMEOUT_MS, imported);
	if (!imported(result)) {
		throw new Error(`n8n import:${kind} failed for ${file}:\n${result.output}`);
	}
}

async function execute(id: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
	const args = ['execute', `--id=${id}`, '--rawOutput'];
	const first = await runN8nCommand(args, env, timeoutMs);

	// A crash at exit usually comes after the result was printed; if it came before, once more.
	const run = parseExecution(first.stdout);
	if (run) return run;

	const second = await runN8nCommand(args, env, timeoutMs);
	const retried = parseExecution(second.stdout);
	if (retried) return retried;

	throw new Error(
		`n8n execute printed no execution result (exit ${second.code ?? second.signal}, ` +
			`first try exit ${first.code ?? first.signal}); it prints none below ` +
			`N8N_LOG_LEVEL=info. Its output:\n${second.output}`,
	);
}

/**
 * Imports the credentials and the workflow into an n8n user folder, runs the workflow with
 * `n8n execute` and returns what every node emitted. A failing node does not throw: look at
 * status and error. It throws when n8n could not import or execute at all.
 */
export async function runWorkflow(
	workflow: object,
	options: RunWorkflowOptions = {},
): Promise<WorkflowRun> {
	const userFolder = options.userFolder ?? (await prepareN8nUserFolder());
	const [port, brokerPort] = await freePorts(2);
	const env = n8nEnvironment({ userFolder, port, brokerPort, extra: options.env });

	try {
		if (options.credentials?.length) {
			const credentials = options.credentials.map((credential) => ({
				...credential,
				id: credential.id ?? randomId(16),
			}));
			const credentialsFile = path.join(userFolder, `credentials-${randomId(8)}.json`);
			await writeFile(credentialsFile, JSON.stringify(credentials));
			await importInto('credentials', credentialsFile, env);
		}

		const complete = completeWorkflow(workflow);
		const workflowFile = path.join(userFolder, `workflow-${complete.id}.json`);
		await writeFile(workflowFile, JSON.stringify(complete));
		await importInto('workflow', workflowFile, env);

		return await execute(complete.id, env, options.timeoutMs ?? DEFAULT_EXECUTE_TIMEOUT_MS);
	} finally {
		if (!options.userFolder) await removeN8nUserFolder(userFolder);
	}
}
