import { spawn, type ChildProcess } from 'node:child_process';

// Child processes run TypeScript files by transpiling them as they are required, with the
// compiler the project already has: no extra runner to install.
const runTypeScript = `
const ts = require('typescript');
const { readFileSync } = require('node:fs');
require.extensions['.ts'] = (module, fileName) => {
	const { outputText } = ts.transpileModule(readFileSync(fileName, 'utf8'), {
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
		fileName,
	});
	module._compile(outputText, fileName);
};
require(process.argv[1]);
`;

export function spawnTypeScript(file: string, args: string[]): ChildProcess {
	return spawn(process.execPath, ['-e', runTypeScript, file, ...args], {
		cwd: process.cwd(),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}
