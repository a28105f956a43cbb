/** The invoice as the model copies it: every value a printed string, or null. */
export interface PrintedParty {
	name: string | null;
	taxId: string | null;
	address: string | null;
}

export interface PrintedLine {
	description: string;
	quantity: string | null;
	unitPrice: string | null;
	discount: string | null;
	taxRate: string | null;
	net: string | null;
}

export interface PrintedTaxEntry {
	rate: string | null;
	base: string | null;
	amount: string | null;
	surchargeRate: string | null;
	surchargeAmount: string | null;
}

export interface PrintedInvoice {
	documentType: 'invoice' | 'creditNote' | 'simplifiedInvoice';
	invoiceNumber: string | null;
	correctedInvoiceNumber: string | null;
	issueDate: string | null;
	dueDate: string | null;
	currency: string | null;
	supplier: PrintedParty;
	customer: PrintedParty;
	lines?: PrintedLine[];
	taxBreakdown: PrintedTaxEntry[];
	withholdingRate: string | null;
	withholdingAmount: string | null;
	netTotal: string | null;
	taxTotal: string | null;
	total: string | null;
	paymentTerms: string | null;
	iban: string | null;
	extraFields?: Record<string, string | null>;
}

const headerFields = [
	'documentType',
	'invoiceNumber',
	'correctedInvoiceNumber',
	'issueDate',
	'dueDate',
	'currency',
	'paymentTerms',
	'iban',
] as const;

const totalFields = [
	'withholdingRate',
	'withholdingAmount',
	'netTotal',
	'taxTotal',
	'total',
] as const;

const firstGiven = <T>(values: Array<T | null | undefined>) =>
	values.find((value) => value != null) ?? null;

function mergeParty(parts: PrintedParty[]): PrintedParty {
	return {
		name: firstGiven(parts.map((part) => part.name)),
		taxId: firstGiven(parts.map((part) => part.taxId)),
		address: firstGiven(parts.map((part) => part.address)),
	};
}

/**
 * Joins the answers for the parts of a long invoice: header fields from the first part that
 * gives them, totals from the last (they are printed at the end), lines in page order.
 */
export function mergePrintedInvoices(parts: PrintedInvoice[]): PrintedInvoice {
	if (parts.length === 1) return parts[0];

	const merged = { ...parts[0] };
	for (const field of headerFields) {
		(merged as Record<string, unknown>)[field] = firstGiven(parts.map((part) => part[field]));
	}
	const fromLast = [...parts].reverse();
	for (const field of totalFields) {
		(merged as Record<string, unknown>)[field] = firstGiven(fromLast.map((part) => part[field]));
	}
	merged.documentType = parts[0].documentType;
	merged.supplier = mergeParty(parts.map((part) => part.supplier));
	merged.customer = mergeParty(parts.map((part) => part.customer));
	merged.lines = parts.flatMap((part) => part.lines ?? []);
	merged.taxBreakdown = fromLast.find((part) => part.taxBreakdown.length > 0)?.taxBreakdown ?? [];
	const extraNames = new Set(parts.flatMap((part) => Object.keys(part.extraFields ?? {})));
	merged.extraFields = Object.fromEntries(
		[...extraNames].map((name) => [
			name,
			firstGiven(parts.map((part) => part.extraFields?.[name])),
		]),
	);
	return merged;
}
