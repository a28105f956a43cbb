import type { InvoiceRecord } from '../../../nodes/engine/invoice/record';
import { codesOf, line, problemsOf, spanishInvoice, vat } from './invoiceRecords';

/** One line of 100 at the rate, on a supplier from the country, issued on the date. */
function atRate(rate: number, supplierTaxId = 'B46183059', issueDate = '2026-03-05') {
	const tax = Math.round(rate * 100) / 100;
	const record = spanishInvoice({
		issueDate,
		dueDate: null,
		lines: [line(1, 100, 0, 100, rate)],
		taxBreakdown: [vat(rate, 100, tax)],
		netTotal: 100,
		taxTotal: tax,
		total: Math.round((100 + tax) * 100) / 100,
	});
	record.supplier = { ...record.supplier, taxId: supplierTaxId, countryCode: null };
	return record;
}

const withRecargo = (rate: number, surchargeRate: number, issueDate = '2026-03-05') => {
	const record = atRate(rate, 'B46183059', issueDate);
	const surcharge = Math.round(surchargeRate * 100) / 100;
	record.taxBreakdown = [vat(rate, 100, rate, surchargeRate, surcharge)];
	record.surchargeTotal = surcharge;
	record.total = Math.round((100 + rate + surchargeRate) * 100) / 100;
	return record;
};

const withIrpf = (rate: number, issueDate = '2026-03-05'): InvoiceRecord => ({
	...atRate(21, 'B46183059', issueDate),
	withholding: { rate, base: 100, amount: rate },
	total: 121 - rate,
});

describe('checking VAT rates against the supplier country', () => {
	it.each([21, 10, 4, 0])('accepts IVA at %d % from a Spanish supplier', (rate) => {
		expect(codesOf(atRate(rate))).toEqual([]);
	});

	it('reports a rate Spain does not have, listing the rates it has', () => {
		expect(problemsOf(atRate(12))).toEqual([
			{
				code: 'invalidTaxRate',
				field: 'taxBreakdown[0].rate',
				message:
					'The VAT rate 12 % is not a rate of Spain on 2026-03-05 (its rates are 21 %, 10 %, 4 % and 0 %).',
			},
		]);
	});

	it('accepts the temporary Spanish rates only while they applied', () => {
		expect(codesOf(atRate(5, 'B46183059', '2023-05-10'))).toEqual([]);
		expect(codesOf(atRate(2, 'B46183059', '2024-11-15'))).toEqual([]);
		expect(codesOf(atRate(5, 'B46183059', '2026-03-05'))).toEqual(['invalidTaxRate']);
		expect(codesOf(atRate(2, 'B46183059', '2024-06-15'))).toEqual(['invalidTaxRate']);
	});

	it('does not apply IVA rates to a supplier in the Canary Islands, which charge IGIC', () => {
		const record = atRate(7);
		record.supplier = { ...record.supplier, address: 'Calle Triana 20, 35002 Las Palmas' };
		expect(codesOf(record)).toEqual([]);
	});

	it.each([
		['PT500019720', 23],
		['PT500019720', 13],
		['PT500019720', 6],
		['PT500019720', 22],
		['FR13393892815', 20],
		['FR13393892815', 5.5],
		['FR13393892815', 2.1],
		['DE136695976', 19],
		['DE136695976', 7],
		['IT00118439991', 22],
		['IT00118439991', 4],
		['NL806753742B01', 9],
		['BE0202239951', 6],
		['BE0202239951', 12],
		['IE4550159S', 13.5],
		['IE4550159S', 9],
		['ATU13585627', 13],
		['ATU13585627', 20],
	])('accepts from %s the rate %d %', (taxId, rate) => {
		expect(codesOf(atRate(rate, taxId))).toEqual([]);
	});

	it.each([
		['PT500019720', 21],
		['FR13393892815', 21],
		['DE136695976', 21],
		['DE136695976', 16],
		['IT00118439991', 21],
		['NL806753742B01', 6],
		['ATU13585627', 21],
	])('reports from %s the rate %d %', (taxId, rate) => {
		expect(codesOf(atRate(rate, taxId))).toEqual(['invalidTaxRate']);
	});

	it('accepts the German rate of 16 % in the second half of 2020', () => {
		expect(codesOf(atRate(16, 'DE136695976', '2020-09-01'))).toEqual([]);
	});

	it('does not judge rates of a country without a table', () => {
		expect(codesOf(atRate(17, 'LU10059929'))).toEqual([]);
	});

	it('reports a wrong rate once, at the first field that has it', () => {
		const record = atRate(12);
		record.lines = [line(1, 50, 0, 50, 12), line(1, 50, 0, 50, 12)];
		expect(problemsOf(record).map((problem) => problem.field)).toEqual(['taxBreakdown[0].rate']);
	});
});

