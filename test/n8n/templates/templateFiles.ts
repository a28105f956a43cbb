import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

import { projectRoot } from '../../harness/paths';

export interface TemplateNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: string;
	disabled?: boolean;
	webhookId?: string;
}

type Connections = Record<
	string,
	{ main: Array<Array<{ node: string; type: string; index: number }> | null> }
>;

export interface Template {
	id: string;
	name: string;
	nodes: TemplateNode[];
	connections: Connections;
	settings?: Record<string, unknown>;
	[key: string]: unknown;
}

export const templatesFolder = path.join(projectRoot, 'workflows');

/** The file names of the template workflows, such as inbox-triage.json. */
export function templateFileNames(): string[] {
	return readdirSync(templatesFolder)
		.filter((name) => name.endsWith('.json'))
		.sort();
}

/** A fresh copy of a template, so that a test can change it without touching the others. */
export function readTemplate(fileName: string): Template {
	return JSON.parse(readFileSync(path.join(templatesFolder, fileName), 'utf8')) as Template;
}

export function nodeNamed(workflow: Template, name: string): TemplateNode {
	const node = workflow.nodes.find((candidate) => candidate.name === name);
	if (!node) throw new Error(`The workflow "${workflow.name}" has no node "${name}".`);
	return node;
}

export function nodesOfType(workflow: Template, type: string): TemplateNode[] {
	return workflow.nodes.filter((node) => node.type === type);
}

/** Sets values of the Settings node, as a user fills them in after importing a template. */
export function fillSettings(workflow: Template, values: Record<string, string>): void {
	const settings = nodeNamed(workflow, 'Settings');
	const assignments = (
		settings.parameters.assignments as { assignments: Array<{ name: string; value: unknown }> }
	).assignments;

	for (const [name, value] of Object.entries(values)) {
		const assignment = assignments.find((candidate) => candidate.name === name);
		if (!assignment) throw new Error(`The Settings of "${workflow.name}" have no "${name}".`);
		assignment.value = value;
	}
}

/** Gives every node of a type a credential, as a user picks it in the editor. */
export function useCredential(
	workflow: Template,
	nodeType: string,
	credentialType: string,
	credential: { id: string; name: string },
): void {
	for (const node of nodesOfType(workflow, nodeType)) {
		node.credentials = { ...node.credentials, [credentialType]: credential };
	}
}

/**
 * Puts another node in the place of one: same name, position and connections, so that every
 * expression of the workflow that names it still works.
 */
export function replaceNode(
	workflow: Template,
	name: string,
	replacement: Omit<TemplateNode, 'id' | 'name' | 'position'>,
): void {
	const node = nodeNamed(workflow, name);
	const index = workflow.nodes.indexOf(node);
	workflow.nodes[index] = { id: node.id, name, position: node.position, ...replacement };
}

/** Inserts a node between one node and everything that follows it. */
export function insertAfter(workflow: Template, previous: string, inserted: TemplateNode): void {
	workflow.nodes.push(inserted);
	workflow.connections[inserted.name] = workflow.connections[previous];
	workflow.connections[previous] = { main: [[{ node: inserted.name, type: 'main', index: 0 }]] };
}
