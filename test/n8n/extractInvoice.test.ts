import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { runWorkflow, type WorkflowRun } from '../harness';
import { startOllamaStandIn, type OllamaStandIn } from '../standIn';
import {
	printedAnswerFor,
	readGroundTruth,
	spanishInvoicesFolder,
} from '../support/invoiceGroundTruth';
import {
	connect,
	connections,
	credentialReference,
	manualTrigger,
	standInCredential,
} from './support/workflowParts';

jest.setTimeout(600_000);

const textInvoices = [
	'inv01_standard_21',
	'inv03_professional_irpf',
	'inv05_credit_note',
	'inv06_two_pages_35_lines',
	'inv07_simplified_ticket',
	'inv10_invalid_cif',
];
const fixtures = path.join(__dirname, '..', 'fixtures');

let standIn: OllamaStandIn;
let folder: string;
let run: WorkflowRun;

const outputFileNames = (index: number) =>
	run.nodes['Extract Invoice'].outputs[index]
		.map((item) => (item.json.extraction as { fileName: string }).fileName)
		.sort();

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	// The scripted model copies each invoice faithfully. It is found by its own number, the
	// first invoice number printed (a credit note also prints the number of the invoice it corrects).
	standIn.setChatResponder((request) => {
		const text = request.messages?.[1]?.content ?? '';
		const positions = textInvoices
			.map((name) => ({ name, at: text.indexOf(readGroundTruth(name).invoice_number) }))
			.filter((candidate) => candidate.at >= 0)
			.sort((first, second) => first.at - second.at);
		return JSON.stringify(printedAnswerFor(readGroundTruth(positions[0].name), text));
	});

	folder = mkdtempSync(path.join(os.tmpdir(), 'invoices-'));
	for (const name of [...textInvoices, 'inv11_scan_of_inv02_mixed_vat']) {
		copyFileSync(path.join(spanishInvoicesFolder, `${name}.pdf`), path.join(folder, `${name}.pdf`));
	}
	copyFileSync(
		path.join(fixtures, 'einvoices/inv02_mixed_vat.facturae322.xml'),
		path.join(folder, 'inv02_mixed_vat.facturae322.xml'),
	);
	copyFileSync(
		path.join(fixtures, 'einvoices/EN16931_Einfach.pdf'),
		path.join(folder, 'EN16931_Einfach.pdf'),
	);
	copyFileSync(
		path.join(fixtures, 'einvoices/corruptedV2PDF.pdf'),
		path.join(folder, 'corruptedV2PDF.pdf'),
	);
	copyFileSync(
		path.join(fixtures, 'invoices-generated/inv01_encrypted_password_secreto.pdf'),
		path.join(folder, 'encrypted.pdf'),
	);

	const workflow = {
		name: 'Invoices from a folder',
		nodes: [
			manualTrigger,
			{
				id: 'read',
				name: 'Read Invoices',
				type: 'n8n-nodes-base.readWriteFile',
				typeVersion: 1.1,
				position: [220, 0],
				parameters: { operation: 'read', fileSelector: `${folder}/*.{pdf,xml}`, options: {} },
			},
			{
				id: 'extract',
				name: 'Extract Invoice',
				type: 'n8n-nodes-local-slm.localSlmExtractInvoice',
				typeVersion: 1,
				position: [440, 0],
				credentials: credentialReference,
				onError: 'continueErrorOutput',
				parameters: { model: { __rl: true, mode: 'name', value: 'qwen2.5:3b' } },
			},
		],
		connections: connections([
			connect('Start', 'Read Invoices'),
			connect('Read Invoices', 'Extract Invoice'),
		]),
	};
	run = await runWorkflow(workflow, {
		credentials: [standInCredential(standIn.url)],
		env: { N8N_RESTRICT_FILE_ACCESS_TO: folder },
	});
});

afterAll(async () => {
	await standIn?.close();
	if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('Extract Invoice in a real n8n, reading PDFs from disk', () => {
	it('finishes the execution', () => {
		expect(run.status).toBe('success');
	});

	it('puts the clean invoices and e-invoices on Valid', () => {
		expect(outputFileNames(0)).toEqual(
			[
				'inv01_standard_21.pdf',
				'inv02_mixed_vat.facturae322.xml',
				'inv03_professional_irpf.pdf',
				'inv05_credit_note.pdf',
				'inv06_two_pages_35_lines.pdf',
				'inv07_simplified_ticket.pdf',
			].sort(),
		);
	});

	it('puts invoices with an invalid tax id on Needs Review with the reason', () => {
		// The Factur-X sample carries the placeholder VAT id DE123456789, whose check digit fails.
		expect(outputFileNames(1)).toEqual(['EN16931_Einfach.pdf', 'inv10_invalid_cif.pdf']);
		for (const item of run.nodes['Extract Invoice'].outputs[1]) {
			const problems = (item.json.validation as { problems: Array<{ code: string }> }).problems;
			expect(problems.map((problem) => problem.code)).toEqual(['invalidSupplierTaxId']);
		}
	});

	it('sends the scan, the damaged and the encrypted PDF to the error output with clear messages', () => {
		const errors = run.nodes['Extract Invoice'].outputs[2];
		const messages = errors.map((item) => `${item.json.fileName}: ${item.json.error}`).sort();
		expect(errors).toHaveLength(3);
		expect(messages.join('\n')).toMatch(/vision model is needed/);
		expect(messages.join('\n')).toMatch(/neither text nor images/);
		expect(messages.join('\n')).toMatch(/needs a password/);
	});

	it('reads e-invoices with no model call and PDFs with one each', () => {
		const valid = run.nodes['Extract Invoice'].outputs.slice(0, 2).flat();
		const usageOf = (fileName: string) =>
			valid.find((item) => (item.json.extraction as { fileName: string }).fileName === fileName)!
				.json.extraction as {
				source: string;
				usage: { modelCalls: number };
			};
		expect(usageOf('inv02_mixed_vat.facturae322.xml')).toMatchObject({
			source: 'facturae',
			usage: { modelCalls: 0 },
		});
		expect(usageOf('EN16931_Einfach.pdf')).toMatchObject({
			source: 'pdfEmbeddedXml',
			usage: { modelCalls: 0 },
		});
		expect(usageOf('inv03_professional_irpf.pdf')).toMatchObject({
			source: 'pdfText',
			usage: { modelCalls: 1 },
		});
		expect(standIn.chatRequests()).toHaveLength(textInvoices.length);
	});

	it('gives the ERP numbers and ISO dates, with the printed text kept beside them', () => {
		const item = run.nodes['Extract Invoice'].outputs[0].find(
			(entry) =>
				(entry.json.extraction as { fileName: string }).fileName === 'inv03_professional_irpf.pdf',
		)!;
		expect(item.json.invoice).toMatchObject({
			invoiceNumber: '2026-011',
			issueDate: '2026-03-03',
			total: 646.6,
			withholding: { rate: 15, amount: 91.5 },
			printed: { total: '646,60' },
		});
		expect(item.binary?.data).toBeDefined();
	});
});
