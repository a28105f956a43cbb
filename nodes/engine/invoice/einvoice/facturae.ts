import { emptyInvoice, type DocumentType, type InvoiceRecord } from '../record';
import { child, childrenNamed, textAt } from './elements';
import { EInvoiceError } from './errors';
import { facturaeLine, facturaeParty } from './facturaeParts';
import { facturaeTaxes } from './facturaeTaxes';
import { ValueReader } from './values';
import type { XmlElement } from './xmlTree';

const supportedVersions = ['3.2', '3.2.1', '3.2.2'];

// Rectificativas: OR is a corrective invoice, CR a copy of one.
const correctiveClasses = new Set(['OR', 'CR']);

function documentTypeOf(header: XmlElement | undefined): DocumentType {
	const corrective =
		correctiveClasses.has(textAt(header, 'InvoiceClass') ?? '') || child(header, 'Corrective');
	if (corrective) return 'creditNote';
	return textAt(header, 'InvoiceDocumentType') === 'FA' ? 'simplifiedInvoice' : 'invoice';
}

/** Spanish invoice numbers are "serie y número"; the series is printed before the number. */
function numberWithSeries(element: XmlElement | undefined): string | null {
	const number = textAt(element, 'InvoiceNumber');
	const series = textAt(element, 'InvoiceSeriesCode');
	if (!number || !series || number.startsWith(series)) return number;
	return `${series}${number}`;
}

function singleInvoice(root: XmlElement): XmlElement {
	const version = textAt(root, 'FileHeader', 'SchemaVersion');
	if (!version || !supportedVersions.includes(version)) {
		throw new EInvoiceError(
			`Facturae version ${version ?? '(none given)'} is not supported. Accepted: ${supportedVersions.join(', ')}.`,
		);
	}

	const invoices = childrenNamed(child(root, 'Invoices'), 'Invoice');
	if (invoices.length !== 1) {
		throw new EInvoiceError(
			invoices.length === 0
				? 'The Facturae file holds no invoice. Ask the supplier for the complete file.'
				: `The Facturae file is a batch of ${invoices.length} invoices; only files with one invoice can be read. Ask the supplier for one file per invoice.`,
		);
	}
	return invoices[0];
}

/** Reads Spanish Facturae 3.2, 3.2.1 and 3.2.2; a signature, if any, is not checked. */
export function readFacturae(root: XmlElement): InvoiceRecord {
	const invoice = singleInvoice(root);
	const header = child(invoice, 'InvoiceHeader');
	const issueData = child(invoice, 'InvoiceIssueData');
	const totals = child(invoice, 'InvoiceTotals');
	const installment = child(invoice, 'PaymentDetails', 'Installment');
	const record = emptyInvoice();
	const values = new ValueReader(record.printed);

	record.documentType = documentTypeOf(header);
	record.invoiceNumber = numberWithSeries(header);
	record.correctedInvoiceNumber = numberWithSeries(child(header, 'Corrective'));
	record.issueDate = values.date('issueDate', child(issueData, 'IssueDate'));
	record.currency = textAt(issueData, 'InvoiceCurrencyCode');

	record.supplier = facturaeParty(child(root, 'Parties', 'SellerParty'), values, 'supplier');
	record.customer = facturaeParty(child(root, 'Parties', 'BuyerParty'), values, 'customer');

	record.dueDate = values.date('dueDate', child(installment, 'InstallmentDueDate'));
	record.paymentTerms = textAt(installment, 'CollectionAdditionalInformation');
	record.iban = values.iban('iban', child(installment, 'AccountToBeCredited', 'IBAN'));

	record.lines = childrenNamed(child(invoice, 'Items'), 'InvoiceLine').map((line, index) =>
		facturaeLine(line, values, `lines[${index}]`),
	);
	Object.assign(record, facturaeTaxes(invoice, totals, values));

	record.netTotal = values.number('netTotal', child(totals, 'TotalGrossAmountBeforeTaxes'));
	// TotalExecutableAmount is what is to be paid: after withholding and advance payments.
	record.prepaidAmount = values.number('prepaidAmount', child(totals, 'TotalPaymentsOnAccount'));
	record.total = values.number(
		'total',
		child(totals, 'TotalExecutableAmount') ?? child(totals, 'InvoiceTotal'),
	);
	return record;
}
