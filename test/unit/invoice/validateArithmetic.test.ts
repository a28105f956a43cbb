import { validateInvoice } from '../../../nodes/engine/invoice/validate/validateInvoice';
import { codesOf, line, problemsOf, spanishInvoice, today, vat } from './invoiceRecords';

/** Lines at 21 %, 10 % and 4 %: nets 100, 50 and 20; IVA 21, 5 and 0,80; total 196,80. */
function mixedRates() {
	return spanishInvoice({
		lines: [line(10, 10, 0, 100, 21), line(5, 10, 0, 50, 10), line(2, 10, 0, 20, 4)],
		taxBreakdown: [vat(21, 100, 21), vat(10, 50, 5), vat(4, 20, 0.8)],
		netTotal: 170,
		taxTotal: 26.8,
		total: 196.8,
	});
}

describe('checking the lines', () => {
	it('accepts a correct invoice with discounts', () => {
		expect(validateInvoice(spanishInvoice(), { today })).toEqual({ valid: true, problems: [] });
	});

	it('reports a line whose net is not quantity × price less discount, naming the values', () => {
		const record = spanishInvoice({ lines: [line(50, 2.35, 0, 117.5), line(12, 11.4, 5, 139.96)] });

		expect(problemsOf(record)).toEqual([
			{
				code: 'lineNetMismatch',
				field: 'lines[1].net',
				message: 'Line 2: 12 × 11,40 less 5 % is 129,96 but the line net is 139,96.',
			},
			{
				code: 'linesTotalMismatch',
				field: 'netTotal',
				message: 'The lines add up to 257,46 but the net total is 247,46.',
			},
		]);
	});

	it('reports lines that do not add up to the net total in thousands', () => {
		const record = spanishInvoice({
			lines: [line(1, 1000, 0, 1000), line(1, 210, 0, 210)],
			taxBreakdown: [vat(21, 1200, 252)],
			netTotal: 1200,
			taxTotal: 252,
			total: 1452,
		});

		expect(problemsOf(record)).toEqual([
			{
				code: 'linesTotalMismatch',
				field: 'netTotal',
				message: 'The lines add up to 1.210,00 but the net total is 1.200,00.',
			},
		]);
	});

	it('allows a line rounded to the cent after its discount', () => {
		const record = spanishInvoice({
			lines: [line(8, 21.4, 8, 157.5)],
			taxBreakdown: [vat(21, 157.5, 33.08)],
			netTotal: 157.5,
			taxTotal: 33.08,
			total: 190.58,
		});
		expect(codesOf(record)).toEqual([]);
	});

	it('allows a cent per line in the sum of the lines, and none with no tolerance', () => {
		const record = spanishInvoice({
			lines: [line(1, 10.01, 0, 10.01), line(1, 10.01, 0, 10.01), line(1, 10.01, 0, 10.01)],
			taxBreakdown: [vat(21, 30.02, 6.3)],
			netTotal: 30.02,
			taxTotal: 6.3,
			total: 36.32,
		});

		expect(codesOf(record)).toEqual([]);
		expect(codesOf(record, { toleranceCents: 0 })).toEqual(['linesTotalMismatch']);
	});

	it('uses quantity × price for a line whose net is not printed', () => {
		const record = spanishInvoice({
			lines: [line(50, 2.35, 0, 117.5), { ...line(12, 11.4, 5, 0), net: null }],
		});
		expect(codesOf(record)).toEqual([]);
	});
});

describe('checking the tax breakdown', () => {
	it('accepts several rates whose bases, amounts and lines agree', () => {
		expect(codesOf(mixedRates())).toEqual([]);
	});

	it('reports a tax amount that is not base × rate', () => {
		const record = spanishInvoice({
			taxBreakdown: [vat(21, 247.46, 52.97)],
			taxTotal: 52.97,
			total: 300.43,
		});

		expect(problemsOf(record)).toEqual([
			{
				code: 'taxAmountMismatch',
				field: 'taxBreakdown[0].amount',
				message: 'At 21 %, the base 247,46 gives a tax of 51,97 but the tax amount is 52,97.',
			},
		]);
	});

	it('reports a base that its lines do not add up to, and bases that miss the net total', () => {
		const record = mixedRates();
		record.taxBreakdown[1] = vat(10, 60, 6);
		record.taxTotal = 27.8;
		record.total = 197.8;

		expect(problemsOf(record).map(({ code, field }) => [code, field])).toEqual([
			['taxBaseMismatch', 'taxBreakdown[1].base'],
			['taxBasesTotalMismatch', 'netTotal'],
		]);
	});

	it('reports a line at the wrong rate by the bases of both rates', () => {
		const record = mixedRates();
		record.lines[2] = line(2, 10, 0, 20, 10);

		expect(problemsOf(record).map((problem) => problem.message)).toEqual([
			'The lines at 10 % add up to 70,00 but the tax base at 10 % is 50,00.',
			'The lines at 4 % add up to 0,00 but the tax base at 4 % is 20,00.',
		]);
	});

	it('reports tax amounts that do not add up to the tax total', () => {
		const record = { ...mixedRates(), taxTotal: 28.8, total: 198.8 };
		expect(codesOf(record)).toEqual(['taxTotalMismatch']);
	});
});

