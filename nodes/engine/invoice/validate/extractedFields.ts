import type { InvoiceRecord } from '../record';

export type FieldKind = 'amount' | 'percent' | 'date' | 'taxId' | 'iban' | 'text';

export interface ExtractedField {
	path: string;
	kind: FieldKind;
	value: string | number;
	/** For a line's unit price and net: its VAT rate, as a ticket prints prices with VAT. */
	lineTaxRate?: number | null;
}

type Entry = [string, FieldKind, string | number | null | undefined];

function headerEntries(record: InvoiceRecord): Entry[] {
	const { supplier, customer, withholding } = record;
	return [
		['invoiceNumber', 'text', record.invoiceNumber],
		['correctedInvoiceNumber', 'text', record.correctedInvoiceNumber],
		['issueDate', 'date', record.issueDate],
		['dueDate', 'date', record.dueDate],
		['supplier.name', 'text', supplier.name],
		['supplier.taxId', 'taxId', supplier.taxId],
		['customer.name', 'text', customer.name],
		['customer.taxId', 'taxId', customer.taxId],
		['iban', 'iban', record.iban],
		['netTotal', 'amount', record.netTotal],
		['taxTotal', 'amount', record.taxTotal],
		['surchargeTotal', 'amount', record.surchargeTotal],
		['total', 'amount', record.total],
		['withholding.rate', 'percent', withholding?.rate],
		['withholding.base', 'amount', withholding?.base],
		['withholding.amount', 'amount', withholding?.amount],
	];
}

/**
 * The values the model copied from the document, with their field paths and kinds: the header,
 * every line and every tax breakdown row. Descriptions, addresses and payment terms are left out,
 * as the model may shorten or join them.
 */
export function extractedFields(record: InvoiceRecord): ExtractedField[] {
	const entries = headerEntries(record);
	record.taxBreakdown.forEach((entry, index) => {
		const at = `taxBreakdown[${index}]`;
		entries.push(
			[`${at}.rate`, 'percent', entry.rate],
			[`${at}.base`, 'amount', entry.base],
			[`${at}.amount`, 'amount', entry.amount],
			[`${at}.surchargeRate`, 'percent', entry.surchargeRate],
			[`${at}.surchargeAmount`, 'amount', entry.surchargeAmount],
		);
	});

	const fields: ExtractedField[] = entries.flatMap(([path, kind, value]) =>
		value === null || value === undefined ? [] : [{ path, kind, value }],
	);
	record.lines.forEach((line, index) => {
		const at = `lines[${index}]`;
		const lineEntries: Entry[] = [
			[`${at}.quantity`, 'amount', line.quantity],
			[`${at}.unitPrice`, 'amount', line.unitPrice],
			[`${at}.discountPercent`, 'percent', line.discountPercent],
			[`${at}.taxRate`, 'percent', line.taxRate],
			[`${at}.net`, 'amount', line.net],
		];
		for (const [path, kind, value] of lineEntries) {
			if (value === null || value === undefined) continue;
			fields.push({ path, kind, value, lineTaxRate: line.taxRate });
		}
	});
	return fields;
}
