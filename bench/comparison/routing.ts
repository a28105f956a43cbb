import type { WorkflowRun } from '../../test/harness';
import type { Inbox } from './inbox';

/** Items that came out on the output of their own label and on no other output. */
export function correctlyRouted(run: WorkflowRun, nodeName: string, inbox: Inbox): number {
	const outputs = run.nodes[nodeName]?.outputs ?? [];
	const outputsOf = new Map<string, number[]>();
	for (const [outputIndex, items] of outputs.entries()) {
		for (const item of items) {
			const id = String(item.json.id);
			outputsOf.set(id, [...(outputsOf.get(id) ?? []), outputIndex]);
		}
	}

	const names = inbox.categories.map((category) => category.name);
	return [...outputsOf.entries()].filter(([id, indexes]) => {
		const expected = names.indexOf(inbox.labelOf.get(id) ?? '');
		return indexes.length === 1 && indexes[0] === expected;
	}).length;
}

/** How many items each category output received, e.g. "support 6, sales 8, ...". */
export function itemsPerOutput(run: WorkflowRun, nodeName: string, inbox: Inbox): string {
	const outputs = run.nodes[nodeName]?.outputs ?? [];
	const names = [...inbox.categories.map((category) => category.name), 'Other / Unsure'];

	return outputs
		.map((items, index) => `${names[index] ?? `output ${index + 1}`} ${items.length}`)
		.join(', ');
}
