import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import path from 'node:path';

import {
	childPids,
	packageName,
	parseExecution,
	runWorkflow,
	startN8nServer,
	type N8nServer,
} from '../harness';

const projectRoot = path.resolve(__dirname, '..', '..');

interface PackageManifest {
	main: string;
	n8n: { nodes: string[]; credentials: string[] };
}

const manifest = JSON.parse(
	readFileSync(path.join(projectRoot, 'package.json'), 'utf8'),
) as PackageManifest;

/** The names our built package declares, read from dist/ the way n8n reads them. */
function declaredNames<T>(files: string[], nameOf: (instance: T) => string): string[] {
	return files
		.map((file) => path.join(projectRoot, file))
		.filter((file) => existsSync(file))
		.flatMap((file) => Object.values(require(file) as Record<string, unknown>))
		.filter((exported): exported is new () => T => typeof exported === 'function')
		.map((Exported) => nameOf(new Exported()));
}

function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/** n8n's task runner notices within seconds that n8n is gone and ends. */
async function expectProcessToEnd(pid: number): Promise<void> {
	for (let waited = 0; waited < 10_000 && isRunning(pid); waited += 200) {
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	expect(isRunning(pid)).toBe(false);
}

const manualTrigger = {
	id: 'trigger',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

const greetingWorkflow = {
	name: 'Harness greeting',
	nodes: [
		manualTrigger,
		{
			id: 'set',
			name: 'Greeting',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				assignments: {
					assignments: [
						{ id: 'a1', name: 'greeting', value: 'hello', type: 'string' },
						{ id: 'a2', name: 'sum', value: '={{ 1 + 2 }}', type: 'number' },
					],
				},
				options: {},
			},
		},
		{
			id: 'if',
			name: 'Is Hello',
			type: 'n8n-nodes-base.if',
			typeVersion: 2.2,
			position: [440, 0],
			parameters: {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [
						{
							id: 'c1',
							leftValue: '={{ $json.greeting }}',
							rightValue: 'goodbye',
							operator: { type: 'string', operation: 'equals' },
						},
					],
					combinator: 'and',
				},
				options: {},
			},
		},
	],
	connections: {
		Start: { main: [[{ node: 'Greeting', type: 'main', index: 0 }]] },
		Greeting: { main: [[{ node: 'Is Hello', type: 'main', index: 0 }]] },
	},
};

const failingWorkflow = {
	name: 'Harness failure',
	nodes: [
		manualTrigger,
		{
			id: 'code',
			name: 'Fail',
			type: 'n8n-nodes-base.code',
			typeVersion: 2,
			position: [220, 0],
			parameters: { jsCode: "throw new Error('stopped on purpose');" },
		},
	],
	connections: { Start: { main: [[{ node: 'Fail', type: 'main', index: 0 }]] } },
};

describe('parseExecution', () => {
	const execution = JSON.stringify(
		{
			data: {
				resultData: {
					runData: { Start: [{ executionStatus: 'success', data: { main: [[{ json: {} }]] } }] },
					lastNodeExecuted: 'Start',
				},
			},
			status: 'success',
			finished: true,
		},
		null,
		2,
	);

	it('finds the execution among log lines, also after a stray brace', () => {
		const output = `Task Broker ready\n{\nnot json\n${execution}\nStopping n8n...\n`;

		expect(parseExecution(output)?.nodes.Start.outputs).toEqual([[{ json: {} }]]);
	});

	it('finds the execution printed with the debug log prefix', () => {
		const output = `2026-01-01T00:00:00.000Z | info  | ${execution}\n`;

		expect(parseExecution(output)?.status).toBe('success');
	});

	it('returns undefined when no execution was printed', () => {
		expect(parseExecution('Segmentation fault\n')).toBeUndefined();
	});
});

describe('runWorkflow', () => {
	beforeAll(() => {
		if (!existsSync(path.join(projectRoot, manifest.main))) {
			throw new Error(`No build at ${manifest.main}. Run npm run build before the n8n tests.`);
		}
	});

	it('returns the items of every node per output index', async () => {
		const run = await runWorkflow(greetingWorkflow);

		expect(run.status).toBe('success');
		expect(run.finished).toBe(true);
		expect(run.error).toBeUndefined();
		expect(run.nodes.Start.outputs).toEqual([[expect.objectContaining({ json: {} })]]);
		expect(run.nodes.Greeting.outputs[0].map((item) => item.json)).toEqual([
			{ greeting: 'hello', sum: 3 },
		]);
		expect(run.nodes['Is Hello'].outputs[0]).toEqual([]);
		expect(run.nodes['Is Hello'].outputs[1].map((item) => item.json.greeting)).toEqual(['hello']);
	});

	it('reports the failing node and its message when a node throws', async () => {
		const run = await runWorkflow(failingWorkflow);

		expect(run.status).toBe('error');
		expect(run.error?.message).toMatch(/stopped on purpose/);
		expect(run.nodes.Fail.status).toBe('error');
		expect(run.nodes.Fail.error?.message).toMatch(/stopped on purpose/);
		expect(run.nodes.Fail.error?.nodeName).toBe('Fail');
	});

	it('imports credentials of our type before it runs the workflow', async () => {
		const run = await runWorkflow(greetingWorkflow, {
			credentials: [
				{
					id: 'harnessOllama001',
					name: 'Local Ollama',
					type: 'localSlmApi',
					data: {
						baseUrl: 'http://127.0.0.1:9',
						apiKey: '',
						timeoutMinutes: 10,
						allowRemoteServer: false,
					},
				},
			],
		});

		expect(run.status).toBe('success');
	});
});

describe('startN8nServer', () => {
	let server: N8nServer | undefined;

	beforeAll(async () => {
		server = await startN8nServer();
	});

	afterAll(async () => {
		await server?.stop();
	});

	it('serves n8n on 127.0.0.1 once it is ready', async () => {
		expect(server?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

		const readiness = await fetch(`${server?.url}/healthz/readiness`);
		expect(readiness.status).toBe(200);
	});

	it('runs n8n and its task runner on the Node 24 that the project brings', () => {
		const processes = [server!.pid, ...childPids(server!.pid)];

		expect(processes.length).toBeGreaterThan(1);
		for (const pid of processes) {
			expect(readlinkSync(`/proc/${pid}/exe`)).toMatch(/node-linux-(x64|arm64)\/bin\/node$/);
		}
	});

	it('loads the credential types of our package', async () => {
		const expected = declaredNames<{ name: string }>(
			manifest.n8n.credentials,
			(credential) => credential.name,
		);

		expect(expected).toContain('localSlmApi');
		expect(await server?.listCredentialTypes()).toEqual(expect.arrayContaining(expected));
	});

	it('loads the node types of our package under its package name', async () => {
		const expected = declaredNames<{ description: { name: string } }>(
			manifest.n8n.nodes,
			(node) => `${packageName}.${node.description.name}`,
		);

		expect(expected.length).toBeGreaterThan(0);
		expect(await server?.listNodeTypes()).toEqual(expect.arrayContaining(expected));
	});

	it('stops n8n and its task runner', async () => {
		const stopping = server as N8nServer;
		const taskRunners = childPids(stopping.pid);
		server = undefined;

		await stopping.stop();

		expect(taskRunners.length).toBeGreaterThan(0);
		for (const pid of [stopping.pid, ...taskRunners]) await expectProcessToEnd(pid);
		await expect(fetch(`${stopping.url}/healthz`)).rejects.toThrow();
	});
});
