import { PDFParse } from 'pdf-parse';

import { InvoiceInputError } from '../inputErrors';
import { looksLikeGarbage } from './textQuality';

export interface PdfPage {
	number: number;
	text: string;
	/** Whether the page has a text layer worth reading (not empty, not garbled). */
	readable: boolean;
	imageCount: number;
}

export interface PdfLimits {
	maximumBytes: number;
	maximumPages: number;
	password?: string;
}

export interface PdfContent {
	pages: PdfPage[];
	/** Milliseconds spent reading the text layer. */
	textMilliseconds: number;
}

const pageSeparator = /\n*-- \d+ of \d+ --\n*/g;

function explainLoadFailure(error: unknown, limits: PdfLimits): never {
	const name = (error as { name?: string })?.name;
	if (name === 'PasswordException') {
		throw limits.password
			? new InvoiceInputError(
					'passwordWrong',
					'The PDF is encrypted and the password given does not open it.',
					'Check the password in the node options ("PDF Password").',
				)
			: new InvoiceInputError(
					'passwordNeeded',
					'The PDF is encrypted and needs a password.',
					'Set "PDF Password" in the node options, or ask the supplier for an unprotected copy.',
				);
	}
	throw new InvoiceInputError(
		'damaged',
		`The file is not a readable PDF: ${error instanceof Error ? error.message : String(error)}`,
		'The file is damaged or only partly received. Ask the supplier to send it again.',
	);
}

function checkSize(data: Buffer, limits: PdfLimits) {
	if (data.length === 0) {
		throw new InvoiceInputError(
			'empty',
			'The file is empty (0 bytes).',
			'Check that the attachment or upload arrived whole.',
		);
	}
	if (data.subarray(0, 1024).indexOf('%PDF-') < 0) {
		throw new InvoiceInputError(
			'notPdf',
			'The file is not a PDF: it does not start with a PDF header.',
			'Send a PDF, an e-invoice XML (Facturae, UBL, CII) or an image of the invoice.',
		);
	}
	if (data.length > limits.maximumBytes) {
		const megabytes = (data.length / 1_048_576).toFixed(1);
		throw new InvoiceInputError(
			'tooLarge',
			`The PDF has ${megabytes} MB, more than the limit of ${(limits.maximumBytes / 1_048_576).toFixed(0)} MB.`,
			'Raise "Maximum File Size" in the node options if this really is one invoice.',
		);
	}
}

/** Reads the text layer page by page; each parser is destroyed, whatever happens. */
export async function readPdf(data: Buffer, limits: PdfLimits): Promise<PdfContent> {
	checkSize(data, limits);

	// pdf.js detaches the buffer it is given; a copy keeps the caller's binary intact.
	const parser = new PDFParse({ data: Buffer.from(data), password: limits.password });
	try {
		const started = performance.now();
		const info = await parser.getInfo().catch((error) => explainLoadFailure(error, limits));
		if (info.total > limits.maximumPages) {
			throw new InvoiceInputError(
				'tooManyPages',
				`The PDF has ${info.total} pages, more than the limit of ${limits.maximumPages}.`,
				'Split the document, or raise "Maximum Pages" in the node options if this really is one invoice.',
			);
		}
		const text = await parser.getText().catch((error) => explainLoadFailure(error, limits));
		const textMilliseconds = performance.now() - started;
		const images = await parser
			.getImage({ imageDataUrl: false, imageBuffer: false })
			.catch(() => undefined);

		const pages = text.pages.map((page, index) => {
			const pageText = page.text.replace(pageSeparator, '').trim();
			return {
				number: page.num,
				text: pageText,
				readable: pageText.length > 0 && !looksLikeGarbage(pageText),
				imageCount: images?.pages[index]?.images.length ?? 0,
			};
		});
		return { pages, textMilliseconds };
	} finally {
		await parser.destroy();
	}
}

/** Page images for a vision model, as base64 PNG. */
export async function renderPages(data: Buffer, pageNumbers: number[], password?: string) {
	const parser = new PDFParse({ data: Buffer.from(data), password });
	try {
		const screenshots = await parser.getScreenshot({
			partial: pageNumbers,
			desiredWidth: 1240,
			imageDataUrl: false,
			imageBuffer: true,
		});
		return screenshots.pages.map((page) => Buffer.from(page.data).toString('base64'));
	} finally {
		await parser.destroy();
	}
}
