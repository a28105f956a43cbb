import { readFileSync } from 'node:fs';

import { findEmbeddedInvoiceXml, readEInvoiceXml } from '../../nodes/engine/invoice/einvoice';
import type { PrintedInvoice } from '../../nodes/engine/invoice/extract/modelAnswer';
import { printedToRecord } from '../../nodes/engine/invoice/extract/toRecord';
import type { InvoiceRecord } from '../../nodes/engine/invoice/record';
import type { ChatRequestBody } from '../../test/standIn';
import { printedAnswerFor } from '../../test/support/invoiceGroundTruth';
import { countChatTokens, countTokens } from '../tokens';
import { groundTruth, spanishInvoiceIn, type InvoiceFile } from './corpus';
import { theirAnswer } from './theirSchema';

export type Route = 'localSlm' | 'n8n';

interface Exchange {
	file: string;
	route: Route;
	execution: number;
	promptTokens: number;
	outputTokens: number;
}

interface KnownInvoice {
	file: string;
	/** What a faithful model answers our node: every value as printed. */
	printed?: Record<string, unknown>;
	/** The same invoice booked, numbers and ISO dates, for a schema that asks for those. */
	record: InvoiceRecord;
}

/** A PDF e-invoice is known by the number in its attached XML, read exactly. */
async function attachedInvoice(file: InvoiceFile): Promise<KnownInvoice | undefined> {
	const embedded = await findEmbeddedInvoiceXml(readFileSync(file.path));
	if (!embedded) return undefined;
	return { file: file.name, record: readEInvoiceXml(embedded.xml).record };
}

/**
 * Answers each invoice faithfully in the shape each route asks for, and keeps, per file, what
 * was sent and answered. Each responder serves one execution of its route.
 */
export class InvoiceScriptedModel {
	readonly exchanges: Exchange[] = [];
	private readonly executions: Record<Route, number> = { localSlm: 0, n8n: 0 };

	private constructor(private readonly attached: KnownInvoice[]) {}

	static async forFiles(files: InvoiceFile[]): Promise<InvoiceScriptedModel> {
		const pdfs = files.filter((file) => file.name.endsWith('.pdf'));
		const attached = await Promise.all(pdfs.map(attachedInvoice));
		return new InvoiceScriptedModel(attached.filter((entry) => entry !== undefined));
	}

	responder(route: Route) {
		const execution = ++this.executions[route];
		return (request: ChatRequestBody) => {
			const text = request.messages?.at(-1)?.content ?? '';
			const invoice = this.invoiceIn(text);
			const reply = route === 'n8n' ? theirAnswer(invoice.record) : JSON.stringify(invoice.printed);

			this.exchanges.push({
				file: invoice.file,
				route,
				execution,
				promptTokens: countChatTokens(request.messages ?? []),
				outputTokens: countTokens(reply),
			});
			return reply;
		};
	}

	/** Model calls, prompt tokens and output tokens one route spent on one file, per execution. */
	usageOf(route: Route, file: string) {
		const exchanges = this.exchanges.filter(
			(entry) => entry.route === route && entry.file === file,
		);
		const executions = Math.max(1, this.executions[route]);
		const sum = (pick: (entry: Exchange) => number) =>
			exchanges.reduce((total, entry) => total + pick(entry), 0) / executions;
		return {
			calls: exchanges.length / executions,
			promptTokens: sum((entry) => entry.promptTokens),
			outputTokens: sum((entry) => entry.outputTokens),
		};
	}

	private invoiceIn(text: string): KnownInvoice {
		const spanish = spanishInvoiceIn(text);
		if (spanish) {
			const printed = printedAnswerFor(groundTruth(spanish), text);
			const record = printedToRecord(printed as unknown as PrintedInvoice, []);
			return { file: `${spanish}.pdf`, printed, record };
		}

		const attached = this.attached.find(
			({ record }) => record.invoiceNumber && text.includes(record.invoiceNumber),
		);
		if (!attached) throw new Error('The request is about no invoice of the benchmark.');
		return attached;
	}
}
