import type { Item, WorkflowRun } from '../../test/harness';
import { percentile } from '../statistics';
import { nodeRuns } from './nodeRuns';
import { extractorName, loopName, ourNodeName, textNodeName } from './workflows';

export interface OurPass {
	file: string;
	source: string;
	pages: number;
	textMsPerPage: number;
	nodeMs: number;
	outcome: string;
}

export interface TheirPass {
	file: string;
	pages: number;
	textMs: number;
	extractorMs: number;
	outcome: string;
}

const ourOutputs = ['Valid', 'Needs Review', 'Error'];

function problemCodes(item: Item): string {
	const validation = item.json.validation as { problems?: Array<{ code: string }> } | undefined;
	return (validation?.problems ?? []).map((problem) => problem.code).join(', ');
}

/** What Extract Invoice did with each invoice, by n8n's clock for its pass. */
export function ourPasses(run: WorkflowRun): OurPass[] {
	return nodeRuns(run, ourNodeName).map(({ executionTime, outputs }) => {
		const outputIndex = outputs.findIndex((items) => items.length > 0);
		const item = outputs[outputIndex][0];
		const extraction = (item.json.extraction ?? {}) as Record<string, unknown>;
		const codes = problemCodes(item);
		const outcome = ourOutputs[outputIndex] ?? `output ${outputIndex}`;

		return {
			file: String(extraction.fileName ?? item.json.fileName),
			source: String(extraction.source ?? '-'),
			pages: Number(extraction.pages ?? 0),
			textMsPerPage: Number(extraction.textMillisecondsPerPage ?? 0),
			nodeMs: executionTime,
			outcome: codes ? `${outcome} (${codes})` : outcome,
		};
	});
}

/** What Extract from File and the Information Extractor did with each PDF, pass by pass. */
export function theirPasses(run: WorkflowRun): TheirPass[] {
	const files = nodeRuns(run, loopName)
		.map(({ outputs }) => outputs[1]?.[0]?.json.fileName)
		.filter((name) => name !== undefined);
	const texts = nodeRuns(run, textNodeName);
	const extractions = nodeRuns(run, extractorName);

	return files.map((file, index) => {
		const textItem = texts[index]?.outputs[0]?.[0];
		const extracted = extractions[index]?.outputs[0]?.[0];
		return {
			file: String(file),
			pages: Number(textItem?.json.numpages ?? 0),
			textMs: texts[index]?.executionTime ?? NaN,
			extractorMs: extractions[index]?.executionTime ?? NaN,
			outcome: extracted?.json.output ? 'its one output' : String(extracted?.json.error),
		};
	});
}

/** Each file's pass as in the first execution, with the median of each time over all of them. */
export function medianPasses<Pass extends { file: string }>(
	executions: Pass[][],
	times: Array<keyof Pass & string>,
): Pass[] {
	return executions[0].map((first) => {
		const passes = executions.map((execution) =>
			execution.find((pass) => pass.file === first.file),
		);
		const median = (field: keyof Pass) =>
			percentile(
				passes.map((pass) => Number(pass?.[field] ?? NaN)),
				0.5,
			);
		return { ...first, ...Object.fromEntries(times.map((field) => [field, median(field)])) };
	});
}
