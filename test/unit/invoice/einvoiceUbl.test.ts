import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readEInvoiceXml } from '../../../nodes/engine/invoice/einvoice';

const fixture = (path: string) => readFileSync(join(__dirname, '../../fixtures', path), 'utf8');
const xrechnung = fixture('einvoices/01.01a-INVOICE.ubl.xml');

/** The same document as a UBL CreditNote: its own root, type code, line and quantity names. */
function asCreditNote(invoice: string): string {
	return invoice
		.replace(/ubl:Invoice\b/g, 'ubl:CreditNote')
		.replace('xsd:Invoice-2', 'xsd:CreditNote-2')
		.replace(
			'<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>',
			'<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>',
		)
		.replace(
			'<cac:AccountingSupplierParty>',
			`<cac:BillingReference>
				<cac:InvoiceDocumentReference><cbc:ID>123455XX</cbc:ID></cac:InvoiceDocumentReference>
			</cac:BillingReference>
			<cac:AccountingSupplierParty>`,
		)
		.replace(/cac:InvoiceLine>/g, 'cac:CreditNoteLine>')
		.replace(/cbc:InvoicedQuantity/g, 'cbc:CreditedQuantity');
}

describe('reading a UBL e-invoice', () => {
	it('reads an XRechnung UBL invoice with its parties, lines, tax and totals', () => {
		const { format, record } = readEInvoiceXml(xrechnung);

		expect(format).toBe('ublXml');
		expect(record).toMatchObject({
			documentType: 'invoice',
			invoiceNumber: '123456XX',
			issueDate: '2016-04-04',
			dueDate: null,
			currency: 'EUR',
			netTotal: 314.86,
			taxTotal: 22.04,
			total: 336.9,
			paymentTerms: 'Zahlbar sofort ohne Abzug.',
			iban: 'DE75512108001245126199',
		});
		expect(record.supplier).toEqual({
			name: '[Seller name]',
			taxId: 'DE123456789',
			address: '[Seller address line 1], 12345 [Seller city]',
			countryCode: 'DE',
		});
		expect(record.printed['supplier.taxId']).toBe('DE 123456789');
		expect(record.customer).toEqual({
			name: '[Buyer name]',
			taxId: null,
			address: '[Buyer address line 1], 12345 [Buyer city]',
			countryCode: 'DE',
		});
		expect(record.lines).toEqual([
			{
				description: 'Zeitschrift [...]',
				quantity: 1,
				unitPrice: 288.79,
				discountPercent: null,
				taxRate: 7,
				net: 288.79,
			},
			{
				description: 'Porto + Versandkosten',
				quantity: 1,
				unitPrice: 26.07,
				discountPercent: null,
				taxRate: 7,
				net: 26.07,
			},
		]);
		expect(record.taxBreakdown).toEqual([
			{ rate: 7, base: 314.86, amount: 22.04, surchargeRate: null, surchargeAmount: null },
		]);
	});

	it('reads a UBL CreditNote as a credit note with the invoice it corrects', () => {
		const { format, record } = readEInvoiceXml(asCreditNote(xrechnung));

		expect(format).toBe('ublXml');
		expect(record.documentType).toBe('creditNote');
		expect(record.correctedInvoiceNumber).toBe('123455XX');
		expect(record.lines.map((line) => [line.quantity, line.net])).toEqual([
			[1, 288.79],
			[1, 26.07],
		]);
		expect(record.total).toBe(336.9);
	});

	it('reads a withholding tax total as a positive withholding', () => {
		const withholding = `
			<cac:WithholdingTaxTotal>
				<cbc:TaxAmount currencyID="EUR">47.23</cbc:TaxAmount>
				<cac:TaxSubtotal>
					<cbc:TaxableAmount currencyID="EUR">314.86</cbc:TaxableAmount>
					<cbc:TaxAmount currencyID="EUR">47.23</cbc:TaxAmount>
					<cac:TaxCategory><cbc:Percent>15</cbc:Percent></cac:TaxCategory>
				</cac:TaxSubtotal>
			</cac:WithholdingTaxTotal>`;
		const xml = xrechnung.replace(
			'<cac:LegalMonetaryTotal>',
			`${withholding}<cac:LegalMonetaryTotal>`,
		);

		expect(readEInvoiceXml(xml).record.withholding).toEqual({
			rate: 15,
			base: 314.86,
			amount: 47.23,
		});
	});

	it('reads the percentage of a line allowance as its discount', () => {
		const allowance = `
			<cac:AllowanceCharge>
				<cbc:ChargeIndicator>false</cbc:ChargeIndicator>
				<cbc:MultiplierFactorNumeric>5</cbc:MultiplierFactorNumeric>
				<cbc:Amount currencyID="EUR">14.44</cbc:Amount>
			</cac:AllowanceCharge>
			<cac:Item>`;
		const xml = xrechnung.replace(/<cac:Item>/, allowance);

		expect(readEInvoiceXml(xml).record.lines[0].discountPercent).toBe(5);
	});
});
