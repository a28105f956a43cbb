import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runWorkflow } from '../test/harness';
import { startOllamaStandIn, type OllamaStandIn } from '../test/standIn';
import { measureAnswers, type AnswerRun } from './answer/measure';
import { AnswerScriptedModel, loadQuestions, type Framework } from './answer/questions';
import {
	localSlmWorkflow,
	n8nWorkflow,
	ourAnswerName,
	ourIngestName,
	theirAnswerName,
	theirIngestName,
} from './answer/workflows';
import { credentials } from './comparison/workflows';
import { knowledgeFixtures } from './knowledgeQuality';
import { percentile, round } from './statistics';

type Row = Record<string, string | number>;

async function runFramework(
	standIn: OllamaStandIn,
	model: AnswerScriptedModel,
	framework: Framework,
	workflow: object,
	nodes: { ingestNode: string; answerNode: string },
): Promise<AnswerRun> {
	const requestsBefore = standIn.requests.length;
	const repliesBefore = model.replies.length;
	standIn.setChatResponder(model.responder(framework));

	const folder = knowledgeFixtures();
	const run = await runWorkflow(workflow, {
		credentials: credentials(standIn.url),
		env: { N8N_RESTRICT_FILE_ACCESS_TO: folder },
	});
	if (run.status !== 'success') {
		throw new Error(
			`The ${framework} knowledge workflow ended ${run.status}: ${run.error?.message}`,
		);
	}

	return {
		run,
		requests: standIn.requests.slice(requestsBefore),
		replies: model.replies.slice(repliesBefore),
		...nodes,
	};
}

function ratios(ours: Row, theirs: Row): Row {
	const row: Row = { node: 'Ratio Answer from Knowledge / Question and Answer Chain' };
	for (const [name, value] of Object.entries(ours)) {
		const other = theirs[name];
		if (name === 'questions' || typeof value !== 'number' || typeof other !== 'number') continue;
		if (other !== 0) row[name] = round(value / other, 2);
	}
	return row;
}

/** The first execution's row, each figure the median over all executions. */
function medianRow(rows: Row[]): Row {
	const row: Row = { ...rows[0] };
	for (const [name, value] of Object.entries(rows[0])) {
		if (typeof value !== 'number') continue;
		row[name] = percentile(
			rows.map((entry) => Number(entry[name])),
			0.5,
		);
	}
	return row;
}

/**
 * Our Knowledge Base and Answer from Knowledge against n8n's Simple Vector Store and Question
 * and Answer Chain, in the same real n8n, on the same shop files and the 30 questions of
 * qa.jsonl; the stand-in gives both the same answer text at once. Executions alternate between
 * the two; each figure is the median over them.
 */
export async function compareAnswerRoutes(repetitions = 3): Promise<Row[]> {
	const questions = loadQuestions();
	const model = new AnswerScriptedModel(questions);
	const folder = knowledgeFixtures();
	const databaseFolder = mkdtempSync(join(tmpdir(), 'answer-bench-'));
	const standIn = await startOllamaStandIn();
	const ourNodes = { ingestNode: ourIngestName, answerNode: ourAnswerName };
	const theirNodes = { ingestNode: theirIngestName, answerNode: theirAnswerName };

	try {
		const ours: Row[] = [];
		const theirs: Row[] = [];
		for (let repetition = 0; repetition < repetitions; repetition++) {
			const databasePath = join(databaseFolder, `knowledge-${repetition}.sqlite`);
			const ourWorkflow = localSlmWorkflow(folder, databasePath, questions);
			const ourRun = await runFramework(standIn, model, 'localSlm', ourWorkflow, ourNodes);
			ours.push(measureAnswers(ourRun, questions));

			const theirWorkflow = n8nWorkflow(folder, questions);
			const theirRun = await runFramework(standIn, model, 'n8n', theirWorkflow, theirNodes);
			theirs.push(measureAnswers(theirRun, questions));
		}

		const ourRow: Row = {
			node: `Local SLM Knowledge Base + Answer from Knowledge in n8n 2.40.7 (qwen2.5:3b, bge-m3, median of ${repetitions})`,
			retrieval: 'top 5 passages scoring at least 0.2 (defaults)',
			questionsAtOnce: '1',
			...medianRow(ours),
		};
		const theirRow: Row = {
			node: `n8n Simple Vector Store 1.3 + Question and Answer Chain 1.7 + Ollama (same models, median of ${repetitions})`,
			retrieval: 'top 4 chunks of up to 1,000 characters, 200 overlapping (defaults)',
			questionsAtOnce: '5 (default batch)',
			...medianRow(theirs),
		};
		return [ourRow, theirRow, ratios(ourRow, theirRow)];
	} finally {
		await standIn.close();
		rmSync(databaseFolder, { recursive: true, force: true });
	}
}
