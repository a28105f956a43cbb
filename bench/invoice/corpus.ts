import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

import { documentKind, type DocumentInput } from '../../nodes/engine/invoice/documentInput';
import { projectRoot } from '../../test/harness/paths';
import { printedAnswerFor, type GroundTruth } from '../../test/support/invoiceGroundTruth';

const fixtures = join(projectRoot, 'test', 'fixtures');
const spanishFolder = join(fixtures, 'invoices-es');

/** The Spanish corpus PDFs with a text layer; inv11 is a scan and needs a vision model. */
export const spanishTextInvoices = [
	'inv01_standard_21',
	'inv02_mixed_vat',
	'inv03_professional_irpf',
	'inv05_credit_note',
	'inv06_two_pages_35_lines',
	'inv07_simplified_ticket',
	'inv10_invalid_cif',
];

/** E-invoices as XML and as PDFs with the XML attached; the damaged sample is left out. */
export const eInvoiceFiles = [
	'inv02_mixed_vat.facturae322.xml',
	'01.01a-INVOICE.ubl.xml',
	'Factur-X_basic.xml',
	'facturFrMinimum.xml',
	'EN16931_Einfach.pdf',
	'MustangGnuaccountingBeispielRE-20170509_505.pdf',
];

export interface InvoiceFile {
	name: string;
	path: string;
}

export function invoiceFiles(): InvoiceFile[] {
	return [
		...spanishTextInvoices.map((name) => join(spanishFolder, `${name}.pdf`)),
		...eInvoiceFiles.map((name) => join(fixtures, 'einvoices', name)),
	].map((path) => ({ name: basename(path), path }));
}

export function readDocument(file: InvoiceFile): DocumentInput {
	const data = readFileSync(file.path);
	const kind = documentKind(data, '', file.name);
	if (!kind) throw new Error(`${file.name} is neither a PDF nor an XML e-invoice.`);
	return { kind, data, fileName: file.name, mimeType: '' };
}

export function groundTruth(name: string): GroundTruth {
	return JSON.parse(readFileSync(join(spanishFolder, `${name}.json`), 'utf8'));
}

/**
 * The corpus invoice a text is, found by the first of their numbers printed in it: a credit
 * note also prints the number of the invoice it corrects, further down.
 */
export function spanishInvoiceIn(text: string): string | undefined {
	return spanishTextInvoices
		.map((name) => ({ name, at: text.indexOf(groundTruth(name).invoice_number) }))
		.filter((candidate) => candidate.at >= 0)
		.sort((first, second) => first.at - second.at)[0]?.name;
}

/** What a faithful model answers our Extract Invoice: every value copied as printed. */
export function printedAnswer(documentText: string): string {
	const name = spanishInvoiceIn(documentText);
	if (!name) throw new Error('The request is about no invoice of the Spanish corpus.');
	return JSON.stringify(printedAnswerFor(groundTruth(name), documentText));
}
