import { detectEInvoiceFormat } from './detect';
import { readPdfAttachments } from './pdfAttachments';

/** Names that Factur-X, ZUGFeRD 1 and 2, and XRechnung give the invoice inside a PDF/A-3. */
const invoiceFileNames = ['factur-x.xml', 'zugferd-invoice.xml', 'xrechnung.xml'];

function isPdf(data: Buffer): boolean {
	// PDF readers accept the header anywhere in the first kilobyte, after junk.
	return data.subarray(0, 1024).includes('%PDF-');
}

/** XML declares its own encoding; Facturae files in Latin-1 are common. */
function decodeXml(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);

	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
	const declared = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
	try {
		return new TextDecoder(declared ?? 'utf-8').decode(bytes);
	} catch {
		return new TextDecoder('utf-8').decode(bytes);
	}
}

/**
 * The e-invoice XML attached to a PDF (Factur-X, ZUGFeRD, XRechnung, UBL), or undefined when
 * there is none: also for an empty, damaged or encrypted file, which the PDF reader reports.
 * Among several attachments, a recognised invoice under a standard name comes first.
 */
export async function findEmbeddedInvoiceXml(
	pdf: Buffer,
): Promise<{ fileName: string; xml: string } | undefined> {
	if (!isPdf(pdf)) return undefined;

	const candidates = readPdfAttachments(pdf).map((attachment) => ({
		fileName: attachment.fileName,
		xml: decodeXml(attachment.content),
		standardName: invoiceFileNames.includes(attachment.fileName.toLowerCase()),
	}));
	const recognised = candidates.filter((candidate) => detectEInvoiceFormat(candidate.xml));

	const found =
		recognised.find((candidate) => candidate.standardName) ??
		recognised[0] ??
		candidates.find((candidate) => candidate.standardName);
	return found && { fileName: found.fileName, xml: found.xml };
}
