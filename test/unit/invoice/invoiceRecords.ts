import {
	emptyInvoice,
	type InvoiceLine,
	type InvoiceRecord,
	type TaxBreakdownEntry,
} from '../../../nodes/engine/invoice/record';
import {
	validateInvoice,
	type ValidationOptions,
} from '../../../nodes/engine/invoice/validate/validateInvoice';

/** Validation tests measure "the future" from this fixed day. */
export const today = '2026-12-04';

export function line(
	quantity: number,
	unitPrice: number,
	discountPercent: number,
	net: number,
	taxRate = 21,
): InvoiceLine {
	return { description: 'Artículo', quantity, unitPrice, discountPercent, taxRate, net };
}

export function vat(
	rate: number,
	base: number,
	amount: number,
	surchargeRate: number | null = null,
	surchargeAmount: number | null = null,
): TaxBreakdownEntry {
	return { rate, base, amount, surchargeRate, surchargeAmount };
}

/**
 * A correct Spanish invoice at 21 %: 50 × 2,35 = 117,50 and 12 × 11,40 less 5 % = 129,96;
 * net 247,46, IVA 51,97, total 299,43.
 */
export function spanishInvoice(changes: Partial<InvoiceRecord> = {}): InvoiceRecord {
	return {
		...emptyInvoice(),
		invoiceNumber: 'FV26-000214',
		issueDate: '2026-02-10',
		dueDate: '2026-03-12',
		currency: 'EUR',
		supplier: {
			name: 'Distribuciones Ciclo Levante S.L.',
			taxId: 'B46183059',
			address: 'Pol. Ind. El Pedalet, nave 14, 46970 Alaquàs (Valencia)',
			countryCode: 'ES',
		},
		customer: {
			name: 'Bicis Turia S.L.',
			taxId: 'B96412739',
			address: 'Carrer dels Pedals, 12, 46023 València',
			countryCode: 'ES',
		},
		lines: [line(50, 2.35, 0, 117.5), line(12, 11.4, 5, 129.96)],
		taxBreakdown: [vat(21, 247.46, 51.97)],
		netTotal: 247.46,
		taxTotal: 51.97,
		total: 299.43,
		paymentTerms: 'Transferencia bancaria a 30 días',
		iban: 'ES9121000418450200051332',
		...changes,
	};
}

export function problemsOf(record: InvoiceRecord, options: ValidationOptions = {}) {
	return validateInvoice(record, { today, ...options }).problems;
}

export function codesOf(record: InvoiceRecord, options: ValidationOptions = {}): string[] {
	return problemsOf(record, options).map((problem) => problem.code);
}
