/**
 * The invoice as an ERP books it: amounts are numbers, dates ISO (YYYY-MM-DD), and the text as
 * printed is kept in `printed`, keyed by the field's path (`total`, `lines[2].unitPrice`).
 * A value the document does not give is null, never a guess.
 */
export type InvoiceSource =
	| 'facturae'
	| 'ciiXml'
	| 'ublXml'
	| 'pdfEmbeddedXml'
	| 'pdfText'
	| 'pdfImages'
	| 'image'
	| 'text';

export type DocumentType = 'invoice' | 'creditNote' | 'simplifiedInvoice';

export interface Party {
	name: string | null;
	taxId: string | null;
	address: string | null;
	/** ISO 3166 alpha-2, when the document says or the tax id shows it. */
	countryCode: string | null;
}

export interface InvoiceLine {
	description: string;
	quantity: number | null;
	unitPrice: number | null;
	discountPercent: number | null;
	taxRate: number | null;
	/** The line amount before tax, after discount. */
	net: number | null;
}

export interface TaxBreakdownEntry {
	/** VAT (IVA) rate in percent. */
	rate: number;
	base: number;
	amount: number;
	/** Spanish recargo de equivalencia on the same base, when charged. */
	surchargeRate: number | null;
	surchargeAmount: number | null;
}

export interface Withholding {
	/** Spanish IRPF: rate in percent, base and amount withheld (a positive number). */
	rate: number | null;
	base: number | null;
	amount: number;
}

export interface InvoiceRecord {
	documentType: DocumentType;
	invoiceNumber: string | null;
	/** For a credit note: the number of the invoice it corrects. */
	correctedInvoiceNumber: string | null;
	issueDate: string | null;
	dueDate: string | null;
	currency: string | null;
	supplier: Party;
	customer: Party;
	lines: InvoiceLine[];
	taxBreakdown: TaxBreakdownEntry[];
	withholding: Withholding | null;
	netTotal: number | null;
	taxTotal: number | null;
	/** Sum of recargo de equivalencia amounts, when charged. */
	surchargeTotal: number | null;
	/** Already paid in advance (e-invoices' prepaid amount), subtracted from what is payable. */
	prepaidAmount: number | null;
	/** The amount payable: net + tax + surcharge - withholding - prepaid. */
	total: number | null;
	paymentTerms: string | null;
	iban: string | null;
	/** Consultant-defined fields, by name. */
	extraFields: Record<string, string | number | boolean | null>;
	/** The text as printed for every normalised value, by field path. */
	printed: Record<string, string>;
}

export interface ValidationProblem {
	/** Stable machine code, such as `totalMismatch` or `invalidSupplierTaxId`. */
	code: string;
	/** The field path the problem is about, such as `total` or `lines[3].net`. */
	field: string;
	/** One sentence for the accountant, naming the values involved. */
	message: string;
}

export interface InvoiceValidation {
	valid: boolean;
	problems: ValidationProblem[];
}

export function emptyParty(): Party {
	return { name: null, taxId: null, address: null, countryCode: null };
}

export function emptyInvoice(): InvoiceRecord {
	return {
		documentType: 'invoice',
		invoiceNumber: null,
		correctedInvoiceNumber: null,
		issueDate: null,
		dueDate: null,
		currency: null,
		supplier: emptyParty(),
		customer: emptyParty(),
		lines: [],
		taxBreakdown: [],
		withholding: null,
		netTotal: null,
		taxTotal: null,
		surchargeTotal: null,
		prepaidAmount: null,
		total: null,
		paymentTerms: null,
		iban: null,
		extraFields: {},
		printed: {},
	};
}
