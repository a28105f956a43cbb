import {
	prepareN8nUserFolder,
	runN8nCli,
	startN8nServer,
	type CommandResult,
	type N8nServer,
} from '../harness';
import {
	builtNodeTypes,
	loadedNodeTypes,
	unknownNodes,
	type KnownNodeTypes,
} from './templates/nodeTypes';
import {
	readTemplate,
	templateFileNames,
	templatesFolder,
	type Template,
} from './templates/templateFiles';

jest.setTimeout(300_000);

const expectedFiles = [
	'inbox-triage.json',
	'invoice-folder-to-erp.json',
	'invoice-to-erp.json',
	'knowledge-loading.json',
	'whatsapp-assistant.json',
];
const templates = templateFileNames().map((fileName) => ({ fileName, ...readTemplate(fileName) }));

let imported: CommandResult;
let n8n: N8nServer;
let loaded: KnownNodeTypes;
let stored: Array<{ id: string; name: string; nodes?: unknown[] }>;

/** Every text inside a node's parameters, however deep. */
function parameterTexts(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(parameterTexts);
	if (value && typeof value === 'object') return Object.values(value).flatMap(parameterTexts);
	return [];
}

beforeAll(async () => {
	const userFolder = await prepareN8nUserFolder();
	imported = await runN8nCli(['import:workflow', '--separate', `--input=${templatesFolder}`], {
		userFolder,
	});

	n8n = await startN8nServer({ userFolder });
	const session = await n8n.setupOwner();
	loaded = await loadedNodeTypes(session);

	const response = await session.request('/rest/workflows?includeScopes=false');
	stored = ((await response.json()) as { data: typeof stored }).data;
});

afterAll(async () => {
	await n8n?.stop();
});

describe('The template workflows', () => {
	it('are the five business processes of the package', () => {
		expect(templates.map((template) => template.fileName)).toEqual(expectedFiles);
	});

	it('import into n8n 2.40.7 with its own import command', () => {
		expect(imported.output).toMatch(/Successfully imported 5 workflows/);
		expect(stored.map((workflow) => workflow.id).sort()).toEqual(
			templates.map((template) => template.id).sort(),
		);
	});

	it('name only node types and versions that the running n8n has loaded', () => {
		expect(templates.flatMap((template) => unknownNodes(template, loaded))).toEqual([]);
	});

	it("name our nodes as this build's node descriptions give them", () => {
		const built = builtNodeTypes();
		const ours = templates.map((template) => ({
			...template,
			nodes: template.nodes.filter((node) => node.type.startsWith('n8n-nodes-local-slm.')),
		}));
		expect(ours.flatMap((template) => unknownNodes(template as Template, built))).toEqual([]);
		expect(ours.every((template) => template.nodes.length > 0)).toBe(true);
	});

	it('have ids that n8n accepts, each its own', () => {
		const ids = templates.map((template) => template.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{1,21}$/);
	});

	it('use the credential that the start script creates for every one of our nodes', () => {
		for (const template of templates) {
			for (const node of template.nodes.filter((each) => each.type.includes('localSlm'))) {
				expect(node.credentials).toEqual({
					localSlmApi: { id: 'localOllamaCred1', name: 'Local Ollama' },
				});
			}
		}
	});

	it('connect and name only nodes that exist', () => {
		for (const template of templates) {
			const names = new Set(template.nodes.map((node) => node.name));
			const targets = Object.values(template.connections).flatMap((connection) =>
				connection.main.flatMap((output) => (output ?? []).map((target) => target.node)),
			);
			const referenced = template.nodes
				.flatMap((node) => parameterTexts(node.parameters))
				.flatMap((text) => [...text.matchAll(/\$\('([^']+)'\)/g)].map((match) => match[1]));

			const missing = [...Object.keys(template.connections), ...targets, ...referenced].filter(
				(name) => !names.has(name),
			);
			expect({ template: template.name, missing }).toEqual({
				template: template.name,
				missing: [],
			});
		}
	});

	it('explain themselves in sticky notes', () => {
		for (const template of templates) {
			const notes = template.nodes.filter((node) => node.type === 'n8n-nodes-base.stickyNote');
			expect(notes.length).toBeGreaterThanOrEqual(2);
			expect(String(notes[0].parameters.content)).toMatch(/### Set up once/);
		}
	});
});

describe('The node type check', () => {
	const inboxTriage = templates.find((template) => template.fileName === 'inbox-triage.json')!;

	it('fails on a node type that n8n does not have, or that this n8n does not load', () => {
		const doctored: Template = structuredClone(inboxTriage);
		doctored.nodes[0] = { ...doctored.nodes[0], type: 'n8n-nodes-base.emailReadImapp' };
		// In n8n-nodes-base, but n8n 2.x leaves it out unless NODES_EXCLUDE says otherwise.
		doctored.nodes[1] = { ...doctored.nodes[1], type: 'n8n-nodes-base.executeCommand' };

		const problems = unknownNodes(doctored, loaded);
		expect(problems).toHaveLength(2);
		expect(problems.join('\n')).toMatch(/emailReadImapp, which is not loaded/);
		expect(problems.join('\n')).toMatch(/executeCommand, which is not loaded/);
	});

	it('fails on a version that the node type does not have', () => {
		const doctored: Template = structuredClone(inboxTriage);
		const trigger = doctored.nodes.find((node) => node.type === 'n8n-nodes-base.emailReadImap')!;
		const classify = doctored.nodes.find((node) => node.type.endsWith('.localSlmClassify'))!;
		trigger.typeVersion = 3;
		classify.typeVersion = 2;

		const problems = [
			...unknownNodes(doctored, loaded),
			...unknownNodes(doctored, builtNodeTypes()),
		];
		expect(problems.join('\n')).toMatch(/emailReadImap version 3; loaded are 2, 2.1, 2.2, 1/);
		expect(problems.join('\n')).toMatch(/localSlmClassify version 2; loaded are 1/);
	});
});
