import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { findEmbeddedInvoiceXml, readEInvoiceXml } from '../../../nodes/engine/invoice/einvoice';
import { pdfWithAttachments } from './einvoicePdfBuilder';

const fixture = (path: string) => readFileSync(join(__dirname, '../../fixtures', path));

describe('finding the e-invoice XML inside a PDF', () => {
	it('finds the factur-x.xml of an EN 16931 PDF/A-3 and reads it', async () => {
		const found = await findEmbeddedInvoiceXml(fixture('einvoices/EN16931_Einfach.pdf'));

		expect(found?.fileName).toBe('factur-x.xml');
		const { format, record } = readEInvoiceXml(found!.xml);
		expect(format).toBe('ciiXml');
		expect(record).toMatchObject({
			invoiceNumber: '471102',
			issueDate: '2024-11-15',
			netTotal: 473,
			taxTotal: 56.87,
			total: 529.87,
		});
		expect(record.supplier.taxId).toBe('DE123456789');
		expect(record.lines.map((line) => [line.description, line.quantity, line.net])).toEqual([
			['Trennblätter A4', 20, 198],
			['Joghurt Banane', 50, 275],
		]);
		expect(record.taxBreakdown.map((entry) => [entry.rate, entry.base, entry.amount])).toEqual([
			[7, 275, 19.25],
			[19, 198, 37.62],
		]);
	});

	it('finds the ZUGFeRD 1.0 XML of the Mustang PDF and reads its older vocabulary', async () => {
		const pdf = fixture('einvoices/MustangGnuaccountingBeispielRE-20170509_505.pdf');

		const found = await findEmbeddedInvoiceXml(pdf);

		expect(found?.fileName).toBe('ZUGFeRD-invoice.xml');
		const { format, record } = readEInvoiceXml(found!.xml);
		expect(format).toBe('ciiXml');
		expect(record).toMatchObject({
			documentType: 'invoice',
			invoiceNumber: 'RE-20170509/505',
			issueDate: '2017-05-09',
			dueDate: '2017-05-30',
			currency: 'EUR',
			netTotal: 496,
			taxTotal: 75.04,
			total: 571.04,
			iban: 'DE88200800000970375700',
			paymentTerms: 'Zahlbar ohne Abzug bis zum 30.05.2017',
		});
		expect(record.supplier).toEqual({
			name: 'Bei Spiel GmbH',
			taxId: 'DE136695976',
			address: 'Ecke 12, 12345 Stadthausen',
			countryCode: 'DE',
		});
		expect(record.customer.name).toBe('Theodor Est');
		expect(record.lines).toHaveLength(3);
		expect(record.lines[1]).toEqual({
			description: 'Luftballon: Bunt, ca. 500ml',
			quantity: 400,
			unitPrice: 0.79,
			discountPercent: null,
			taxRate: 19,
			net: 316,
		});
		expect(record.taxBreakdown.map((entry) => [entry.rate, entry.base, entry.amount])).toEqual([
			[7, 160, 11.2],
			[19, 336, 63.84],
		]);
	});

	it('finds the UBL XML that an ERP attached to its PDF invoice', async () => {
		const found = await findEmbeddedInvoiceXml(fixture('invoices/AzureInterior.pdf'));

		expect(found?.fileName).toBe('UBL-Invoice-2.1.xml');
		const { format, record } = readEInvoiceXml(found!.xml);
		expect(format).toBe('ublXml');
		expect(record).toMatchObject({
			invoiceNumber: 'INV/2023/03/0008',
			issueDate: '2023-03-20',
			dueDate: '2023-04-04',
			currency: 'USD',
			netTotal: 262.9,
			taxTotal: 16.94,
			total: 279.84,
			paymentTerms: '15 Days',
		});
		expect(record.supplier.name).toBe('Azure Interior');
		expect(record.supplier.countryCode).toBe('US');
		expect(record.customer.name).toBe('Mitchell Admin');
		expect(record.lines).toHaveLength(7);
		expect(record.lines[5]).toMatchObject({
			description: 'Luxury Truffles',
			quantity: 15,
			unitPrice: 10,
			net: 150,
		});
	});

	it('prefers a recognised invoice under a standard name and decodes the declared encoding', async () => {
		const facturX = fixture('einvoices/Factur-X_basic.xml')
			.toString('utf8')
			.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"');
		const pdf = pdfWithAttachments([
			{ name: 'a-notes.xml', content: Buffer.from('<notes>none</notes>') },
			{ name: 'b-copy.xml', content: fixture('einvoices/facturFrMinimum.xml') },
			{ name: 'factur-x.xml', content: Buffer.from(facturX, 'latin1') },
		]);

		const found = await findEmbeddedInvoiceXml(pdf);

		expect(found?.fileName).toBe('factur-x.xml');
		expect(readEInvoiceXml(found!.xml).record.supplier.address).toBe(
			'Lieferantenstraße 20, 80333 München',
		);
	});

	it('finds the invoice in a PDF whose dictionaries sit in a compressed object stream', async () => {
		const invoice = fixture('einvoices/Factur-X_basic.xml');
		const pdf = pdfWithAttachments([{ name: 'factur-x.xml', content: invoice }], {
			objectStreams: true,
		});

		const found = await findEmbeddedInvoiceXml(pdf);

		expect(found).toEqual({ fileName: 'factur-x.xml', xml: invoice.toString('utf8') });
	});

	it('gives a standard-named attachment that is not a readable invoice, so its error shows', async () => {
		const pdf = pdfWithAttachments([{ name: 'factur-x.xml', content: Buffer.from('<broken>') }]);

		const found = await findEmbeddedInvoiceXml(pdf);

		expect(found).toEqual({ fileName: 'factur-x.xml', xml: '<broken>' });
		expect(() => readEInvoiceXml(found!.xml)).toThrow(/malformed/);
	});

	it.each([
		['a PDF whose attachments the catalog does not reach', 'einvoices/corruptedV2PDF.pdf'],
		['a plain PDF without attachments', 'invoices-es/inv01_standard_21.pdf'],
		['an encrypted PDF', 'invoices-generated/inv01_encrypted_password_secreto.pdf'],
		['an XML file', 'einvoices/Factur-X_basic.xml'],
	])('gives undefined for %s', async (_case, path) => {
		expect(await findEmbeddedInvoiceXml(fixture(path))).toBeUndefined();
	});

	it('gives undefined for an empty buffer and for a truncated PDF', async () => {
		const truncated = fixture('einvoices/EN16931_Einfach.pdf').subarray(0, 2000);

		expect(await findEmbeddedInvoiceXml(Buffer.alloc(0))).toBeUndefined();
		expect(await findEmbeddedInvoiceXml(truncated)).toBeUndefined();
	});

	it('leaves the buffer it is given intact', async () => {
		const pdf = fixture('einvoices/EN16931_Einfach.pdf');
		const length = pdf.length;

		await findEmbeddedInvoiceXml(pdf);

		expect(pdf.length).toBe(length);
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	});
});