describe('checking the amount payable', () => {
	const professional = () =>
		spanishInvoice({
			supplier: {
				name: 'Lucía Ferrándiz Soler',
				taxId: '24731856W',
				address: 'Carrer de la Sèpia Blava, 7, 46011 València',
				countryCode: 'ES',
			},
			lines: [line(1, 120, 0, 120), line(1, 280, 0, 280), line(6, 35, 0, 210)],
			taxBreakdown: [vat(21, 610, 128.1)],
			withholding: { rate: 15, base: 610, amount: 91.5 },
			netTotal: 610,
			taxTotal: 128.1,
			total: 646.6,
		});

	it('accepts a professional invoice with IRPF at 15 % subtracted from the total', () => {
		expect(codesOf(professional())).toEqual([]);
	});

	it('takes the net total as the IRPF base when no base is printed', () => {
		const record = professional();
		record.withholding = { rate: 15, base: null, amount: 91.5 };
		expect(codesOf(record)).toEqual([]);
	});

	it('reports a total that forgets to subtract the IRPF withholding', () => {
		const record = { ...professional(), total: 738.1 };

		expect(problemsOf(record)).toEqual([
			{
				code: 'totalMismatch',
				field: 'total',
				message:
					'The net total 610,00 plus tax 128,10 minus IRPF 91,50 is 646,60, but the total is 738,10.',
			},
		]);
	});

	it('reports a withheld amount that is not the IRPF rate of its base', () => {
		const record = {
			...professional(),
			withholding: { rate: 15, base: 610, amount: 61 },
			total: 677.1,
		};

		expect(problemsOf(record)).toEqual([
			{
				code: 'withholdingAmountMismatch',
				field: 'withholding.amount',
				message: 'An IRPF withholding of 15 % on 610,00 is 91,50 but the amount withheld is 61,00.',
			},
		]);
	});

	it('reports a total that leaves out the tax when no tax was extracted', () => {
		const record = spanishInvoice({ taxBreakdown: [], taxTotal: null });
		expect(codesOf(record)).toEqual(['totalMismatch']);
	});
});

describe('checking the recargo de equivalencia', () => {
	const withSurcharge = () =>
		spanishInvoice({
			lines: [line(1, 100, 0, 100, 21), line(1, 100, 0, 100, 10), line(1, 100, 0, 100, 4)],
			taxBreakdown: [
				vat(21, 100, 21, 5.2, 5.2),
				vat(10, 100, 10, 1.4, 1.4),
				vat(4, 100, 4, 0.5, 0.5),
			],
			netTotal: 300,
			taxTotal: 35,
			surchargeTotal: 7.1,
			total: 342.1,
		});

	it('accepts the recargo at 5,2 %, 1,4 % and 0,5 % added to the total', () => {
		expect(codesOf(withSurcharge())).toEqual([]);
	});

	it('reports a recargo amount that is not base × recargo rate', () => {
		const record = withSurcharge();
		record.taxBreakdown[0] = vat(21, 100, 21, 5.2, 5.3);
		record.surchargeTotal = 7.2;
		record.total = 342.2;

		expect(problemsOf(record)).toEqual([
			{
				code: 'surchargeAmountMismatch',
				field: 'taxBreakdown[0].surchargeAmount',
				message:
					'At a recargo de equivalencia of 5,2 %, the base 100,00 gives 5,20 but the recargo amount is 5,30.',
			},
		]);
	});

	it('reports recargo amounts that do not add up to the recargo total', () => {
		const record = { ...withSurcharge(), surchargeTotal: 8.1 };
		expect(codesOf(record)).toEqual(['surchargeTotalMismatch', 'totalMismatch']);
	});

	it('adds the recargo of each rate when no recargo total is given', () => {
		const record = { ...withSurcharge(), surchargeTotal: null };
		expect(codesOf(record)).toEqual([]);
	});
});

