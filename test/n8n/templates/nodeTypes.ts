import { readdirSync } from 'node:fs';
import path from 'node:path';

import type { Session } from '../../harness';
import { packageName, projectRoot } from '../../harness/paths';
import type { Template } from './templateFiles';

/** Node type name to the type versions that exist, such as n8n-nodes-base.set → 3 … 3.5. */
export type KnownNodeTypes = Map<string, Set<number>>;

interface TypeDescription {
	name: string;
	version: number | number[];
}

export function knownNodeTypesFrom(descriptions: TypeDescription[]): KnownNodeTypes {
	const known: KnownNodeTypes = new Map();
	for (const { name, version } of descriptions) {
		const versions = known.get(name) ?? new Set<number>();
		for (const each of Array.isArray(version) ? version : [version]) versions.add(each);
		known.set(name, versions);
	}
	return known;
}

/** The node types a running n8n has loaded, as its editor reads them. */
export async function loadedNodeTypes(session: Session): Promise<KnownNodeTypes> {
	const response = await session.request('/types/nodes.json');
	if (!response.ok) throw new Error(`GET /types/nodes.json answered ${response.status}.`);
	return knownNodeTypesFrom((await response.json()) as TypeDescription[]);
}

/** Our nodes as the build describes them, read from dist/ as n8n loads them. */
export function builtNodeTypes(): KnownNodeTypes {
	const nodesFolder = path.join(projectRoot, 'dist', 'nodes');
	const descriptions: TypeDescription[] = [];

	for (const folder of readdirSync(nodesFolder)) {
		const files = readdirSync(path.join(nodesFolder, folder)).filter((file) =>
			file.endsWith('.node.js'),
		);
		for (const file of files) {
			const exported = require(path.join(nodesFolder, folder, file)) as Record<
				string,
				new () => { description: TypeDescription }
			>;
			for (const NodeClass of Object.values(exported)) {
				const { description } = new NodeClass();
				descriptions.push({
					name: `${packageName}.${description.name}`,
					version: description.version,
				});
			}
		}
	}
	return knownNodeTypesFrom(descriptions);
}

/** One sentence per node of the workflow whose type or type version is not in `known`. */
export function unknownNodes(workflow: Template, known: KnownNodeTypes): string[] {
	return workflow.nodes.flatMap((node) => {
		const versions = known.get(node.type);
		if (!versions) {
			return [
				`"${workflow.name}": node "${node.name}" has the type ${node.type}, which is not loaded.`,
			];
		}
		if (!versions.has(node.typeVersion)) {
			return [
				`"${workflow.name}": node "${node.name}" has ${node.type} version ${node.typeVersion}; loaded are ${[...versions].join(', ')}.`,
			];
		}
		return [];
	});
}
