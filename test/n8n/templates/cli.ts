import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { parseExecution, runN8nCli, type CommandResult, type WorkflowRun } from '../../harness';

/** n8n 2.x sometimes crashes while exiting; a command ended by a signal is run once more. */
async function runWithRetry(
	args: string[],
	userFolder: string,
	env: Record<string, string>,
	succeeded: (result: CommandResult) => boolean,
): Promise<CommandResult> {
	const first = await runN8nCli(args, { userFolder, env });
	if (succeeded(first) || first.signal === null) return first;
	return await runN8nCli(args, { userFolder, env });
}

const imported = (result: CommandResult) => /Successfully imported/.test(result.output);

export async function importCredentials(userFolder: string, credentials: object[]): Promise<void> {
	const file = path.join(userFolder, 'test-credentials.json');
	await writeFile(file, JSON.stringify(credentials));

	const result = await runWithRetry(
		['import:credentials', `--input=${file}`],
		userFolder,
		{},
		imported,
	);
	if (!imported(result)) throw new Error(`n8n import:credentials failed:\n${result.output}`);
}

/** Imports the workflows with their own ids, as scripts/start.sh imports the templates. */
export async function importWorkflows(userFolder: string, workflows: object[]): Promise<void> {
	const folder = path.join(userFolder, 'test-workflows');
	await mkdir(folder, { recursive: true });
	for (const [index, workflow] of workflows.entries()) {
		await writeFile(path.join(folder, `${index}.json`), JSON.stringify(workflow));
	}

	const args = ['import:workflow', '--separate', `--input=${folder}`];
	const result = await runWithRetry(args, userFolder, {}, imported);
	if (!imported(result)) throw new Error(`n8n import:workflow failed:\n${result.output}`);
}

/** Runs an imported workflow from its Manual Trigger with `n8n execute`. */
export async function executeWorkflow(
	userFolder: string,
	workflowId: string,
	env: Record<string, string> = {},
): Promise<WorkflowRun> {
	const args = ['execute', `--id=${workflowId}`, '--rawOutput'];
	const printed = (result: CommandResult) => parseExecution(result.stdout) !== undefined;

	const result = await runWithRetry(args, userFolder, env, printed);
	const run = parseExecution(result.stdout);
	if (!run) throw new Error(`n8n execute printed no execution result:\n${result.output}`);
	return run;
}
