import { startOllamaStandIn } from '../test/standIn';
import { ScriptedModel, type Framework } from './comparison/answers';
import { runFramework, type FrameworkRun } from './comparison/frameworkRun';
import { loadInbox, type Inbox, type InboxItem } from './comparison/inbox';
import { measurePrompts, measureTimes } from './comparison/measure';
import { correctlyRouted, itemsPerOutput } from './comparison/routing';
import { classifierName } from './comparison/workflows';
import { round } from './statistics';

type Row = Record<string, string | number>;

const frameworks: Array<{ framework: Framework; node: string }> = [
	{ framework: 'localSlm', node: 'Local SLM Classify in n8n 2.40.7 (SME inbox, qwen2.5:3b)' },
	{
		framework: 'textClassifier',
		node: 'n8n Text Classifier 1.1 + Ollama Chat Model in n8n 2.40.7 (same inbox and model)',
	},
];

function summarize(
	node: string,
	fullRuns: FrameworkRun[],
	singleRuns: FrameworkRun[],
	inbox: Inbox,
): Row {
	const itemCount = fullRuns[0].items.length;
	const routed = fullRuns.map(({ run }) => correctlyRouted(run, classifierName, inbox));
	const statuses = [...new Set([...fullRuns, ...singleRuns].map(({ run }) => run.status))];

	return {
		node,
		items: itemCount,
		executions: `${fullRuns.length} x ${itemCount} items, ${singleRuns.length} x 1 item`,
		executionStatus: statuses.join(', '),
		routedToTheirLabel: routed.map((count) => `${count}/${itemCount}`).join(', '),
		itemsPerOutput: itemsPerOutput(fullRuns[0].run, classifierName, inbox),
		...measurePrompts(fullRuns[0]),
		...measureTimes(fullRuns, singleRuns, classifierName),
	};
}

function ratios(ours: Row, theirs: Row): Row {
	const row: Row = { node: 'Ratio Local SLM Classify / Text Classifier' };
	for (const [name, value] of Object.entries(ours)) {
		const other = theirs[name];
		if (name === 'items' || typeof value !== 'number' || typeof other !== 'number') continue;
		if (other !== 0) row[name] = round(value / other, 2);
	}
	return row;
}

/**
 * Both classifiers in the same real n8n against the same stand-in, which answers every message
 * with its label at once, so what is left is what each framework sends and how long n8n takes.
 * Runs alternate between the two so that a slower moment of the machine hits both.
 */
export async function compareWithTextClassifier(repetitions = 3): Promise<Row[]> {
	const inbox = loadInbox();
	const standIn = await startOllamaStandIn();
	const scriptedModel = new ScriptedModel(inbox);
	const runs = frameworks.map(() => ({ full: [] as FrameworkRun[], single: [] as FrameworkRun[] }));

	try {
		for (let repetition = 0; repetition < repetitions; repetition++) {
			for (const [index, { framework }] of frameworks.entries()) {
				const run = (items: InboxItem[]) =>
					runFramework(standIn, scriptedModel, framework, inbox, items);
				runs[index].full.push(await run(inbox.items));
				runs[index].single.push(await run(inbox.items.slice(0, 1)));
			}
		}
	} finally {
		await standIn.close();
	}

	const [ours, theirs] = frameworks.map(({ node }, index) =>
		summarize(node, runs[index].full, runs[index].single, inbox),
	);
	return [ours, theirs, ratios(ours, theirs)];
}
