import { emptyInvoice, type InvoiceRecord, type Withholding } from '../record';
import { documentTypeOfCode } from './documentType';
import { child, childrenNamed, joinTexts, linesAt, textAt } from './elements';
import { ublLine, ublParty, ublTaxEntry } from './ublParts';
import { ValueReader } from './values';
import type { XmlElement } from './xmlTree';

/** The tax total in the document currency; a second one may restate it in the tax currency. */
function documentTaxTotal(root: XmlElement, currency: string | null): XmlElement | undefined {
	const totals = childrenNamed(root, 'TaxTotal');
	return (
		totals.find((total) => child(total, 'TaxAmount')?.attributes.currencyID === currency) ??
		totals[0]
	);
}

// WithholdingTaxTotal arrived with UBL 2.2; PEPPOL invoices do not carry it.
function ublWithholding(root: XmlElement, values: ValueReader): Withholding | null {
	const withholding = child(root, 'WithholdingTaxTotal');
	const amount = values.number('withholding.amount', child(withholding, 'TaxAmount'));
	if (amount === null) return null;

	const subtotal = child(withholding, 'TaxSubtotal');
	const rate = child(subtotal, 'TaxCategory', 'Percent') ?? child(subtotal, 'Percent');
	return {
		rate: values.number('withholding.rate', rate),
		base: values.number('withholding.base', child(subtotal, 'TaxableAmount')),
		amount: Math.abs(amount),
	};
}

/** Reads UBL 2.1 Invoice and CreditNote, as PEPPOL BIS and XRechnung UBL use them. */
export function readUbl(root: XmlElement): InvoiceRecord {
	const creditNote = root.name === 'CreditNote';
	const taxTotal = documentTaxTotal(root, textAt(root, 'DocumentCurrencyCode'));
	const monetaryTotal = child(root, 'LegalMonetaryTotal');
	const paymentMeans = childrenNamed(root, 'PaymentMeans');
	const record = emptyInvoice();
	const values = new ValueReader(record.printed);

	record.documentType = creditNote
		? 'creditNote'
		: documentTypeOfCode(textAt(root, 'InvoiceTypeCode'));
	record.invoiceNumber = textAt(root, 'ID');
	record.correctedInvoiceNumber = textAt(
		root,
		'BillingReference',
		'InvoiceDocumentReference',
		'ID',
	);
	record.issueDate = values.date('issueDate', child(root, 'IssueDate'));
	record.currency = textAt(root, 'DocumentCurrencyCode');

	record.supplier = ublParty(child(root, 'AccountingSupplierParty', 'Party'), values, 'supplier');
	record.customer = ublParty(child(root, 'AccountingCustomerParty', 'Party'), values, 'customer');

	const dueDate =
		child(root, 'DueDate') ??
		paymentMeans.map((means) => child(means, 'PaymentDueDate')).find(Boolean);
	record.dueDate = values.date('dueDate', dueDate);
	record.paymentTerms = joinTexts(
		childrenNamed(root, 'PaymentTerms').map((terms) => linesAt(terms, 'Note')),
		'\n',
	);
	const account = paymentMeans
		.map((means) => child(means, 'PayeeFinancialAccount', 'ID'))
		.find(Boolean);
	record.iban = values.iban('iban', account);

	record.lines = childrenNamed(root, creditNote ? 'CreditNoteLine' : 'InvoiceLine').map(
		(line, index) => ublLine(line, values, `lines[${index}]`),
	);
	record.taxBreakdown = childrenNamed(taxTotal, 'TaxSubtotal').map((subtotal, index) =>
		ublTaxEntry(subtotal, values, `taxBreakdown[${index}]`),
	);
	record.withholding = ublWithholding(root, values);

	record.netTotal = values.number('netTotal', child(monetaryTotal, 'TaxExclusiveAmount'));
	record.taxTotal = values.number('taxTotal', child(taxTotal, 'TaxAmount'));
	record.prepaidAmount = values.number('prepaidAmount', child(monetaryTotal, 'PrepaidAmount'));
	record.total = values.number('total', child(monetaryTotal, 'PayableAmount'));
	return record;
}