describe('checking credit notes', () => {
	const creditNote = () =>
		spanishInvoice({
			documentType: 'creditNote',
			invoiceNumber: 'R26-000009',
			correctedInvoiceNumber: 'FV26-000214',
			lines: [line(-4, 11.4, 5, -43.32), line(-2, 12.8, 5, -24.32)],
			taxBreakdown: [vat(21, -67.64, -14.2)],
			netTotal: -67.64,
			taxTotal: -14.2,
			total: -81.84,
		});

	it('accepts a factura rectificativa with negative quantities and amounts', () => {
		expect(codesOf(creditNote())).toEqual([]);
	});

	it('accepts a credit note printed with positive amounts throughout', () => {
		const record = creditNote();
		record.lines = [line(4, 11.4, 5, 43.32), line(2, 12.8, 5, 24.32)];
		record.taxBreakdown = [vat(21, 67.64, 14.2)];
		Object.assign(record, { netTotal: 67.64, taxTotal: 14.2, total: 81.84 });

		expect(codesOf(record)).toEqual([]);
	});

	it('accepts positive lines and breakdown under negative totals', () => {
		const record = creditNote();
		record.lines = [line(4, 11.4, 5, 43.32), line(2, 12.8, 5, 24.32)];
		record.taxBreakdown = [vat(21, 67.64, 14.2)];

		expect(codesOf(record)).toEqual([]);
	});

	it('reports a tax total that lost its minus sign', () => {
		const record = { ...creditNote(), taxTotal: 14.2 };

		expect(problemsOf(record).map(({ code, field }) => [code, field])).toEqual([
			['totalMismatch', 'total'],
			['inconsistentSigns', 'taxTotal'],
		]);
	});

	it('reports a negative document extracted as an ordinary invoice', () => {
		const record = { ...creditNote(), documentType: 'invoice' as const };

		expect(problemsOf(record)).toEqual([
			{
				code: 'creditNoteNotMarked',
				field: 'documentType',
				message:
					'The document is marked as an invoice, but its total is negative (-81,84); book it as a credit note.',
			},
		]);
	});

	it('adds the IRPF back on a credit note for professional services', () => {
		const record = spanishInvoice({
			documentType: 'creditNote',
			lines: [line(-1, 100, 0, -100)],
			taxBreakdown: [vat(21, -100, -21)],
			withholding: { rate: 15, base: -100, amount: 15 },
			netTotal: -100,
			taxTotal: -21,
			total: -106,
		});
		expect(codesOf(record)).toEqual([]);
	});
});

describe('checking simplified invoices (tickets)', () => {
	const ticket = () =>
		spanishInvoice({
			documentType: 'simplifiedInvoice',
			invoiceNumber: 'FS-2026/003187',
			customer: { name: null, taxId: null, address: null, countryCode: null },
			lines: [line(2, 3.63, 0, 7.26), line(1, 8.47, 0, 8.47)],
			taxBreakdown: [vat(21, 13, 2.73)],
			netTotal: 13,
			taxTotal: 2.73,
			total: 15.73,
			dueDate: null,
			iban: null,
		});

	it('accepts a ticket with VAT-included prices and no customer', () => {
		expect(codesOf(ticket())).toEqual([]);
	});

	it('accepts a ticket whose lines were turned into net prices', () => {
		const record = { ...ticket(), lines: [line(2, 3, 0, 6), line(1, 7, 0, 7)] };
		expect(codesOf(record)).toEqual([]);
	});

	it('accepts VAT-included prices with net line amounts', () => {
		const record = { ...ticket(), lines: [line(2, 3.63, 0, 6), line(1, 8.47, 0, 7)] };
		expect(codesOf(record)).toEqual([]);
	});

	it('does not ask a ticket for customer data even when the settings require it', () => {
		const requiredFields = ['supplier.taxId', 'customer.name', 'customer.taxId'];
		expect(codesOf(ticket(), { requiredFields })).toEqual([]);
	});

	it('reports VAT-included lines on a full invoice, where they must be net', () => {
		const record = { ...ticket(), documentType: 'invoice' as const };
		expect(codesOf(record)).toEqual(['linesTotalMismatch']);
	});
});

describe('checking reverse charge and intra-EU supplies', () => {
	it('accepts 0 % to a customer with a VAT id of another EU country', () => {
		const record = spanishInvoice({
			customer: {
				name: 'Vélos Lyon SARL',
				taxId: 'FR13393892815',
				address: null,
				countryCode: 'FR',
			},
			taxBreakdown: [vat(0, 247.46, 0)],
			lines: [line(50, 2.35, 0, 117.5, 0), line(12, 11.4, 5, 129.96, 0)],
			taxTotal: 0,
			total: 247.46,
		});
		expect(codesOf(record)).toEqual([]);
	});

	it('accepts a rate over no tax when the invoice says inversión del sujeto pasivo', () => {
		const record = spanishInvoice({
			taxBreakdown: [vat(21, 247.46, 0)],
			taxTotal: 0,
			total: 247.46,
			paymentTerms: 'Operación con inversión del sujeto pasivo (art. 84 LIVA)',
		});
		expect(codesOf(record)).toEqual([]);
	});

	it('reports a rate printed over no tax on an ordinary domestic invoice', () => {
		const record = spanishInvoice({
			taxBreakdown: [vat(21, 247.46, 0)],
			taxTotal: 0,
			total: 247.46,
		});
		expect(codesOf(record)).toEqual(['taxAmountMismatch']);
	});
});
