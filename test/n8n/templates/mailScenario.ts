import path from 'node:path';

import type { ChatRequestBody } from '../../standIn';
import {
	printedAnswerFor,
	readGroundTruth,
	spanishInvoicesFolder,
} from '../../support/invoiceGroundTruth';
import { corpusEmails, type CorpusEmail } from './inboxCorpus';
import { callKind, firstFigure, tagged, userContent } from './modelCalls';

/*
 * What the mail test plays through the inbox triage and invoice templates: the SME inbox
 * corpus, a few supplier e-mails, a folder of invoices, and what the models answer.
 */
const fixtures = path.join(__dirname, '..', '..', 'fixtures');
export const knowledgeFolder = path.join(fixtures, 'knowledge');

export const mailboxes = {
	inbox: { name: 'hola', password: 'inbox-secret' },
	invoices: { name: 'facturas', password: 'invoices-secret' },
};
export const addresses = {
	staffEmail: 'equipo@bicisturia.example',
	accountingEmail: 'contabilidad@bicisturia.example',
	hiringEmail: 'empleo@bicisturia.example',
	accountantEmail: 'gestoria@asesores.example',
	senderEmail: 'n8n@bicisturia.example',
};

export const inbox = corpusEmails();
export const byLabel = (...labels: string[]) =>
	inbox.filter((email) => labels.includes(email.label));
/** The model finds no topic for it, so it lands on Other / Unsure. */
export const unsureId = 'msg-088';
/** Drafts that promise what no fact backs. */
export const promisingIds = ['msg-035'];
/** Carries instructions to the assistant, so the knowledge base leaves it to a person. */
export const steeringIds = ['msg-018'];
/** The knowledge base is the bike shop's; the accounting office's questions are not in it. */
export const notInKnowledge = (email: CorpusEmail) =>
	email.to.startsWith('oficina@gestoriacastellar');

/** Invoices of the corpus that the scripted model reads from their text. */
export const textInvoices = [
	'inv01_standard_21',
	'inv02_mixed_vat',
	'inv03_professional_irpf',
	'inv05_credit_note',
	'inv06_two_pages_35_lines',
	'inv07_simplified_ticket',
	'inv10_invalid_cif',
];

/** What a supplier mails to the invoices mailbox, beside what the inbox hands over. */
export const invoiceMailbox = [
	{
		from: 'tienda@latuercacabanyal.example.es',
		subject: 'Su ticket de compra FS-2026/003187',
		body: 'Adjuntamos el ticket de su compra.',
		attachments: ['inv07_simplified_ticket.pdf'],
	},
	{
		from: 'facturacion@manzanares.example.com',
		subject: 'Factura escaneada',
		body: 'Le reenviamos la factura escaneada.',
		attachments: ['inv11_scan_of_inv02_mixed_vat.pdf'],
	},
	{
		from: 'admin@proveedor-olvidadizo.example.com',
		subject: 'Factura de abril',
		body: 'Buenos días, le envío la factura de abril.',
		attachments: [],
	},
];

export const folderFiles = [
	path.join(spanishInvoicesFolder, 'inv01_standard_21.pdf'),
	path.join(fixtures, 'einvoices', 'inv02_mixed_vat.facturae322.xml'),
	path.join(fixtures, 'einvoices', 'EN16931_Einfach.pdf'),
	path.join(fixtures, 'invoices-generated', 'inv01_encrypted_password_secreto.pdf'),
];
/** The ERP of the test refuses this e-invoice, to show what the accountant then gets. */
export const refusedFile = 'inv02_mixed_vat.facturae322.xml';

export function emailNamed(subject: string): CorpusEmail | undefined {
	return inbox.find((email) => email.subject === subject);
}

/** Text compared as the workflow passes it on: without HTML tags, spaces collapsed. */
const plain = (text: string) =>
	text
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
const sameText = (first: string, second: string) => plain(first) === plain(second);

export function emailWithBody(body: string): CorpusEmail | undefined {
	return inbox.find((email) => sameText(email.body, body));
}

export function scriptedInvoice(text: string): object {
	const positions = textInvoices
		.map((name) => ({ name, at: text.indexOf(readGroundTruth(name).invoice_number) }))
		.filter((candidate) => candidate.at >= 0)
		.sort((first, second) => first.at - second.at);
	if (positions.length > 0) return printedAnswerFor(readGroundTruth(positions[0].name), text);

	const party = { name: null, taxId: null, address: null };
	return {
		documentType: 'invoice',
		...Object.fromEntries(
			['invoiceNumber', 'correctedInvoiceNumber', 'issueDate', 'dueDate', 'currency'].map(
				(field) => [field, null],
			),
		),
		supplier: party,
		customer: party,
		lines: [],
		taxBreakdown: [],
		withholdingRate: null,
		withholdingAmount: null,
		netTotal: null,
		taxTotal: null,
		total: null,
		paymentTerms: null,
		iban: null,
	};
}

/**
 * The scripted models: the classifier answers each e-mail's corpus label, the knowledge base
 * answers the bike shop's questions from its first passage, drafts quote the facts they were
 * given, and invoices are copied as printed.
 */
export function scriptedModels(request: ChatRequestBody): string {
	const content = userContent(request);
	const kind = callKind(request);
	if (kind === 'classify') {
		const email = emailNamed(/^Subject: (.*)$/m.exec(content)?.[1] ?? '');
		return JSON.stringify({
			category: email && email.id !== unsureId ? email.label : 'none',
			confidence: 0.9,
			reason: `It reads like ${email?.label ?? 'nothing known'}.`,
		});
	}
	if (kind === 'answer') {
		const asked = tagged(content, 'question');
		const email = inbox.find((candidate) => asked.startsWith(candidate.subject));
		if (!email || notInKnowledge(email)) {
			return JSON.stringify({ found: false, answer: 'Se lo paso a un compañero.', sources: [] });
		}
		const firstPassage = /\[1\] \([^)]*\) ([^\n]*)/.exec(content)?.[1] ?? '';
		return JSON.stringify({
			found: true,
			answer: `Según nuestra información: ${firstFigure(firstPassage)}.`,
			sources: [1],
		});
	}
	if (kind === 'draft') {
		const email = emailWithBody(tagged(content, 'message'));
		const facts = tagged(content, 'facts');
		const reply = promisingIds.includes(email?.id ?? '')
			? 'Sin problema, se lo cambiamos y lo recibirá mañana.'
			: facts === '(none)'
				? 'Gracias por escribirnos. Un compañero lo revisa y le responde.'
				: `Gracias por escribirnos. Le confirmo: ${firstFigure(facts)}.`;
		return JSON.stringify({
			language: 'es',
			reply,
			asksForFacts: email?.label !== 'support',
			isComplaint: false,
		});
	}
	if (kind === 'invoice') return JSON.stringify(scriptedInvoice(content));
	throw new Error(`Unexpected model call: ${content.slice(0, 200)}`);
}
