import { performance } from 'node:perf_hooks';

import type { DocumentInput } from '../../nodes/engine/invoice/documentInput';
import { extractInvoice, type InvoiceSetup } from '../../nodes/engine/invoice/extractInvoice';
import { validateInvoice } from '../../nodes/engine/invoice/validate';
import type { OllamaConnection } from '../../nodes/engine/ollama/connection';
import type { ChatRequestBody, OllamaStandIn } from '../../test/standIn';
import { percentile } from '../statistics';
import { countChatTokens, countTokens } from '../tokens';
import { printedAnswer } from './corpus';

/** The node's defaults, as a user who only picks the model gets them. */
const setup: InvoiceSetup = {
	model: 'qwen2.5:3b',
	visionModel: '',
	extraFields: [],
	extraInstructions: '',
	partTokenBudget: 6000,
	limits: { maximumBytes: 20 * 1_048_576, maximumPages: 30 },
};

export const documentText = (request: ChatRequestBody) => request.messages?.at(-1)?.content ?? '';

/** What the node does for one item: extract, then check against the document's own text. */
export async function extractAndCheck(connection: OllamaConnection, document: DocumentInput) {
	const extracted = await extractInvoice(async () => connection, setup, document);
	const validation = validateInvoice(extracted.record, {
		sourceText: extracted.sourceText,
		computedFields: ['surchargeTotal'],
	});
	return { extracted, validation };
}

function outcome(validation: ReturnType<typeof validateInvoice>): string {
	if (validation.valid) return 'Valid';
	return `Needs Review (${validation.problems.map((problem) => problem.code).join(', ')})`;
}

export interface Measured {
	file: string;
	source: string;
	pages: number;
	textMsPerPage: number;
	calls: number;
	promptTokens: number;
	systemTokens: number;
	outputTokens: number;
	nodeMs: number;
	outcome: string;
}

/** One document measured a few times: the median times, and what one run sent and got. */
export async function measureDocument(
	standIn: OllamaStandIn,
	connection: OllamaConnection,
	document: DocumentInput,
	repetitions: number,
): Promise<Measured> {
	const times: number[] = [];
	const textTimes: number[] = [];
	let checked: Awaited<ReturnType<typeof extractAndCheck>> | undefined;
	let requests: ChatRequestBody[] = [];
	for (let repetition = 0; repetition < repetitions; repetition++) {
		const before = standIn.chatRequests().length;
		const started = performance.now();
		checked = await extractAndCheck(connection, document);
		times.push(performance.now() - started);
		textTimes.push(checked.extracted.textMillisecondsPerPage);
		requests = standIn.chatRequests().slice(before);
	}

	const { extracted, validation } = checked!;
	const sum = (count: (body: ChatRequestBody) => number) =>
		requests.reduce((total, body) => total + count(body), 0);
	return {
		file: document.fileName,
		source: extracted.source,
		pages: extracted.pages,
		textMsPerPage: percentile(textTimes, 0.5),
		calls: requests.length,
		promptTokens: sum((body) => countChatTokens(body.messages ?? [])),
		systemTokens: sum((body) => countChatTokens(body.messages?.slice(0, 1) ?? [])),
		outputTokens: sum((body) => countTokens(printedAnswer(documentText(body)))),
		nodeMs: percentile(times, 0.5),
		outcome: outcome(validation),
	};
}
