import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { prepareN8nUserFolder, startN8nServer, type N8nServer, type WorkflowRun } from '../harness';
import { startOllamaStandIn, type OllamaStandIn } from '../standIn';
import { readGroundTruth, spanishInvoicesFolder } from '../support/invoiceGroundTruth';
import { executeWorkflow, importCredentials, importWorkflows } from './templates/cli';
import { startDovecot, type Dovecot } from './templates/dovecot';
import { appendMessages } from './templates/imapAppend';
import { mimeMessageFor } from './templates/inboxCorpus';
import { imapCredential, mailTestCopies } from './templates/mailCopies';
import {
	addresses,
	byLabel,
	emailNamed,
	emailWithBody,
	folderFiles,
	inbox,
	invoiceMailbox,
	knowledgeFolder,
	mailboxes,
	notInKnowledge,
	promisingIds,
	refusedFile,
	scriptedModels,
	steeringIds,
	unsureId,
} from './templates/mailScenario';
import {
	callKind,
	ollamaCredential,
	smtpCredential,
	tagged,
	templateModels,
	userContent,
} from './templates/modelCalls';
import {
	openPublicApi,
	waitForExecutions,
	type Execution,
	type PublicApi,
} from './templates/publicApi';
import { startRecorder, type RecordedCall, type Recorder } from './templates/recorder';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from './templates/smtpSink';

jest.setTimeout(900_000);

let standIn: OllamaStandIn;
let smtp: SmtpSink;
let erp: Recorder;
let dovecot: Dovecot;
let n8n: N8nServer;
let invoiceFolder: string;
let knowledgeRun: WorkflowRun;
let folderRuns: WorkflowRun[];
let folderPhase: { erp: RecordedCall[]; mails: ReceivedMail[] };
let triageRuns: Execution[];
let invoiceRuns: Execution[];
let api: PublicApi;

const MAIL_TIMEOUT_MS = 60_000;
const expectedErpPosts = 6;
const expectedMails = 31;

/**
 * Waits until the ERP and the mail sink got what the inbox should lead to. When they do not,
 * the tests below say what is missing; this only prints what happened, to find out why.
 */
