import type { OllamaConnection } from '../../ollama/connection';
import { chooseContextSize, estimateMessagesTokens } from '../../ollama/contextSize';
import { addUsage, emptyUsage, type ModelUsage } from '../../ollama/usage';
import { requestStructured } from '../../structured/requestStructured';
import { mergePrintedInvoices, type PrintedInvoice } from './modelAnswer';
import { groupPages, joinPages, type PageText } from './pageGroups';
import {
	buildExtractionSystemPrompt,
	documentMessage,
	extractionMessages,
	type ExtractionPromptSettings,
} from './prompt';
import { invoiceSchema } from './schema';

export interface ExtractionSetup extends ExtractionPromptSettings {
	model: string;
	/** Input tokens per request; longer invoices are split by page. */
	partTokenBudget: number;
	keepAlive?: string;
}

export interface ModelExtraction {
	printed: PrintedInvoice;
	usage: ModelUsage;
	parts: number;
}

const imageTokensAllowance = 1600;

/** The answer copies values from the text, so it is never much longer than the text. */
const answerTokensFor = (inputTokens: number) => Math.min(8192, 512 + inputTokens);

async function askForParts(
	connection: OllamaConnection,
	setup: ExtractionSetup,
	userContents: Array<{ content: string; images?: string[] }>,
	contextLength: number,
): Promise<ModelExtraction> {
	const systemPrompt = buildExtractionSystemPrompt(setup);
	const schema = invoiceSchema(setup.extraFields);
	const inputTokens = userContents.map(
		(part) =>
			estimateMessagesTokens(extractionMessages(systemPrompt, part.content)) +
			(part.images?.length ?? 0) * imageTokensAllowance,
	);
	const largest = Math.max(...inputTokens);
	const answerTokens = answerTokensFor(largest);
	// One context size for every part, so the model is loaded once for the whole invoice.
	const options = {
		temperature: 0,
		seed: 42,
		num_ctx: chooseContextSize(largest, answerTokens, contextLength),
		num_predict: answerTokens,
	};

	let usage = emptyUsage();
	const answers: PrintedInvoice[] = [];
	for (const part of userContents) {
		const result = await requestStructured<PrintedInvoice>(
			connection,
			{
				model: setup.model,
				messages: extractionMessages(systemPrompt, part.content, part.images),
				options,
				keepAlive: setup.keepAlive,
			},
			schema,
		);
		usage = addUsage(usage, result.usage);
		answers.push(result.value);
	}
	return { printed: mergePrintedInvoices(answers), usage, parts: answers.length };
}

export async function extractFromPages(
	connection: OllamaConnection,
	setup: ExtractionSetup,
	pages: PageText[],
): Promise<ModelExtraction> {
	const info = await connection.requireCapability(setup.model, 'completion');
	const budget = Math.min(setup.partTokenBudget, info.contextLength / 2);
	const groups = groupPages(pages, budget);
	const contents = groups.map((group, index) => ({
		content: documentMessage(
			joinPages(group),
			groups.length > 1 ? { index: index + 1, count: groups.length } : undefined,
		),
	}));
	return await askForParts(connection, setup, contents, info.contextLength);
}

/** Scanned pages go to a vision model, a few pages per request. */
export async function extractFromImages(
	connection: OllamaConnection,
	setup: ExtractionSetup,
	pageImages: string[],
	pagesPerRequest = 2,
): Promise<ModelExtraction> {
	const info = await connection.requireCapability(setup.model, 'vision');
	const contents: Array<{ content: string; images: string[] }> = [];
	for (let start = 0; start < pageImages.length; start += pagesPerRequest) {
		const images = pageImages.slice(start, start + pagesPerRequest);
		const count = Math.ceil(pageImages.length / pagesPerRequest);
		const part = count > 1 ? `Part ${start / pagesPerRequest + 1} of ${count}: ` : '';
		contents.push({ content: `${part}The invoice is in the attached page images.`, images });
	}
	return await askForParts(connection, setup, contents, info.contextLength);
}