describe('checking the recargo de equivalencia and IRPF rates', () => {
	it.each([
		[21, 5.2],
		[21, 1.75],
		[10, 1.4],
		[4, 0.5],
	])('accepts IVA %d % with a recargo of %d %', (rate, surchargeRate) => {
		expect(codesOf(withRecargo(rate, surchargeRate))).toEqual([]);
	});

	it('accepts the recargo of 0,26 % with IVA at 2 % at the end of 2024', () => {
		expect(codesOf(withRecargo(2, 0.26, '2024-11-15'))).toEqual([]);
	});

	it('reports a recargo that belongs to another IVA rate', () => {
		expect(problemsOf(withRecargo(21, 1.4))).toEqual([
			{
				code: 'invalidSurchargeRate',
				field: 'taxBreakdown[0].surchargeRate',
				message:
					'The recargo de equivalencia rate 1,4 % does not go with IVA at 21 % (it should be 5,2 % or 1,75 %).',
			},
		]);
	});

	it.each([15, 7, 19, 1, 2])('accepts IRPF withheld at %d %', (rate) => {
		expect(codesOf(withIrpf(rate))).toEqual([]);
	});

	it('reports an IRPF rate not in use, and accepts it in the years it was', () => {
		expect(codesOf(withIrpf(21))).toEqual(['invalidWithholdingRate']);
		expect(codesOf(withIrpf(21, '2013-06-01'))).toEqual([]);
		expect(problemsOf(withIrpf(10))[0].message).toBe(
			'The IRPF withholding rate 10 % is not one in use (they are 35 %, 24 %, 19 %, 15 %, 7 %, 2 % and 1 %).',
		);
	});
});

describe('checking dates', () => {
	it('reports a due date before the issue date', () => {
		expect(problemsOf(spanishInvoice({ dueDate: '2026-01-10' }))).toEqual([
			{
				code: 'dueDateBeforeIssueDate',
				field: 'dueDate',
				message: 'The due date 2026-01-10 is before the issue date 2026-02-10.',
			},
		]);
	});

	it('reports a date more than a year after today as a likely mistyped year', () => {
		const record = spanishInvoice({ issueDate: '2027-12-05', dueDate: null });
		expect(problemsOf(record)).toEqual([
			{
				code: 'dateFarInFuture',
				field: 'issueDate',
				message:
					'The issue date 2027-12-05 is more than a year after today (2026-12-04); the year may be mistyped.',
			},
		]);
	});

	it('accepts a date up to a year after today', () => {
		expect(codesOf(spanishInvoice({ issueDate: '2026-12-20', dueDate: '2027-12-04' }))).toEqual([]);
	});

	it('reports a date that does not exist', () => {
		expect(codesOf(spanishInvoice({ dueDate: '2026-02-30' }))).toEqual(['invalidDate']);
		expect(codesOf(spanishInvoice({ issueDate: '10/02/2026' }))).toEqual(['invalidDate']);
	});
});

describe('checking required fields', () => {
	it('reports each default required field that is missing, by its path', () => {
		const record = spanishInvoice({ invoiceNumber: ' ', issueDate: null, currency: null });
		record.supplier = { ...record.supplier, taxId: null };

		expect(problemsOf(record)).toEqual([
			{
				code: 'missingRequiredField',
				field: 'supplier.taxId',
				message: 'The supplier tax id is missing from the invoice.',
			},
			{
				code: 'missingRequiredField',
				field: 'invoiceNumber',
				message: 'The invoice number is missing from the invoice.',
			},
			{
				code: 'missingRequiredField',
				field: 'issueDate',
				message: 'The issue date is missing from the invoice.',
			},
			{
				code: 'missingRequiredField',
				field: 'currency',
				message: 'The currency is missing from the invoice.',
			},
		]);
	});

	it('asks a ticket for the supplier tax id too', () => {
		const record = spanishInvoice({ documentType: 'simplifiedInvoice' });
		record.supplier = { ...record.supplier, taxId: null };
		expect(codesOf(record)).toEqual(['missingRequiredField']);
	});

	it('follows the required fields of the settings, extra fields included', () => {
		const record = spanishInvoice({ dueDate: null, extraFields: { costCenter: null } });
		const requiredFields = ['dueDate', 'customer.taxId', 'extraFields.costCenter', 'lines[0].net'];

		expect(problemsOf(record, { requiredFields }).map((problem) => problem.message)).toEqual([
			'The due date is missing from the invoice.',
			'The field "costCenter" is missing from the invoice.',
		]);
		expect(codesOf(spanishInvoice({ total: null }), { requiredFields: [] })).toEqual([]);
	});

	it('reports a currency that is not an ISO code', () => {
		expect(problemsOf(spanishInvoice({ currency: '€' }))[0]).toEqual({
			code: 'invalidCurrency',
			field: 'currency',
			message: 'The currency "€" is not a three-letter ISO 4217 code such as EUR.',
		});
	});
});
