import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
	EInvoiceError,
	detectEInvoiceFormat,
	readEInvoiceXml,
} from '../../../nodes/engine/invoice/einvoice';

const fixture = (path: string) => readFileSync(join(__dirname, '../../fixtures', path), 'utf8');
const basic = fixture('einvoices/Factur-X_basic.xml');
const facturae = fixture('einvoices/inv02_mixed_vat.facturae322.xml');

function errorOf(xml: string): EInvoiceError {
	try {
		readEInvoiceXml(xml);
	} catch (error) {
		if (error instanceof EInvoiceError) return error;
		throw error;
	}
	throw new Error('readEInvoiceXml did not throw.');
}

describe('recognising an e-invoice', () => {
	it.each([
		['einvoices/Factur-X_basic.xml', 'ciiXml'],
		['einvoices/facturFrMinimum.xml', 'ciiXml'],
		['einvoices/01.01a-INVOICE.ubl.xml', 'ublXml'],
		['einvoices/inv02_mixed_vat.facturae322.xml', 'facturae'],
	])('tells %s is %s', (path, format) => {
		expect(detectEInvoiceFormat(fixture(path))).toBe(format);
	});

	it('tells nothing of malformed XML, other XML, JSON or an empty text', () => {
		expect(detectEInvoiceFormat(basic.slice(0, 3000))).toBeUndefined();
		expect(detectEInvoiceFormat('<Invoice><ID>1</ID></Invoice>')).toBeUndefined();
		expect(detectEInvoiceFormat(fixture('invoices-es/inv02_mixed_vat.json'))).toBeUndefined();
		expect(detectEInvoiceFormat('')).toBeUndefined();
	});
});

describe('refusing what is not a readable e-invoice', () => {
	it('names the line and column where a truncated file breaks', () => {
		const error = errorOf(basic.slice(0, 3000));

		expect(error.message).toMatch(/^The XML is malformed at line \d+, column \d+: /);
	});

	it('says a text that is not XML at all is malformed', () => {
		expect(errorOf('Rechnung 471102, 235,62 EUR').message).toMatch(/malformed at line 1/);
	});

	it('says an empty text is empty', () => {
		expect(errorOf('  ').message).toBe('The XML is empty. Pass the text of the invoice XML file.');
	});

	it('names the root element and namespace of an XML that is not an invoice', () => {
		const order = `<?xml version="1.0"?>
			<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>`;

		expect(errorOf(order).message).toBe(
			'The XML is not an e-invoice: its root element is Order in namespace urn:oasis:names:specification:ubl:schema:xsd:Order-2. Accepted: UN/CEFACT CII (Factur-X, ZUGFeRD 2, XRechnung), ZUGFeRD 1.0, UBL 2.1 Invoice or CreditNote, Facturae 3.2.x.',
		);
	});

	it('refuses a DOCTYPE, so no entity can expand', () => {
		const entities = `<?xml version="1.0"?>
			<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>
			<Invoice>&lol2;</Invoice>`;

		expect(errorOf(entities).message).toMatch(/declares a DOCTYPE/);
	});

	it('names the element whose amount is not a number', () => {
		const xml = basic.replace(
			'<ram:DuePayableAmount>235.62</ram:DuePayableAmount>',
			'<ram:DuePayableAmount>235,62</ram:DuePayableAmount>',
		);

		expect(errorOf(xml).message).toMatch(
			/^The value of DuePayableAmount is not a decimal number: "235,62"\./,
		);
	});

	it('names the element whose date is not a date', () => {
		const xml = basic.replace('>20241115<', '>20241315<');

		expect(errorOf(xml).message).toMatch(
			/^The date in DateTimeString is not a valid date: "20241315"\./,
		);
	});

	it('refuses XML nested deeper than any e-invoice', () => {
		const nested = '<a>'.repeat(5000) + '</a>'.repeat(5000);

		expect(errorOf(nested).message).toMatch(
			/^The XML cannot be read: Maximum nested tags exceeded\./,
		);
	});

	it('says which part a CII invoice lacks', () => {
		const xml = basic.replace(/<rsm:ExchangedDocument>[\s\S]*<\/rsm:ExchangedDocument>/, '');

		expect(errorOf(xml).message).toMatch(/^The CII invoice has no ExchangedDocument element/);
	});

	it('names an unsupported Facturae version and the accepted ones', () => {
		const xml = facturae.replace(
			'<SchemaVersion>3.2.2</SchemaVersion>',
			'<SchemaVersion>3.1</SchemaVersion>',
		);

		expect(errorOf(xml).message).toBe(
			'Facturae version 3.1 is not supported. Accepted: 3.2, 3.2.1, 3.2.2.',
		);
	});

	it('refuses a Facturae batch of several invoices', () => {
		const invoice = /<Invoice>[\s\S]*<\/Invoice>/.exec(facturae)![0];
		const xml = facturae.replace(invoice, invoice + invoice);

		expect(errorOf(xml).message).toMatch(/is a batch of 2 invoices; only files with one invoice/);
	});

	it('says a tax breakdown entry without its base is incomplete', () => {
		const xml = basic.replace('<ram:BasisAmount>198.00</ram:BasisAmount>', '');

		expect(errorOf(xml).message).toBe(
			'The invoice gives no tax base (BasisAmount). Ask the supplier for a complete invoice.',
		);
	});
});
