import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runWorkflow } from '../test/harness';
import { startOllamaStandIn } from '../test/standIn';
import { credentials } from './comparison/workflows';
import { invoiceFiles } from './invoice/corpus';
import {
	medianPasses,
	ourPasses,
	theirPasses,
	type OurPass,
	type TheirPass,
} from './invoice/passes';
import { ourTable, theirTable } from './invoice/routeTables';
import { InvoiceScriptedModel, type Route } from './invoice/scriptedModel';
import { summary } from './invoice/summary';
import { localSlmWorkflow, n8nWorkflow } from './invoice/workflows';

type Row = Record<string, string | number>;

/**
 * Our node and n8n's own route in the same real n8n against the same stand-in, which answers
 * every invoice faithfully at once in the shape each route asks for. Each invoice is its own
 * pass of a loop, so n8n clocks every node on every invoice by itself; executions alternate
 * between the routes, and each time is the median over them.
 */
export async function compareInvoiceRoutes(repetitions = 3): Promise<Row[]> {
	const files = invoiceFiles();
	const folder = mkdtempSync(join(tmpdir(), 'invoice-bench-'));
	for (const file of files) copyFileSync(file.path, join(folder, file.name));
	const standIn = await startOllamaStandIn();
	const model = await InvoiceScriptedModel.forFiles(files);
	const options = {
		credentials: credentials(standIn.url),
		env: { N8N_RESTRICT_FILE_ACCESS_TO: folder },
	};
	const run = async (route: Route, workflow: object) => {
		standIn.setChatResponder(model.responder(route));
		const result = await runWorkflow(workflow, options);
		if (result.status !== 'success')
			throw new Error(`The ${route} invoice run ended ${result.status}.`);
		return result;
	};

	try {
		const ours: OurPass[][] = [];
		const theirs: TheirPass[][] = [];
		for (let repetition = 0; repetition < repetitions; repetition++) {
			ours.push(ourPasses(await run('localSlm', localSlmWorkflow(folder))));
			theirs.push(theirPasses(await run('n8n', n8nWorkflow(folder))));
		}

		const ourMedians = medianPasses(ours, ['nodeMs', 'textMsPerPage']);
		const theirMedians = medianPasses(theirs, ['textMs', 'extractorMs']);
		return [
			ourTable(ourMedians, model, repetitions),
			theirTable(theirMedians, model, repetitions),
			summary(ourMedians, theirMedians, model),
		];
	} finally {
		await standIn.close();
		rmSync(folder, { recursive: true, force: true });
	}
}
