import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readEInvoiceXml } from '../../../nodes/engine/invoice/einvoice';

const fixture = (path: string) => readFileSync(join(__dirname, '../../fixtures', path), 'utf8');
const basic = fixture('einvoices/Factur-X_basic.xml');

describe('reading a UN/CEFACT CII e-invoice', () => {
	it('reads a Factur-X BASIC invoice with its parties, line, tax and totals', () => {
		const { format, record } = readEInvoiceXml(basic);

		expect(format).toBe('ciiXml');
		expect(record).toMatchObject({
			documentType: 'invoice',
			invoiceNumber: '471102',
			issueDate: '2024-11-15',
			dueDate: '2024-12-15',
			currency: 'EUR',
			netTotal: 198,
			taxTotal: 37.62,
			total: 235.62,
			paymentTerms:
				'Zahlbar innerhalb 30 Tagen netto bis 25.12.2024, 3% Skonto innerhalb 10 Tagen bis 25.11.2024.',
		});
		expect(record.supplier).toEqual({
			name: 'Lieferant GmbH',
			taxId: 'DE123456789',
			address: 'Lieferantenstraße 20, 80333 München',
			countryCode: 'DE',
		});
		expect(record.customer).toEqual({
			name: 'Kunden AG Mitte',
			taxId: null,
			address: 'Hans Muster, Kundenstraße 15, 69876 Frankfurt',
			countryCode: 'DE',
		});
		expect(record.lines).toEqual([
			{
				description: 'GTIN: 4012345001235\nUnsere Art.-Nr.: TB100A4\nTrennblätter A4',
				quantity: 20,
				unitPrice: 9.9,
				discountPercent: null,
				taxRate: 19,
				net: 198,
			},
		]);
		expect(record.taxBreakdown).toEqual([
			{ rate: 19, base: 198, amount: 37.62, surchargeRate: null, surchargeAmount: null },
		]);
	});

	it('keeps the XML text of numbers and dates in printed', () => {
		const { record } = readEInvoiceXml(basic);

		expect(record.printed).toMatchObject({
			issueDate: '20241115',
			'lines[0].quantity': '20.0000',
			'lines[0].unitPrice': '9.9000',
			total: '235.62',
		});
	});

	it('reads a Factur-X MINIMUM invoice, whose amount payable is after a prepayment', () => {
		const { format, record } = readEInvoiceXml(fixture('einvoices/facturFrMinimum.xml'));

		expect(format).toBe('ciiXml');
		expect(record).toMatchObject({
			invoiceNumber: 'FA-2017-0010',
			issueDate: '2017-11-13',
			currency: 'EUR',
			netTotal: 624.9,
			taxTotal: 46.25,
			total: 470.15,
			lines: [],
			taxBreakdown: [],
		});
		expect(record.supplier).toEqual({
			name: 'Au bon moulin',
			taxId: 'FR11999999998',
			address: null,
			countryCode: 'FR',
		});
		expect(record.customer.name).toBe('Ma jolie boutique');
		expect(record.customer.taxId).toBe('FR19787878784');
	});

	it('reads type code 381 as a credit note with the invoice it corrects', () => {
		const xml = basic
			.replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>381</ram:TypeCode>')
			.replace(
				'<ram:SpecifiedTradePaymentTerms>',
				`<ram:InvoiceReferencedDocument>
					<ram:IssuerAssignedID>471100</ram:IssuerAssignedID>
				</ram:InvoiceReferencedDocument>
				<ram:SpecifiedTradePaymentTerms>`,
			);

		const { record } = readEInvoiceXml(xml);

		expect(record.documentType).toBe('creditNote');
		expect(record.correctedInvoiceNumber).toBe('471100');
	});

	it('brings a price given per hundred units down to one unit', () => {
		const xml = basic
			.replace(
				'<ram:ChargeAmount>9.9000</ram:ChargeAmount>',
				'<ram:ChargeAmount>990.00</ram:ChargeAmount>',
			)
			.replace(
				'<ram:BasisQuantity unitCode="H87">1.0000</ram:BasisQuantity>',
				'<ram:BasisQuantity unitCode="H87">100</ram:BasisQuantity>',
			);

		const { record } = readEInvoiceXml(xml);

		expect(record.lines[0].unitPrice).toBe(9.9);
		expect(record.printed['lines[0].unitPrice']).toBe('990.00');
	});

	it('reads the percentage of a line allowance as its discount', () => {
		const allowance = `
			<ram:SpecifiedTradeAllowanceCharge>
				<ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>
				<ram:CalculationPercent>10.00</ram:CalculationPercent>
				<ram:ActualAmount>19.80</ram:ActualAmount>
			</ram:SpecifiedTradeAllowanceCharge>`;
		const xml = basic.replace(
			'<ram:SpecifiedTradeSettlementLineMonetarySummation>',
			`${allowance}<ram:SpecifiedTradeSettlementLineMonetarySummation>`,
		);

		expect(readEInvoiceXml(xml).record.lines[0].discountPercent).toBe(10);
	});

	it('takes the tax total in the invoice currency when it is also given in another', () => {
		const xml = basic.replace(
			'<ram:TaxTotalAmount currencyID="EUR">37.62</ram:TaxTotalAmount>',
			`<ram:TaxTotalAmount currencyID="CHF">35.10</ram:TaxTotalAmount>
			<ram:TaxTotalAmount currencyID="EUR">37.62</ram:TaxTotalAmount>`,
		);

		expect(readEInvoiceXml(xml).record.taxTotal).toBe(37.62);
	});
});

describe('an invoice paid partly in advance', () => {
	it('reads the prepaid amount and validates the payable total against it', () => {
		const { readFileSync } = require('node:fs');
		const path = require('node:path');
		const { readEInvoiceXml } = require('../../../nodes/engine/invoice/einvoice');
		const { validateInvoice } = require('../../../nodes/engine/invoice/validate');
		const xml = readFileSync(
			path.join(__dirname, '..', '..', 'fixtures', 'einvoices', 'facturFrMinimum.xml'),
			'utf8',
		);

		const { record } = readEInvoiceXml(xml);
		expect(record.prepaidAmount).toBe(201);
		expect(record.total).toBe(470.15);
		const codes = validateInvoice(record, { requiredFields: [] }).problems.map(
			(problem: { code: string }) => problem.code,
		);
		expect(codes).not.toContain('totalMismatch');
	});
});
