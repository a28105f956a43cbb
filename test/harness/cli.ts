import { n8nEnvironment } from './environment';
import { freePorts } from './ports';
import { runN8nCommand, type CommandResult } from './processes';

export interface RunN8nCliOptions {
	userFolder: string;
	env?: Record<string, string>;
	timeoutMs?: number;
}

/**
 * Runs any n8n CLI command (import:workflow, publish:workflow, ...) on a user folder with the
 * harness's environment; it does not throw on a non-zero exit, so check code and output.
 */
export async function runN8nCli(args: string[], options: RunN8nCliOptions): Promise<CommandResult> {
	const [port, brokerPort] = await freePorts(2);
	const env = n8nEnvironment({
		userFolder: options.userFolder,
		port,
		brokerPort,
		extra: options.env,
	});

	return await runN8nCommand(args, env, options.timeoutMs ?? 120_000);
}
