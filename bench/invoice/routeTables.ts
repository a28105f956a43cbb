import type { OurPass, TheirPass } from './passes';
import type { InvoiceScriptedModel } from './scriptedModel';
import { table } from './table';

type Row = Record<string, string | number>;

const ourHeadings = [
	'source',
	'pages',
	'text ms/page',
	'calls',
	'prompt tokens',
	'output tokens',
	'node ms',
	'output',
];

const theirHeadings = [
	'pages',
	'Extract from File ms/page',
	'calls',
	'prompt tokens',
	'output tokens',
	'Information Extractor ms',
	'both ms',
	'output',
];

export function ourTable(passes: OurPass[], model: InvoiceScriptedModel, executions: number): Row {
	const lines = passes.map((pass): [string, unknown[]] => {
		const { calls, promptTokens, outputTokens } = model.usageOf('localSlm', pass.file);
		const text = pass.source === 'pdfText' ? pass.textMsPerPage.toFixed(1) : '-';
		const cells = [pass.source, pass.pages, text, calls, promptTokens, outputTokens, pass.nodeMs];
		return [pass.file, [...cells, pass.outcome]];
	});
	return table(
		`Local SLM Extract Invoice in n8n 2.40.7 (one invoice a loop pass, n8n clocks, median of ${executions} executions)`,
		ourHeadings,
		lines,
	);
}

export function theirTable(
	passes: TheirPass[],
	model: InvoiceScriptedModel,
	executions: number,
): Row {
	const lines = passes.map((pass): [string, unknown[]] => {
		const { calls, promptTokens, outputTokens } = model.usageOf('n8n', pass.file);
		const text = pass.pages > 0 ? (pass.textMs / pass.pages).toFixed(1) : '-';
		const both = pass.textMs + pass.extractorMs;
		const cells = [pass.pages, text, calls, promptTokens, outputTokens, pass.extractorMs, both];
		return [pass.file, [...cells, pass.outcome]];
	});
	return table(
		`n8n Extract from File 1.1 + Information Extractor 1.2 + Ollama Chat Model (same PDFs and passes, median of ${executions})`,
		theirHeadings,
		lines,
	);
}
