import { readFileSync } from 'node:fs';
import path from 'node:path';

import { documentKind, type DocumentInput } from '../../../nodes/engine/invoice/documentInput';
import { extractInvoice, type InvoiceSetup } from '../../../nodes/engine/invoice/extractInvoice';
import { InvoiceInputError } from '../../../nodes/engine/invoice/inputErrors';
import { validateInvoice } from '../../../nodes/engine/invoice/validate';
import { OllamaConnection } from '../../../nodes/engine/ollama/connection';
import { startOllamaStandIn, type OllamaStandIn } from '../../standIn';
import {
	printedAnswerFor,
	readGroundTruth,
	spanishInvoicesFolder,
} from '../../support/invoiceGroundTruth';

const fixtures = path.join(__dirname, '..', '..', 'fixtures');

const setup: InvoiceSetup = {
	model: 'qwen2.5:3b',
	visionModel: '',
	extraFields: [],
	extraInstructions: '',
	partTokenBudget: 6000,
	limits: { maximumBytes: 20 * 1_048_576, maximumPages: 30 },
};

const documentFrom = (file: string): DocumentInput => {
	const data = readFileSync(file);
	return { kind: documentKind(data, '', file)!, data, fileName: path.basename(file), mimeType: '' };
};

let standIn: OllamaStandIn;
let connect: () => Promise<OllamaConnection>;

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	const connection = await OllamaConnection.open({
		baseUrl: standIn.url,
		timeoutMilliseconds: 20_000,
		allowRemoteServer: false,
	});
	connect = async () => connection;
});

afterEach(() => standIn.reset());

afterAll(async () => {
	await standIn.close();
});

const textInvoices = [
	'inv01_standard_21',
	'inv02_mixed_vat',
	'inv03_professional_irpf',
	'inv05_credit_note',
	'inv06_two_pages_35_lines',
	'inv07_simplified_ticket',
	'inv10_invalid_cif',
];

describe('extracting the Spanish text PDFs through the stand-in', () => {
	it.each(textInvoices)(
		'%s comes out normalised, with the flags its ground truth expects',
		async (name) => {
			const truth = readGroundTruth(name);
			standIn.setChatResponder((request) =>
				JSON.stringify(printedAnswerFor(truth, request.messages?.[1]?.content)),
			);

			const extracted = await extractInvoice(
				connect,
				setup,
				documentFrom(path.join(spanishInvoicesFolder, `${name}.pdf`)),
			);
			const { record } = extracted;
			expect(extracted.source).toBe('pdfText');
			expect(record).toMatchObject({
				invoiceNumber: truth.invoice_number,
				issueDate: truth.issue_date,
				dueDate: truth.due_date,
				currency: 'EUR',
				total: truth.total,
				netTotal: truth.net_total,
				taxTotal: truth.vat_total,
			});
			expect(record.supplier.taxId).toBe(truth.supplier.tax_id);
			expect(record.lines).toHaveLength(truth.lines.length);
			expect(record.taxBreakdown.map((entry) => [entry.rate, entry.base, entry.amount])).toEqual(
				truth.tax_breakdown.map((entry) => [entry.vat_rate, entry.base, entry.vat_amount]),
			);
			expect(record.withholding?.amount ?? null).toBe(truth.irpf_withholding?.amount ?? null);

			const validation = validateInvoice(record, {
				sourceText: extracted.sourceText,
				computedFields: ['surchargeTotal'],
			});
			const expectedCodes = truth.expected_flags.map((flag) =>
				flag.code.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase()),
			);
			const codes = validation.problems.map((problem) => problem.code);
			expect(codes).toEqual(expectedCodes);
			expect(extracted.usage.modelCalls).toBe(1);
		},
	);

	it('sends the document as delimited data after fixed instructions, with think off and one context size', async () => {
		standIn.queueChatReplies(
			JSON.stringify(printedAnswerFor(readGroundTruth('inv01_standard_21'))),
		);
		await extractInvoice(
			connect,
			setup,
			documentFrom(path.join(spanishInvoicesFolder, 'inv01_standard_21.pdf')),
		);

		const [request] = standIn.chatRequests();
		expect(request.messages![0].role).toBe('system');
		expect(request.messages![1].content).toMatch(/^<document>\n\[Page 1\]\n/);
		expect(request.think).toBe(false);
		expect(request.options).toMatchObject({ temperature: 0, num_ctx: 4096 });
		expect((request.format as { properties: object }).properties).toHaveProperty('total');
	});

	it('splits a long invoice by page when it exceeds the budget and merges the parts', async () => {
		const truth = readGroundTruth('inv06_two_pages_35_lines');
		const whole = printedAnswerFor(truth) as { lines: unknown[] };
		const firstPart = {
			...whole,
			lines: whole.lines.slice(0, 20),
			netTotal: null,
			taxTotal: null,
			total: null,
			taxBreakdown: [],
		};
		const secondPart = { ...whole, lines: whole.lines.slice(20), invoiceNumber: null };
		standIn.queueChatReplies(JSON.stringify(firstPart), JSON.stringify(secondPart));

		const extracted = await extractInvoice(
			connect,
			{ ...setup, partTokenBudget: 700 },
			documentFrom(path.join(spanishInvoicesFolder, 'inv06_two_pages_35_lines.pdf')),
		);

		expect(standIn.chatRequests()).toHaveLength(2);
		expect(standIn.chatRequests()[1].messages![1].content).toMatch(/^Part 2 of 2/);
		expect(new Set(standIn.chatRequests().map((request) => request.options?.num_ctx)).size).toBe(1);
		expect(extracted.record.lines).toHaveLength(35);
		expect(extracted.record).toMatchObject({
			invoiceNumber: truth.invoice_number,
			total: truth.total,
		});
		expect(extracted.usage.modelCalls).toBe(2);
	});

	it('flags a total the model made up that the document does not contain', async () => {
		const answer = printedAnswerFor(readGroundTruth('inv01_standard_21'));
		standIn.queueChatReplies(JSON.stringify({ ...answer, total: '1.999,99' }));
		const extracted = await extractInvoice(
			connect,
			setup,
			documentFrom(path.join(spanishInvoicesFolder, 'inv01_standard_21.pdf')),
		);

		const codes = validateInvoice(extracted.record, {
			sourceText: extracted.sourceText,
		}).problems.map((problem) => problem.code);
		expect(codes).toEqual(expect.arrayContaining(['notInSource', 'totalMismatch']));
	});
});

