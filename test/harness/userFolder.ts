import { spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
	cp,
	mkdir,
	mkdtemp,
	readFile,
	readdir,
	rename,
	rm,
	stat,
	utimes,
	writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { n8nEnvironment } from './environment';
import { packageName, projectRoot, scripts } from './paths';
import { freePorts } from './ports';
import { inheritedEnvironment, runN8nCommandWithRetry, type CommandResult } from './processes';
import { whenTestFileEnds } from './testLifecycle';

const PREPARE_TIMEOUT_MS = 120_000;
const TEMPLATE_MARKER = '.template-finished';
const STALE_TEMPLATE_MS = 15 * 60 * 1000;

/** Set to 1 to keep the n8n user folders of a test run for a look after it. */
const keepFolders = process.env.LOCAL_SLM_KEEP_N8N_FOLDERS === '1';

const cacheRoot =
	process.env.LOCAL_SLM_CACHE ?? path.join(os.homedir(), '.cache', 'n8n-nodes-local-slm');
const templatesRoot = path.join(cacheRoot, 'user-folder-templates');

const createdFolders = new Set<string>();
let template: Promise<string> | undefined;

whenTestFileEnds('remove folders', async () => {
	if (keepFolders) return;
	await Promise.all([...createdFolders].map((folder) => removeN8nUserFolder(folder)));
});

/** Runs a project script; its progress messages go to the test's stderr as they come. */
async function runScript(script: string, args: string[]): Promise<string> {
	const child = spawn('bash', [script, ...args], {
		cwd: projectRoot,
		env: inheritedEnvironment(),
		stdio: ['ignore', 'pipe', 'inherit'],
	});

	let stdout = '';
	child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));

	const code = await new Promise<number | null>((resolve, reject) => {
		child.once('error', reject);
		child.once('close', resolve);
	});
	if (code !== 0) {
		throw new Error(`bash ${script} ${args.join(' ')} failed with exit code ${code}; see above.`);
	}
	return stdout.trim();
}

async function filesUnder(folder: string): Promise<string[]> {
	const entries = await readdir(folder, { recursive: true, withFileTypes: true });

	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => path.join(entry.parentPath, entry.name))
		.sort();
}

/** Changes whenever the build, the package manifest or the way n8n is installed changes. */
async function templateKey(): Promise<string> {
	const inputs = [
		path.join(projectRoot, 'package.json'),
		scripts.installN8n,
		scripts.n8n,
		scripts.packPackage,
		...(await filesUnder(path.join(projectRoot, 'dist'))),
	];

	const hash = createHash('sha256');
	for (const file of inputs) {
		hash.update(path.relative(projectRoot, file));
		hash.update(await readFile(file));
	}
	return hash.digest('hex').slice(0, 16);
}

/** Templates of other builds, unless another test run used one in the last minutes. */
async function removeStaleTemplates(current: string): Promise<void> {
	const now = Date.now();

	for (const name of await readdir(templatesRoot)) {
		const folder = path.join(templatesRoot, name);
		if (folder === current) continue;

		const lastUse = await stat(folder).then(
			({ mtimeMs }) => mtimeMs,
			() => now,
		);
		if (now - lastUse > STALE_TEMPLATE_MS) await rm(folder, { recursive: true, force: true });
	}
}

/**
 * A user folder with the packed package installed and the database already migrated. It is
 * kept in the cache, keyed by the build, so later test files and runs copy it instead of
 * packing, installing and migrating again.
 */
async function makeTemplate(): Promise<string> {
	if (!existsSync(path.join(projectRoot, 'dist'))) {
		throw new Error('No build in dist/. Run npm run build before the n8n tests.');
	}

	const folder = path.join(templatesRoot, await templateKey());
	if (existsSync(path.join(folder, TEMPLATE_MARKER))) return folder;

	await runScript(scripts.installN8n, []);

	await mkdir(templatesRoot, { recursive: true });
	const building = `${folder}.partial-${randomBytes(4).toString('hex')}`;
	try {
		await runScript(scripts.packPackage, [building]);

		const [port, brokerPort] = await freePorts(2);
		const env = n8nEnvironment({ userFolder: building, port, brokerPort });
		const migrated = (result: CommandResult) => result.code === 0;
		const migration = await runN8nCommandWithRetry(
			['list:workflow'],
			env,
			PREPARE_TIMEOUT_MS,
			migrated,
		);
		if (!migrated(migration)) {
			throw new Error(`n8n could not set up its database in ${building}:\n${migration.output}`);
		}

		await writeFile(path.join(building, TEMPLATE_MARKER), new Date().toISOString());
		// Another test run may have finished the same template meanwhile; either copy will do.
		await rename(building, folder).catch((error: unknown) => {
			if (!existsSync(path.join(folder, TEMPLATE_MARKER))) throw error;
		});
	} finally {
		await rm(building, { recursive: true, force: true });
	}

	await removeStaleTemplates(folder);
	return folder;
}

async function currentTemplate(attempt = 1): Promise<string> {
	template ??= makeTemplate();
	const source = await template.catch((error: unknown) => {
		template = undefined;
		throw error;
	});

	// Marks it as in use, so that other test runs leave it alone.
	const now = new Date();
	const inUse = await utimes(source, now, now).then(
		() => true,
		() => false,
	);
	if (inUse) return source;
	if (attempt > 1) throw new Error(`The n8n user folder template ${source} vanished twice.`);

	// Another test run with a newer build removed it; make one of the build there is now.
	template = undefined;
	return await currentTemplate(attempt + 1);
}

/** A fresh n8n user folder with this project's packed package (from dist/) installed. */
export async function prepareN8nUserFolder(): Promise<string> {
	const source = await currentTemplate();

	const folder = await mkdtemp(path.join(os.tmpdir(), 'local-slm-n8n-'));
	createdFolders.add(folder);
	await cp(source, folder, { recursive: true });
	return folder;
}

/** Removes a folder made by prepareN8nUserFolder; leaves any other folder alone. */
export async function removeN8nUserFolder(folder: string): Promise<void> {
	if (keepFolders || !createdFolders.has(folder)) return;

	createdFolders.delete(folder);
	await rm(folder, { recursive: true, force: true });
}

export function installedPackageFolder(userFolder: string): string {
	return path.join(userFolder, '.n8n', 'nodes', 'node_modules', packageName);
}
