import { OllamaConnection } from '../nodes/engine/ollama/connection';
import { startOllamaStandIn } from '../test/standIn';
import { invoiceFiles, printedAnswer, readDocument } from './invoice/corpus';
import {
	documentText,
	extractAndCheck,
	measureDocument,
	type Measured,
} from './invoice/measureDocument';
import { table } from './invoice/table';
import { mean, round } from './statistics';

const headings = [
	'source',
	'pages',
	'text ms/page',
	'calls',
	'prompt tokens',
	'output tokens',
	'node ms',
	'outcome',
];

function cells(measured: Measured): unknown[] {
	const text = measured.source === 'pdfText' ? measured.textMsPerPage.toFixed(2) : '-';
	const { source, pages, calls, promptTokens, outputTokens, nodeMs } = measured;
	return [
		source,
		pages,
		text,
		calls,
		promptTokens,
		outputTokens,
		nodeMs.toFixed(2),
		measured.outcome,
	];
}

function summary(all: Measured[]) {
	const pdfs = all.filter((measured) => measured.source === 'pdfText');
	const average = (pick: (measured: Measured) => number) => round(mean(pdfs.map(pick)), 2);
	const eInvoices = all.filter((measured) => measured.source !== 'pdfText');
	const eInvoiceCalls = eInvoices.reduce((total, measured) => total + measured.calls, 0);

	return {
		node: `Local SLM Extract Invoice (engine, means over the ${pdfs.length} Spanish text PDFs)`,
		modelCallsPerInvoice: average((measured) => measured.calls),
		promptTokensPerInvoice: average((measured) => measured.promptTokens),
		fixedPromptTokensPerCall: average((measured) => measured.systemTokens / measured.calls),
		outputTokensPerInvoice: average((measured) => measured.outputTokens),
		nodeMsPerInvoice: average((measured) => measured.nodeMs),
		eInvoiceModelCalls: `${eInvoiceCalls} for ${eInvoices.length} e-invoices`,
	};
}

/**
 * Extract Invoice on each Spanish text PDF and each e-invoice, with the stand-in answering
 * at once what a faithful model copies from the page; the time is the node's own work.
 */
export async function benchmarkInvoices(repetitions = 5) {
	const documents = invoiceFiles().map(readDocument);
	const standIn = await startOllamaStandIn();
	standIn.setChatResponder((request) => printedAnswer(documentText(request)));

	try {
		const connection = await OllamaConnection.open({
			baseUrl: standIn.url,
			timeoutMilliseconds: 60_000,
			allowRemoteServer: false,
		});
		for (const document of documents) await extractAndCheck(connection, document);

		const measured: Measured[] = [];
		for (const document of documents) {
			measured.push(await measureDocument(standIn, connection, document, repetitions));
		}

		const node = `Local SLM Extract Invoice (engine, per invoice, median of ${repetitions} runs)`;
		const lines = measured.map((entry): [string, unknown[]] => [entry.file, cells(entry)]);
		return [table(node, headings, lines), summary(measured)];
	} finally {
		await standIn.close();
	}
}
