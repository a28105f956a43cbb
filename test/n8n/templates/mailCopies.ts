import type { Dovecot } from './dovecot';
import { addresses, knowledgeFolder, mailboxes } from './mailScenario';
import { smtpReference } from './modelCalls';
import { fillSettings, readTemplate, useCredential, type Template } from './templateFiles';

const imapReference = (mailbox: { name: string }) => ({
	id: `imap${mailbox.name}Cred1`,
	name: mailbox.name,
});

/**
 * The templates as the mail test runs them: Settings filled in and credentials chosen, as a
 * user does after importing them, and nothing else changed.
 */
export function mailTestCopies(erpUrl: string, invoiceFolder: string): Template[] {
	const knowledge = readTemplate('knowledge-loading.json');
	fillSettings(knowledge, { knowledgeFolder, knowledgeBase: 'shop' });

	const folder = readTemplate('invoice-folder-to-erp.json');
	fillSettings(folder, { invoiceFolder, erpUrl, accountantEmail: addresses.accountantEmail });

	const triage = readTemplate('inbox-triage.json');
	fillSettings(triage, {
		staffEmail: addresses.staffEmail,
		accountingEmail: addresses.accountingEmail,
		hiringEmail: addresses.hiringEmail,
		senderEmail: addresses.senderEmail,
		companyName: 'Bicis Turia',
		signature: 'Bicis Turia · Carrer dels Pedals, 12 · València',
	});
	useCredential(triage, 'n8n-nodes-base.emailReadImap', 'imap', imapReference(mailboxes.inbox));

	const invoices = readTemplate('invoice-to-erp.json');
	fillSettings(invoices, {
		erpUrl,
		accountantEmail: addresses.accountantEmail,
		senderEmail: addresses.senderEmail,
	});
	useCredential(
		invoices,
		'n8n-nodes-base.emailReadImap',
		'imap',
		imapReference(mailboxes.invoices),
	);

	const copies = [knowledge, folder, triage, invoices];
	for (const copy of copies) {
		useCredential(copy, 'n8n-nodes-base.emailSend', 'smtp', smtpReference);
	}
	return copies;
}

export function imapCredential(dovecot: Dovecot, mailbox: { name: string; password: string }) {
	return {
		...imapReference(mailbox),
		type: 'imap',
		data: {
			user: mailbox.name,
			password: mailbox.password,
			host: dovecot.host,
			port: dovecot.port,
			secure: false,
			allowUnauthorizedCerts: false,
		},
	};
}
