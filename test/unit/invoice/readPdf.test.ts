import { readFileSync } from 'node:fs';
import path from 'node:path';

import { InvoiceInputError } from '../../../nodes/engine/invoice/inputErrors';
import { readPdf } from '../../../nodes/engine/invoice/pdf/readPdf';
import { looksLikeGarbage } from '../../../nodes/engine/invoice/pdf/textQuality';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');
const file = (relative: string) => readFileSync(path.join(fixtures, relative));
const limits = { maximumBytes: 20 * 1_048_576, maximumPages: 30 };

const problemOf = async (promise: Promise<unknown>) => {
	try {
		await promise;
	} catch (error) {
		expect(error).toBeInstanceOf(InvoiceInputError);
		return (error as InvoiceInputError).problem;
	}
	throw new Error('expected an InvoiceInputError');
};

describe('reading a PDF invoice', () => {
	it('reads the text layer page by page', async () => {
		const pdf = await readPdf(file('invoices-es/inv06_two_pages_35_lines.pdf'), limits);
		expect(pdf.pages.map((page) => page.number)).toEqual([1, 2]);
		expect(pdf.pages.every((page) => page.readable)).toBe(true);
		expect(pdf.pages[0].text).toContain('FACTURA 2026/00388');
		expect(pdf.pages[0].text).not.toContain('-- 1 of 2 --');
	});

	it('leaves the caller buffer intact', async () => {
		const data = file('invoices-es/inv01_standard_21.pdf');
		const length = data.length;
		await readPdf(data, limits);
		expect(data.length).toBe(length);
	});

	it('marks a scanned page as unreadable, with its image', async () => {
		const pdf = await readPdf(file('invoices-es/inv11_scan_of_inv02_mixed_vat.pdf'), limits);
		expect(pdf.pages).toEqual([expect.objectContaining({ readable: false, imageCount: 1 })]);
	});

	it('finds neither text nor images in the damaged corpus PDF', async () => {
		const pdf = await readPdf(file('einvoices/corruptedV2PDF.pdf'), limits);
		expect(pdf.pages.every((page) => !page.readable && page.imageCount === 0)).toBe(true);
	});

	it('asks for the password of an encrypted PDF, refuses a wrong one and opens with the right one', async () => {
		const encrypted = file('invoices-generated/inv01_encrypted_password_secreto.pdf');
		expect(await problemOf(readPdf(encrypted, limits))).toBe('passwordNeeded');
		expect(await problemOf(readPdf(encrypted, { ...limits, password: 'wrong' }))).toBe(
			'passwordWrong',
		);
		const opened = await readPdf(encrypted, { ...limits, password: 'secreto' });
		expect(opened.pages[0].text).toContain('FV26-000214');
	});

	it('refuses an empty file, a file that is not a PDF and a truncated PDF', async () => {
		expect(await problemOf(readPdf(Buffer.alloc(0), limits))).toBe('empty');
		expect(await problemOf(readPdf(Buffer.from('Hello, this is not a PDF'), limits))).toBe(
			'notPdf',
		);
		const truncated = file('invoices-es/inv01_standard_21.pdf').subarray(0, 600);
		const outcome = await readPdf(truncated, limits).then(
			(pdf) => (pdf.pages.some((page) => page.readable) ? 'readable' : 'unreadable'),
			(error: InvoiceInputError) => error.problem,
		);
		expect(['damaged', 'unreadable']).toContain(outcome);
	});

	it('refuses a file over the size limit and a document over the page limit', async () => {
		const data = file('invoices-es/inv06_two_pages_35_lines.pdf');
		expect(await problemOf(readPdf(data, { ...limits, maximumBytes: 1000 }))).toBe('tooLarge');
		expect(await problemOf(readPdf(data, { ...limits, maximumPages: 1 }))).toBe('tooManyPages');
	});
});

describe('telling a garbled text layer', () => {
	it('accepts ordinary invoice text', () => {
		expect(looksLikeGarbage('FACTURA Nº 2026-011 Mantenimiento mensual 120,00 € IVA 21 %')).toBe(
			false,
		);
	});

	it('rejects text made of replacement and private-use characters', () => {
		expect(
			looksLikeGarbage(
				'\uE001\uE002\uE003 \uFFFD\uFFFD\uE004\uE005\uE006\uE007\uE008\uE009\uE00A\uE00B\uE00C\uE00D\uE00E\uE00F\uE010\uE011\uE012',
			),
		).toBe(true);
	});
});
