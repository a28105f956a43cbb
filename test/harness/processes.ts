import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { scripts } from './paths';
import { whenTestFileEnds } from './testLifecycle';

export interface ProcessExit {
	code: number | null;
	signal: NodeJS.Signals | null;
}

export interface N8nProcess {
	readonly pid: number;
	readonly exited: Promise<ProcessExit>;
	hasExited(): boolean;
	/** Everything the process printed so far, stdout and stderr interleaved. */
	output(): string;
	stdout(): string;
	stop(): Promise<ProcessExit>;
}

const GRACEFUL_STOP_MS = 20_000;

const running = new Set<N8nProcess>();

whenTestFileEnds('stop processes', async () => {
	await Promise.all([...running].map((n8n) => n8n.stop()));
});

/** Environment inherited by n8n, less anything from the caller's shell that would steer n8n. */
export function inheritedEnvironment(): NodeJS.ProcessEnv {
	const inherited: NodeJS.ProcessEnv = {};

	for (const [name, value] of Object.entries(process.env)) {
		if (/^(N8N_|DB_|NODE_ENV$|NODE_OPTIONS$)/.test(name)) continue;
		inherited[name] = value;
	}
	return inherited;
}

/** Process ids of the direct children of a process, e.g. n8n's task runner; Linux only. */
export function childPids(pid: number): number[] {
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8');
		return children.split(' ').filter(Boolean).map(Number);
	} catch {
		return [];
	}
}

function signal(child: ChildProcess, name: NodeJS.Signals): void {
	try {
		child.kill(name);
	} catch {
		// Already gone.
	}
}

/**
 * Starts `scripts/n8n.sh <args>`. It stays in the test's process group so that Ctrl-C reaches
 * n8n too; n8n's task runner ends by itself within seconds when n8n is gone.
 */
export function startN8nProcess(args: string[], env: NodeJS.ProcessEnv): N8nProcess {
	const child = spawn('bash', [scripts.n8n, ...args], {
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	if (child.pid === undefined) {
		throw new Error(`Could not start bash ${scripts.n8n} ${args.join(' ')}.`);
	}

	const combined: string[] = [];
	const stdoutChunks: string[] = [];
	child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
		combined.push(chunk);
		stdoutChunks.push(chunk);
	});
	child.stderr?.setEncoding('utf8').on('data', (chunk: string) => combined.push(chunk));

	let exit: ProcessExit | undefined;
	const exited = new Promise<ProcessExit>((resolve) => {
		child.once('close', (code, signalName) => {
			exit = { code, signal: signalName };
			running.delete(n8n);
			resolve(exit);
		});
	});

	const stop = async (): Promise<ProcessExit> => {
		if (exit) return exit;

		signal(child, 'SIGTERM');
		const timer = setTimeout(() => signal(child, 'SIGKILL'), GRACEFUL_STOP_MS);
		try {
			return await exited;
		} finally {
			clearTimeout(timer);
		}
	};

	const n8n: N8nProcess = {
		pid: child.pid,
		exited,
		hasExited: () => exit !== undefined,
		output: () => combined.join(''),
		stdout: () => stdoutChunks.join(''),
		stop,
	};
	running.add(n8n);
	return n8n;
}

export interface CommandResult extends ProcessExit {
	output: string;
	stdout: string;
}

/** Runs one n8n CLI command to its end; stops it and fails when it runs past timeoutMs. */
export async function runN8nCommand(
	args: string[],
	env: NodeJS.ProcessEnv,
	timeoutMs: number,
): Promise<CommandResult> {
	const command = startN8nProcess(args, env);

	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<'timeout'>((resolve) => {
		timer = setTimeout(() => resolve('timeout'), timeoutMs);
	});

	try {
		const outcome = await Promise.race([command.exited, timedOut]);
		if (outcome === 'timeout') {
			await command.stop();
			throw new Error(
				`n8n ${args[0]} did not finish within ${timeoutMs / 1000} s. Its output:\n${command.output()}`,
			);
		}
		return { ...outcome, output: command.output(), stdout: command.stdout() };
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Like runN8nCommand, but runs the command a second time when the first run did not succeed
 * and was ended by a signal: n8n 2.x sometimes crashes (SIGSEGV) in its expression engine
 * while exiting, after its work is done or before it printed it.
 */
export async function runN8nCommandWithRetry(
	args: string[],
	env: NodeJS.ProcessEnv,
	timeoutMs: number,
	succeeded: (result: CommandResult) => boolean,
): Promise<CommandResult> {
	const first = await runN8nCommand(args, env, timeoutMs);
	if (succeeded(first) || first.signal === null) return first;

	return await runN8nCommand(args, env, timeoutMs);
}