describe('e-invoices need no model', () => {
	it.each([
		['einvoices/inv02_mixed_vat.facturae322.xml', 'facturae'],
		['einvoices/Factur-X_basic.xml', 'ciiXml'],
		['einvoices/01.01a-INVOICE.ubl.xml', 'ublXml'],
		['einvoices/EN16931_Einfach.pdf', 'pdfEmbeddedXml'],
		['einvoices/MustangGnuaccountingBeispielRE-20170509_505.pdf', 'pdfEmbeddedXml'],
		['invoices/AzureInterior.pdf', 'pdfEmbeddedXml'],
	])('reads %s exactly as %s', async (file, source) => {
		const extracted = await extractInvoice(connect, setup, documentFrom(path.join(fixtures, file)));
		expect(extracted.source).toBe(source);
		expect(extracted.record.total).not.toBeNull();
		expect(extracted.usage.modelCalls).toBe(0);
		expect(standIn.chatRequests()).toHaveLength(0);
	});

	it('gives the Facturae and the PDF of the same invoice the same values', async () => {
		const fromXml = await extractInvoice(
			connect,
			setup,
			documentFrom(path.join(fixtures, 'einvoices/inv02_mixed_vat.facturae322.xml')),
		);
		standIn.queueChatReplies(JSON.stringify(printedAnswerFor(readGroundTruth('inv02_mixed_vat'))));
		const fromPdf = await extractInvoice(
			connect,
			setup,
			documentFrom(path.join(spanishInvoicesFolder, 'inv02_mixed_vat.pdf')),
		);

		for (const field of ['invoiceNumber', 'issueDate', 'netTotal', 'taxTotal', 'total'] as const) {
			expect(fromPdf.record[field]).toEqual(fromXml.record[field]);
		}
		expect(fromPdf.record.lines.map((line) => line.net)).toEqual(
			fromXml.record.lines.map((line) => line.net),
		);
	});

	it('refuses XML that is not an invoice, saying which formats are supported', async () => {
		const input: DocumentInput = {
			kind: 'xml',
			data: Buffer.from('<note><to>Tove</to></note>'),
			fileName: 'note.xml',
			mimeType: 'text/xml',
		};
		await expect(extractInvoice(connect, setup, input)).rejects.toMatchObject({
			problem: 'notSupported',
			description: expect.stringContaining('Facturae'),
		});
	});
});

describe('scans and files that cannot be read', () => {
	const scan = () =>
		documentFrom(path.join(spanishInvoicesFolder, 'inv11_scan_of_inv02_mixed_vat.pdf'));

	it('says a vision model is needed for a scan when none is set', async () => {
		await expect(extractInvoice(connect, setup, scan())).rejects.toMatchObject({
			problem: 'visionModelNeeded',
		});
	});

	it('sends the page images of a scan to the vision model', async () => {
		standIn.queueChatReplies(JSON.stringify(printedAnswerFor(readGroundTruth('inv02_mixed_vat'))));
		const extracted = await extractInvoice(connect, { ...setup, visionModel: 'gemma3:4b' }, scan());

		expect(extracted.source).toBe('pdfImages');
		const [request] = standIn.chatRequests();
		expect(request.model).toBe('gemma3:4b');
		expect(request.messages![1].images).toHaveLength(1);
		expect(extracted.record.total).toBe(126.03);
	});

	it('refuses a vision model that cannot read images', async () => {
		await expect(
			extractInvoice(connect, { ...setup, visionModel: 'qwen2.5:3b' }, scan()),
		).rejects.toMatchObject({ kind: 'capabilityMissing' });
	});

	it('says the damaged corpus PDF has nothing to read', async () => {
		await expect(
			extractInvoice(
				connect,
				setup,
				documentFrom(path.join(fixtures, 'einvoices/corruptedV2PDF.pdf')),
			),
		).rejects.toMatchObject({
			problem: 'noText',
		});
	});

	it('refuses an encrypted PDF without its password', async () => {
		const encrypted = documentFrom(
			path.join(fixtures, 'invoices-generated/inv01_encrypted_password_secreto.pdf'),
		);
		await expect(extractInvoice(connect, setup, encrypted)).rejects.toBeInstanceOf(
			InvoiceInputError,
		);
	});

	it('refuses empty text', async () => {
		const input: DocumentInput = {
			kind: 'text',
			data: Buffer.from('  '),
			fileName: '',
			mimeType: 'text/plain',
		};
		await expect(extractInvoice(connect, setup, input)).rejects.toMatchObject({ problem: 'empty' });
	});
});
