import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The ground truth of a Spanish corpus invoice, as its JSON file gives it. */
export interface GroundTruth {
	file: string;
	document_type: 'invoice' | 'credit_note' | 'simplified_invoice';
	supplier: { name: string; tax_id: string; address?: string; iban?: string | null };
	customer: { name: string | null; tax_id: string | null };
	invoice_number: string;
	issue_date: string;
	due_date: string | null;
	currency: string;
	lines: Array<{
		description: string;
		quantity: number;
		unit_price: number;
		discount_pct: number;
		vat_rate: number;
		line_net: number;
		unit_price_incl_vat?: number;
		line_total_incl_vat?: number;
	}>;
	tax_breakdown: Array<{ vat_rate: number; base: number; vat_amount: number }>;
	irpf_withholding: { rate: number; base: number; amount: number } | null;
	net_total: number;
	vat_total: number;
	total: number;
	payment_terms: string | null;
	expected_flags: Array<{ code: string; detail: string }>;
	prices_include_vat?: boolean;
	rectified_invoice?: { invoice_number: string };
}

export const spanishInvoicesFolder = path.join(__dirname, '..', 'fixtures', 'invoices-es');

export function readGroundTruth(name: string): GroundTruth {
	return JSON.parse(readFileSync(path.join(spanishInvoicesFolder, `${name}.json`), 'utf8'));
}

/** 1234.5 → "1.234,50", as Spanish invoices print amounts. */
export function spanishAmount(value: number): string {
	const [whole, cents] = Math.abs(value).toFixed(2).split('.');
	const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return `${value < 0 ? '-' : ''}${grouped},${cents}`;
}

const spanishDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : null);

const documentTypes = {
	invoice: 'invoice',
	credit_note: 'creditNote',
	simplified_invoice: 'simplifiedInvoice',
} as const;

const compact = (text: string) => text.replace(/\s+/g, '');

/**
 * What a faithful model copies from the printed invoice, in the shape the extraction schema
 * asks for: every value a string as a Spanish invoice prints it. A ticket prints VAT-included
 * prices, so those are what is copied for its lines. Given the document's text, a value the
 * ground truth knows but the document does not print (inv05's IBAN) is not copied.
 */
export function printedAnswerFor(
	truth: GroundTruth,
	documentText?: string,
): Record<string, unknown> {
	const withVat = truth.prices_include_vat === true;
	const iban = truth.supplier.iban ?? null;
	const ibanPrinted =
		iban !== null && (documentText === undefined || compact(documentText).includes(iban));
	return {
		documentType: documentTypes[truth.document_type],
		invoiceNumber: truth.invoice_number,
		correctedInvoiceNumber: truth.rectified_invoice?.invoice_number ?? null,
		issueDate: spanishDate(truth.issue_date),
		dueDate: spanishDate(truth.due_date),
		currency: truth.currency,
		supplier: {
			name: truth.supplier.name,
			taxId: truth.supplier.tax_id,
			address: truth.supplier.address ?? null,
		},
		customer: { name: truth.customer.name, taxId: truth.customer.tax_id, address: null },
		lines: truth.lines.map((line) => ({
			description: line.description,
			quantity: String(line.quantity).replace('.', ','),
			unitPrice: spanishAmount(
				withVat ? (line.unit_price_incl_vat ?? line.unit_price) : line.unit_price,
			),
			discount: line.discount_pct ? `${line.discount_pct} %` : null,
			taxRate: `${line.vat_rate} %`,
			net: spanishAmount(withVat ? (line.line_total_incl_vat ?? line.line_net) : line.line_net),
		})),
		taxBreakdown: truth.tax_breakdown.map((entry) => ({
			rate: `${entry.vat_rate} %`,
			base: spanishAmount(entry.base),
			amount: spanishAmount(entry.vat_amount),
			surchargeRate: null,
			surchargeAmount: null,
		})),
		withholdingRate: truth.irpf_withholding ? `${truth.irpf_withholding.rate} %` : null,
		withholdingAmount: truth.irpf_withholding ? spanishAmount(truth.irpf_withholding.amount) : null,
		netTotal: spanishAmount(truth.net_total),
		taxTotal: spanishAmount(truth.vat_total),
		total: spanishAmount(truth.total),
		paymentTerms: truth.payment_terms,
		iban: ibanPrinted ? iban : null,
	};
}