async function waitForDeliveries(): Promise<void> {
	const deadline = Date.now() + MAIL_TIMEOUT_MS;
	while (erp.calls.length < expectedErpPosts || smtp.mails.length < expectedMails) {
		if (Date.now() > deadline) {
			const runs = [
				...(await api.executions('tplInboxTriage')),
				...(await api.executions('tplInvoiceToErp')),
			];
			const failures = runs
				.filter((run) => run.error)
				.map((run) => `${run.workflowId} ${run.mode}: ${run.error!.node}: ${run.error!.message}`);
			console.warn(
				[
					`After ${MAIL_TIMEOUT_MS / 1000} s the ERP got ${erp.calls.length} of ${expectedErpPosts} records, the mail sink ${smtp.mails.length} of ${expectedMails} mails:`,
					...smtp.mails.map((mail) => `${mail.recipients.join(', ')}: ${mail.subject}`),
					`Executions: ${runs.map((run) => `${run.workflowId}/${run.mode}/${run.status}`).join(', ')}`,
					`Failures: ${failures.join('\n') || 'none'}`,
					`Dovecot's log:\n${(await dovecot.log()).slice(-3000)}`,
				].join('\n'),
			);
			return;
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

beforeAll(async () => {
	standIn = await startOllamaStandIn();
	for (const model of templateModels) standIn.addModel(model);
	standIn.setChatResponder(scriptedModels);
	smtp = await startSmtpSink();
	erp = await startRecorder((call) => {
		const record = call.body as { source?: { fileName?: string } };
		return record.source?.fileName === refusedFile
			? { status: 422, json: { error: 'Unknown supplier tax id A28590347.' } }
			: { status: 201, json: { id: `PI-${erp.calls.length}` } };
	});
	dovecot = await startDovecot([mailboxes.inbox, mailboxes.invoices]);
	invoiceFolder = mkdtempSync(path.join(os.tmpdir(), 'invoice-folder-'));
	for (const file of folderFiles) copyFileSync(file, path.join(invoiceFolder, path.basename(file)));

	const userFolder = await prepareN8nUserFolder();
	await importCredentials(userFolder, [
		ollamaCredential(standIn.url),
		smtpCredential(smtp),
		imapCredential(dovecot, mailboxes.inbox),
		imapCredential(dovecot, mailboxes.invoices),
	]);
	await importWorkflows(
		userFolder,
		mailTestCopies(`${erp.url}/api/purchase-invoices`, invoiceFolder),
	);

	knowledgeRun = await executeWorkflow(userFolder, 'tplKnowledgeLoading', {
		N8N_RESTRICT_FILE_ACCESS_TO: knowledgeFolder,
	});
	const folderAccess = { N8N_RESTRICT_FILE_ACCESS_TO: invoiceFolder };
	folderRuns = [
		await executeWorkflow(userFolder, 'tplInvoiceFolderErp', folderAccess),
		await executeWorkflow(userFolder, 'tplInvoiceFolderErp', folderAccess),
	];
	folderPhase = { erp: erp.calls.splice(0), mails: smtp.mails.splice(0) };

	n8n = await startN8nServer({ userFolder });
	api = await openPublicApi(n8n.url, await n8n.setupOwner());
	// Inbox triage hands invoices to the published version of Invoices to ERP.
	await api.activate('tplInvoiceToErp');
	await api.activate('tplInboxTriage');
	// Activation returns before the IMAP triggers have logged in, and a trigger only fetches
	// when mail arrives after it has opened the mailbox.
	await dovecot.waitForLogins(mailboxes.invoices.name, 1);
	await dovecot.waitForLogins(mailboxes.inbox.name, 1);
	await new Promise((resolve) => setTimeout(resolve, 1000));

	await appendMessages(
		dovecot,
		mailboxes.invoices,
		invoiceMailbox.map((email) =>
			mimeMessageFor({
				...email,
				to: 'facturas@bicisturia.example',
				received_at: '2026-03-02T09:00:00+01:00',
			}),
		),
	);
	await appendMessages(dovecot, mailboxes.inbox, inbox.map(mimeMessageFor));
	await waitForDeliveries();

	triageRuns = await waitForExecutions(api, 'tplInboxTriage', 1);
	invoiceRuns = await waitForExecutions(api, 'tplInvoiceToErp', 1);
});

afterAll(async () => {
	await n8n?.stop();
	await Promise.all([standIn?.close(), smtp?.stop(), erp?.stop(), dovecot?.stop()]);
	if (invoiceFolder) rmSync(invoiceFolder, { recursive: true, force: true });
});

const items = (runs: Execution[], node: string, output = 0) =>
	runs.flatMap((run) => run.nodes[node]?.[output] ?? []);
const subjectsOf = (emails: Array<{ subject: string }>) =>
	emails.map((email) => email.subject).sort();
const mailsTo = (address: string) => smtp.mails.filter((mail) => mail.recipients.includes(address));
const mailsStarting = (prefix: string) =>
	smtp.mails.filter((mail) => mail.subject.startsWith(prefix));
const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from;

describe('Inbox triage, published in a real n8n, reading a real IMAP inbox', () => {
	it('reads every e-mail that arrives in the inbox once, with its attachments', () => {
		expect(triageRuns.every((run) => run.status === 'success')).toBe(true);
		const read = items(triageRuns, 'New E-mail in the Inbox');
		expect(subjectsOf(read.map((item) => item.json as { subject: string }))).toEqual(
			subjectsOf(inbox),
		);
		const invoiceEmail = read.find((item) => item.json.subject === 'Factura FV26-000214')!;
		expect(Object.values(invoiceEmail.binary ?? {})).toMatchObject([
			{ fileName: 'inv01_standard_21.pdf', mimeType: 'application/pdf' },
		]);
	});

	it('sorts every e-mail to the output of its topic, and the unsure one to Other / Unsure', () => {
		const topics = [
			'support',
			'sales',
			'order_status',
			'billing',
			'supplier_invoice',
			'job_application',
			'spam',
			'complaint',
			'other',
		];
		for (const [output, topic] of topics.entries()) {
			const routed = items(triageRuns, 'Sort by Topic', output);
			const expected = byLabel(topic).filter((email) => email.id !== unsureId);
			expect({
				topic,
				subjects: subjectsOf(routed.map((item) => item.json as { subject: string })),
			}).toEqual({
				topic,
				subjects: subjectsOf(expected),
			});
		}
		const unsure = items(triageRuns, 'Sort by Topic', topics.length);
		expect(unsure.map((item) => item.json.subject)).toEqual([
			inbox.find((email) => email.id === unsureId)!.subject,
		]);
	});

	it('saves a draft for a person for every support, sales and order-status e-mail, and no other', () => {
		const drafted = byLabel('support', 'sales', 'order_status');
		const drafts = mailsStarting('Draft ');
		expect(drafts.map((mail) => mail.subject.replace(/^Draft [^:]*: Re: /, '')).sort()).toEqual(
			subjectsOf(drafted),
		);
		for (const mail of drafts) {
			const email = emailNamed(mail.subject.replace(/^Draft [^:]*: Re: /, ''))!;
			expect(mail.recipients).toEqual([addresses.staffEmail]);
			expect(mail.replyTo).toBe(addressOf(email.from));
			expect(mail.text).toContain('Bicis Turia · Carrer dels Pedals, 12 · València');
		}
	});

	it('marks as ready only the drafts whose every statement comes from the facts', () => {
		const needsCheck = byLabel('support', 'sales', 'order_status').filter(
			(email) =>
				promisingIds.includes(email.id) ||
				steeringIds.includes(email.id) ||
				(email.label !== 'support' && notInKnowledge(email)),
		);
		expect(
			mailsStarting('Draft to check: ')
				.map((mail) => mail.subject.replace('Draft to check: Re: ', ''))
				.sort(),
		).toEqual(subjectsOf(needsCheck));
		const promise = mailsStarting('Draft to check: ').find((mail) =>
			mail.subject.includes('BT-10377'),
		)!;
		expect(promise.text).toMatch(/promises a delivery date or time/);
		const notFound = mailsStarting('Draft to check: ').find((mail) =>
			mail.subject.includes('crêperie'),
		)!;
		expect(notFound.text).toMatch(/The knowledge base did not answer the question/);
		const steering = mailsStarting('Draft to check: ').find((mail) =>
			mail.subject.includes('Serra Calderona'),
		)!;
		expect(steering.text).toMatch(/did not answer the question: .*instructions/);
	});

	it('drafts sales and order-status replies from what the knowledge base answered', () => {
		const draftCalls = standIn.chatRequests().filter((request) => callKind(request) === 'draft');
		const factsFor = (id: string) => {
			const call = draftCalls.find(
				(request) => emailWithBody(tagged(userContent(request), 'message'))?.id === id,
			)!;
			return tagged(userContent(call), 'facts');
		};
		expect(factsFor('msg-038')).toMatch(
			/^Según nuestra información: [\s\S]*From our documents:\n- /,
		);
		expect(factsFor('msg-080')).toMatch(/From our documents:/);
		expect(factsFor('msg-016')).toBe('(none)');
		const ready = mailsStarting('Draft ready to send: ').find((mail) =>
			mail.subject.includes('Albufera Classic'),
		)!;
		expect(ready.text).toContain('Gracias por escribirnos. Le confirmo: ');
	});

	it('forwards billing questions to accounting and job applications to hiring, with their files', () => {
		expect(
			subjectsOf(
				mailsTo(addresses.accountingEmail).map((mail) => ({
					subject: mail.subject.replace(/^Billing question from [^:]*: /, ''),
				})),
			),
		).toEqual(subjectsOf(byLabel('billing')));
		const payment = mailsTo(addresses.accountingEmail).find((mail) =>
			mail.subject.includes('F-2026/0102'),
		)!;
		expect(payment.attachments.map((file) => file.fileName)).toEqual([
			'justificante_transferencia.pdf',
		]);

		const applications = mailsTo(addresses.hiringEmail);
		expect(applications).toHaveLength(byLabel('job_application').length);
		expect(
			applications.flatMap((mail) => mail.attachments.map((file) => file.fileName)).sort(),
		).toEqual(['CV_Adrian_Ortega.pdf', 'CV_Irene_Sastre.pdf']);
	});

	it('hands complaints, other and unsure e-mails to a person, with the reason', () => {
		const handedOver = mailsTo(addresses.staffEmail).filter(
			(mail) => !mail.subject.startsWith('Draft '),
		);
		expect(handedOver.map((mail) => mail.subject.replace(/^[^:]*: /, '')).sort()).toEqual(
			subjectsOf(byLabel('complaint', 'other')),
		);
		const complaint = handedOver.find((mail) =>
			mail.subject.startsWith('Complaint from f.llopis'),
		)!;
		expect(complaint.text).toMatch(
			/Topic: complaint \(\d+ % sure\)\nWhy: It reads like complaint\./,
		);
		const unsure = handedOver.find((mail) => mail.subject.includes('¡Gracias!'))!;
		expect(unsure.subject).toMatch(/^For a person from /);
		expect(unsure.text).toMatch(/Topic: none of the topics \(\d+ % sure\)/);
	});

	it('answers and forwards no spam', () => {
		expect(items(triageRuns, 'Note as Spam: No Reply')).toHaveLength(byLabel('spam').length);
		const spamSubjects = byLabel('spam').map((email) => email.subject);
		expect(
			smtp.mails.filter((mail) => spamSubjects.some((subject) => mail.subject.includes(subject))),
		).toEqual([]);
	});
});

describe('Invoices to ERP, published in a real n8n, reading a real IMAP mailbox', () => {
	const erpRecord = (invoiceNumber: string) =>
		erp.calls.find(
			(call) => (call.body as { invoiceNumber: string }).invoiceNumber === invoiceNumber,
		)!.body as Record<string, unknown> & {
			totals: { payable: number; net: number; tax: number };
			supplier: { taxId: string };
			lines: unknown[];
			taxBreakdown: Array<{ base: number; amount: number }>;
			source: { fileName: string; emailSubject: string | null };
		};

	it('takes supplier invoices from the inbox as well as from its own mailbox', () => {
		expect(invoiceRuns.every((run) => run.status === 'success')).toBe(true);
		expect(new Set(invoiceRuns.map((run) => run.mode))).toEqual(new Set(['integrated', 'trigger']));
	});

	it('posts exactly the valid invoices to the ERP, with the right numbers', () => {
		const valid = [
			'inv01_standard_21',
			'inv02_mixed_vat',
			'inv03_professional_irpf',
			'inv05_credit_note',
			'inv06_two_pages_35_lines',
			'inv07_simplified_ticket',
		];
		expect(erp.calls.map((call) => call.path)).toEqual(
			Array(valid.length).fill('/api/purchase-invoices'),
		);
		expect(
			erp.calls.map((call) => (call.body as { invoiceNumber: string }).invoiceNumber).sort(),
		).toEqual(valid.map((name) => readGroundTruth(name).invoice_number).sort());
		for (const name of valid) {
			const truth = readGroundTruth(name);
			const record = erpRecord(truth.invoice_number);
			expect(record).toMatchObject({
				issueDate: truth.issue_date,
				currency: 'EUR',
				supplier: { taxId: truth.supplier.tax_id },
				totals: { payable: truth.total, net: truth.net_total, tax: truth.vat_total },
				source: { fileName: `${name}.pdf` },
			});
			expect(record.lines).toHaveLength(truth.lines.length);
			expect(record.taxBreakdown.map((entry) => [entry.base, entry.amount])).toEqual(
				truth.tax_breakdown.map((entry) => [entry.base, entry.vat_amount]),
			);
		}
		expect(erpRecord('FV26-000214').source.emailSubject).toBe('Factura FV26-000214');
		expect(erpRecord('R26-000009')).toMatchObject({
			documentType: 'creditNote',
			correctedInvoiceNumber: 'FV26-000214',
		});
		expect(erpRecord('2026-011')).toMatchObject({ withholding: { rate: 15, amount: 91.5 } });
	});

	it('sends the accountant every invoice that needs review, with the reasons and the file', () => {
		const review = mailsTo(addresses.accountantEmail);
		expect(review).toHaveLength(4);
		const invalidTaxId = review.find((mail) => mail.subject.includes('IV/26/0073'))!;
		expect(invalidTaxId.text).toMatch(/tax id/i);
		expect(invalidTaxId.attachments).toHaveLength(1);
		expect(invalidTaxId.attachments[0].fileName).toBe('inv10_invalid_cif.pdf');
		expect(
			invalidTaxId.attachments[0].content.equals(
				readFileSync(path.join(spanishInvoicesFolder, 'inv10_invalid_cif.pdf')),
			),
		).toBe(true);

		const deliveryNote = review.find((mail) => mail.text.includes('albaran_AL-26-01177.pdf'))!;
		expect(deliveryNote.text).toMatch(/The invoice number is missing/);
		expect(deliveryNote.text).not.toMatch(/Read from the invoice/);
		expect(deliveryNote.attachments.map((file) => file.fileName)).toEqual([
			'albaran_AL-26-01177.pdf',
		]);

		const scan = review.find((mail) => mail.text.includes('inv11_scan_of_inv02_mixed_vat.pdf'))!;
		expect(scan.text).toMatch(/vision model/);
		const noFile = review.find((mail) => mail.text.includes('Factura de abril'))!;
		expect(noFile.text).toContain('(no PDF or XML attached)');
	});
});

describe('Invoices to ERP from a folder, run twice in a real n8n', () => {
	it('posts the valid invoices of the folder and tells the accountant about the others', () => {
		expect(folderRuns[0].status).toBe('success');
		expect(
			folderPhase.erp
				.map((call) => (call.body as { source: { fileName: string } }).source.fileName)
				.sort(),
		).toEqual(['inv01_standard_21.pdf', refusedFile]);
		const subjects = folderPhase.mails.map((mail) => mail.subject);
		expect(subjects).toHaveLength(3);
		expect(
			subjects.find((subject) => subject.startsWith('ERP refused invoice 2026-A-004417')),
		).toBeDefined();
		const texts = folderPhase.mails.map((mail) => mail.text).join('\n');
		expect(texts).toContain('File: EN16931_Einfach.pdf');
		expect(texts).toContain('File: inv01_encrypted_password_secreto.pdf');
		expect(texts).toContain('Unknown supplier tax id A28590347.');
	});

	it('handles each file once: the second run skips them all', () => {
		expect(folderRuns[1].status).toBe('success');
		expect(folderRuns[1].nodes['Skip Files Already Handled'].outputs[0]).toEqual([]);
		expect(folderRuns[1].nodes['Read the Invoice']).toBeUndefined();
	});
});

describe('Knowledge loading before the inbox', () => {
	it('filled the knowledge base that the inbox drafts answer from', () => {
		expect(knowledgeRun.nodes['Add or Update in the Knowledge Base'].outputs[0]).toHaveLength(4);
	});
});
