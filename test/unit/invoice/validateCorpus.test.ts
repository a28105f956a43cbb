import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { emptyInvoice, type InvoiceRecord } from '../../../nodes/engine/invoice/record';
import { validateInvoice } from '../../../nodes/engine/invoice/validate/validateInvoice';

interface TruthLine {
	description: string;
	quantity: number;
	unit_price: number;
	discount_pct: number;
	vat_rate: number;
	line_net: number;
}

interface GroundTruth {
	file: string;
	document_type: 'invoice' | 'credit_note' | 'simplified_invoice';
	has_text_layer: boolean;
	supplier: { name: string; tax_id: string; address: string; iban: string | null };
	customer: { name: string | null; tax_id: string | null };
	invoice_number: string;
	issue_date: string;
	due_date: string | null;
	currency: string;
	lines: TruthLine[];
	tax_breakdown: Array<{ vat_rate: number; base: number; vat_amount: number }>;
	irpf_withholding: { rate: number; base: number; amount: number } | null;
	net_total: number;
	vat_total: number;
	total: number;
	payment_terms: string;
	expected_flags: Array<{ code: string }>;
	rectified_invoice?: { invoice_number: string };
}

const folder = join(__dirname, '../../fixtures/invoices-es');
const truths: GroundTruth[] = readdirSync(folder)
	.filter((name) => name.endsWith('.json'))
	.sort()
	.map((name) => JSON.parse(readFileSync(join(folder, name), 'utf8')));

const documentTypes = {
	invoice: 'invoice',
	credit_note: 'creditNote',
	simplified_invoice: 'simplifiedInvoice',
} as const;

const camelCase = (code: string) => code.replace(/_([a-z])/g, (_, letter) => letter.toUpperCase());

function toRecord(truth: GroundTruth): InvoiceRecord {
	return {
		...emptyInvoice(),
		documentType: documentTypes[truth.document_type],
		invoiceNumber: truth.invoice_number,
		correctedInvoiceNumber: truth.rectified_invoice?.invoice_number ?? null,
		issueDate: truth.issue_date,
		dueDate: truth.due_date,
		currency: truth.currency,
		supplier: {
			name: truth.supplier.name,
			taxId: truth.supplier.tax_id,
			address: truth.supplier.address,
			countryCode: null,
		},
		customer: {
			name: truth.customer.name,
			taxId: truth.customer.tax_id,
			address: null,
			countryCode: null,
		},
		lines: truth.lines.map((line) => ({
			description: line.description,
			quantity: line.quantity,
			unitPrice: line.unit_price,
			discountPercent: line.discount_pct,
			taxRate: line.vat_rate,
			net: line.line_net,
		})),
		taxBreakdown: truth.tax_breakdown.map((entry) => ({
			rate: entry.vat_rate,
			base: entry.base,
			amount: entry.vat_amount,
			surchargeRate: null,
			surchargeAmount: null,
		})),
		withholding: truth.irpf_withholding,
		netTotal: truth.net_total,
		taxTotal: truth.vat_total,
		total: truth.total,
		paymentTerms: truth.payment_terms,
		iban: truth.supplier.iban,
	};
}

const today = '2026-12-04';
const clean = truths.filter((truth) => truth.expected_flags.length === 0);
const flagged = truths.filter((truth) => truth.expected_flags.length > 0);

describe('validating the Spanish invoice corpus', () => {
	it('has clean invoices and a flagged one to test with', () => {
		expect(clean.length).toBeGreaterThanOrEqual(7);
		expect(flagged.map((truth) => truth.file)).toEqual(['inv10_invalid_cif.pdf']);
	});

	it.each(clean.map((truth) => [truth.file, truth] as const))(
		'finds no problem in the ground truth of %s',
		(_, truth) => {
			expect(validateInvoice(toRecord(truth), { today }).problems).toEqual([]);
		},
	);

	it.each(flagged.map((truth) => [truth.file, truth] as const))(
		'reports exactly the expected flags of %s',
		(_, truth) => {
			const expected = truth.expected_flags.map((flag) => camelCase(flag.code));
			const { valid, problems } = validateInvoice(toRecord(truth), { today });

			expect(valid).toBe(false);
			expect(problems.map((problem) => problem.code)).toEqual(expected);
			expect(problems[0].field).toBe('supplier.taxId');
			expect(problems[0].message).toContain('B85914375');
		},
	);

	it('catches a misread total in a corpus invoice', () => {
		const truth = clean.find((candidate) => candidate.file === 'inv01_standard_21.pdf')!;
		const record = { ...toRecord(truth), total: 971.13 };
		const { problems } = validateInvoice(record, { today });

		expect(problems.map((problem) => [problem.code, problem.field])).toEqual([
			['totalMismatch', 'total'],
		]);
		expect(problems[0].message).toBe(
			'The net total 757,96 plus tax 159,17 is 917,13, but the total is 971,13.',
		);
	});
});
