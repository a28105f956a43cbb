import { existsSync } from 'node:fs';
import path from 'node:path';

/** The benchmarks run a compiled copy of the harness one folder deeper, in .bench-build. */
function findProjectRoot(folder: string): string {
	if (existsSync(path.join(folder, 'package.json'))) return folder;

	const parent = path.dirname(folder);
	if (parent === folder) throw new Error(`No package.json above ${__dirname}.`);
	return findProjectRoot(parent);
}

export const projectRoot = findProjectRoot(path.resolve(__dirname, '..', '..'));

export const scripts = {
	installN8n: path.join(projectRoot, 'scripts', 'install-n8n.sh'),
	n8n: path.join(projectRoot, 'scripts', 'n8n.sh'),
	packPackage: path.join(projectRoot, 'scripts', 'pack-package.sh'),
};

export const packageName = 'n8n-nodes-local-slm';
