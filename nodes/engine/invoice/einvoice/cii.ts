import { emptyInvoice, type InvoiceRecord } from '../record';
import { ciiD16bNames, zugferd1Names } from './ciiNames';
import { ciiLine, ciiParty, ciiTaxEntry } from './ciiParts';
import { documentTypeOfCode } from './documentType';
import { child, childrenNamed, joinTexts, linesAt, textAt } from './elements';
import { EInvoiceError } from './errors';
import { ValueReader } from './values';
import type { XmlElement } from './xmlTree';

/** An amount that may be given twice, in the invoice and the accounting currency. */
function inCurrency(amounts: XmlElement[], currency: string | null): XmlElement | undefined {
	return amounts.find((amount) => amount.attributes.currencyID === currency) ?? amounts[0];
}

/** Reads UN/CEFACT CII: Factur-X, ZUGFeRD 2.x, XRechnung CII, and ZUGFeRD 1.0. */
export function readCii(root: XmlElement): InvoiceRecord {
	const names = root.name === 'CrossIndustryDocument' ? zugferd1Names : ciiD16bNames;
	const document = child(root, names.document);
	const transaction = child(root, names.transaction);
	if (!document || !transaction) {
		const missing = document ? names.transaction : names.document;
		throw new EInvoiceError(
			`The CII invoice has no ${missing} element, so it is incomplete. Ask the supplier for the full invoice XML.`,
		);
	}

	const agreement = child(transaction, names.agreement);
	const settlement = child(transaction, names.settlement);
	const summation = child(settlement, names.summation);
	const terms = childrenNamed(settlement, 'SpecifiedTradePaymentTerms');
	const record = emptyInvoice();
	const values = new ValueReader(record.printed);

	record.documentType = documentTypeOfCode(textAt(document, 'TypeCode'));
	record.invoiceNumber = textAt(document, 'ID');
	record.correctedInvoiceNumber = textAt(
		settlement,
		'InvoiceReferencedDocument',
		'IssuerAssignedID',
	);
	record.issueDate = values.date('issueDate', child(document, 'IssueDateTime', 'DateTimeString'));
	record.currency = textAt(settlement, 'InvoiceCurrencyCode');

	record.supplier = ciiParty(child(agreement, 'SellerTradeParty'), values, 'supplier');
	record.customer = ciiParty(child(agreement, 'BuyerTradeParty'), values, 'customer');

	const dueDate = terms
		.map((term) => child(term, 'DueDateDateTime', 'DateTimeString'))
		.find(Boolean);
	record.dueDate = values.date('dueDate', dueDate);
	record.paymentTerms = joinTexts(
		terms.map((term) => linesAt(term, 'Description')),
		'\n',
	);
	const account = childrenNamed(settlement, 'SpecifiedTradeSettlementPaymentMeans')
		.map((means) => child(means, 'PayeePartyCreditorFinancialAccount', 'IBANID'))
		.find(Boolean);
	record.iban = values.iban('iban', account);

	record.lines = childrenNamed(transaction, 'IncludedSupplyChainTradeLineItem').map((item, index) =>
		ciiLine(item, names, values, `lines[${index}]`),
	);
	record.taxBreakdown = childrenNamed(settlement, 'ApplicableTradeTax')
		.filter((tax) => (textAt(tax, 'TypeCode') ?? 'VAT') === 'VAT')
		.map((tax, index) => ciiTaxEntry(tax, names, values, `taxBreakdown[${index}]`));

	record.netTotal = values.number(
		'netTotal',
		child(summation, 'TaxBasisTotalAmount') ?? child(summation, 'LineTotalAmount'),
	);
	record.taxTotal = values.number(
		'taxTotal',
		inCurrency(childrenNamed(summation, 'TaxTotalAmount'), record.currency),
	);
	const grandTotal = values.number('grandTotal', child(summation, 'GrandTotalAmount'));
	const duePayable = values.number('total', child(summation, 'DuePayableAmount'));
	record.total = duePayable ?? grandTotal;
	// The minimum profile gives no prepaid amount, only a due amount below the grand total.
	const impliedPrepaid =
		grandTotal !== null && duePayable !== null && grandTotal !== duePayable
			? Math.round((grandTotal - duePayable) * 100) / 100
			: null;
	record.prepaidAmount =
		values.number('prepaidAmount', child(summation, 'TotalPrepaidAmount')) ?? impliedPrepaid;
	return record;
}
