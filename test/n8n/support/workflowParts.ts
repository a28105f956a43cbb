/** Pieces of workflow JSON that several n8n tests share. */
export const manualTrigger = {
	id: 'trigger',
	name: 'Start',
	type: 'n8n-nodes-base.manualTrigger',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

export const standInCredential = (baseUrl: string) => ({
	id: 'localOllama1',
	name: 'Local Ollama',
	type: 'localSlmApi',
	data: { baseUrl, apiKey: '', timeoutMinutes: 2, allowRemoteServer: false },
});

export const credentialReference = { localSlmApi: { id: 'localOllama1', name: 'Local Ollama' } };

/** A Code node that emits the given items, as a real source node (IMAP, webhook) would. */
export function itemsNode(name: string, items: object[], position: [number, number]) {
	return {
		id: name.replace(/\W/g, ''),
		name,
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position,
		parameters: { jsCode: `return ${JSON.stringify(items)}.map((json) => ({ json }));` },
	};
}

export function connect(from: string, to: string, outputIndex = 0) {
	return { from, to, outputIndex };
}

/** n8n's connections object from a list of edges. */
export function connections(edges: Array<{ from: string; to: string; outputIndex: number }>) {
	const result: Record<
		string,
		{ main: Array<Array<{ node: string; type: string; index: number }>> }
	> = {};
	for (const edge of edges) {
		const main = (result[edge.from] ??= { main: [] }).main;
		while (main.length <= edge.outputIndex) main.push([]);
		main[edge.outputIndex].push({ node: edge.to, type: 'main', index: 0 });
	}
	return result;
}
