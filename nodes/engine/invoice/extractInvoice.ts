import type { OllamaConnection } from '../ollama/connection';
import { emptyUsage, type ModelUsage } from '../ollama/usage';
import type { DocumentInput } from './documentInput';
import { EInvoiceError, findEmbeddedInvoiceXml, readEInvoiceXml } from './einvoice';
import { extractFromImages, extractFromPages, type ExtractionSetup } from './extract/askModel';
import { printedToRecord } from './extract/toRecord';
import { InvoiceInputError } from './inputErrors';
import { readPdf, renderPages, type PdfLimits } from './pdf/readPdf';
import type { InvoiceRecord, InvoiceSource } from './record';

export interface InvoiceSetup extends ExtractionSetup {
	/** A vision-capable model for scanned pages; empty when none is installed. */
	visionModel: string;
	limits: PdfLimits;
}

export interface ExtractedInvoice {
	record: InvoiceRecord;
	source: InvoiceSource;
	/** The document's own text, for checking that every value is really in it. */
	sourceText?: string;
	pages: number;
	textMillisecondsPerPage: number;
	usage: ModelUsage;
}

function fromXml(xml: string, embeddedInPages?: number): ExtractedInvoice {
	try {
		const { format, record } = readEInvoiceXml(xml);
		return {
			record,
			source: embeddedInPages === undefined ? format : 'pdfEmbeddedXml',
			pages: embeddedInPages ?? 0,
			textMillisecondsPerPage: 0,
			usage: emptyUsage(),
		};
	} catch (error) {
		if (!(error instanceof EInvoiceError)) throw error;
		throw new InvoiceInputError(
			'notSupported',
			`The XML is not a supported e-invoice: ${error.message}`,
			'Supported are Facturae 3.2.x, UBL 2.1 / PEPPOL BIS and UN/CEFACT CII (Factur-X, ZUGFeRD, XRechnung).',
		);
	}
}

export type Connect = () => Promise<OllamaConnection>;

async function fromImages(
	connect: Connect,
	setup: InvoiceSetup,
	images: string[],
	why: string,
	source: InvoiceSource = 'pdfImages',
): Promise<ExtractedInvoice> {
	if (!setup.visionModel) {
		throw new InvoiceInputError(
			'visionModelNeeded',
			`${why}, so a vision model is needed to read it.`,
			'Choose a vision model in "Vision Model" (for example gemma3:4b or qwen2.5vl:3b, after ollama pull), or send a PDF with a text layer.',
		);
	}
	const extraction = await extractFromImages(
		await connect(),
		{ ...setup, model: setup.visionModel },
		images,
	);
	return {
		record: printedToRecord(extraction.printed, setup.extraFields),
		source,
		pages: images.length,
		textMillisecondsPerPage: 0,
		usage: extraction.usage,
	};
}

async function fromText(
	connect: Connect,
	setup: InvoiceSetup,
	pages: Array<{ number: number; text: string }>,
	source: InvoiceSource,
): Promise<ExtractedInvoice> {
	const extraction = await extractFromPages(await connect(), setup, pages);
	return {
		record: printedToRecord(extraction.printed, setup.extraFields),
		source,
		sourceText: pages.map((page) => page.text).join('\n'),
		pages: pages.length,
		textMillisecondsPerPage: 0,
		usage: extraction.usage,
	};
}

async function fromPdf(connect: Connect, setup: InvoiceSetup, data: Buffer) {
	const pdf = await readPdf(data, setup.limits);
	const pageCount = pdf.pages.length;
	const embedded = await findEmbeddedInvoiceXml(data).catch(() => undefined);
	if (embedded) return fromXml(embedded.xml, pageCount);

	const readable = pdf.pages.filter((page) => page.readable);
	if (readable.length === 0 && pdf.pages.every((page) => page.imageCount === 0 && !page.text)) {
		throw new InvoiceInputError(
			'noText',
			'The PDF has neither text nor images: its pages are empty or damaged.',
			'Open it to check; if it looks empty or broken, ask the supplier to send it again.',
		);
	}
	const extracted =
		readable.length > 0
			? await fromText(connect, setup, readable, 'pdfText')
			: await fromImages(
					connect,
					setup,
					await renderPages(
						data,
						pdf.pages.map((page) => page.number),
						setup.limits.password,
					),
					'The PDF has no readable text layer (it is a scan or its text is garbled)',
				);
	return {
		...extracted,
		pages: pageCount,
		textMillisecondsPerPage: pageCount > 0 ? pdf.textMilliseconds / pageCount : 0,
	};
}

/**
 * E-invoices are read exactly; PDFs by their text layer, or as images when they have none.
 * The server is only contacted (`connect`) when a model is needed.
 */
export async function extractInvoice(
	connect: Connect,
	setup: InvoiceSetup,
	input: DocumentInput,
): Promise<ExtractedInvoice> {
	if (input.kind === 'pdf') return await fromPdf(connect, setup, input.data);
	if (input.kind === 'xml') return fromXml(input.data.toString('utf8'));
	if (input.kind === 'image') {
		return await fromImages(
			connect,
			setup,
			[input.data.toString('base64')],
			'The invoice is an image',
			'image',
		);
	}

	const text = input.data.toString('utf8');
	if (!text.trim()) {
		throw new InvoiceInputError(
			'empty',
			'The invoice text is empty.',
			'Check the expression that gives the text.',
		);
	}
	if (text.trimStart().startsWith('<')) return fromXml(text);
	return await fromText(connect, setup, [{ number: 1, text }], 'text');
}
