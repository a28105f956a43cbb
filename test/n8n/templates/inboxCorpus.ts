import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { spanishInvoicesFolder } from '../../support/invoiceGroundTruth';
import { buildMimeMessage, type Attachment } from './mimeMessage';
import { placeholderPdf } from './placeholderPdf';

export interface CorpusEmail {
	id: string;
	from: string;
	to: string;
	subject: string;
	received_at: string;
	body: string;
	label: string;
	attachments: string[];
}

const fixtures = path.join(__dirname, '..', '..', 'fixtures');

/** The e-mails of the SME inbox corpus, with their labels and the files they carry. */
export function corpusEmails(): CorpusEmail[] {
	return readFileSync(path.join(fixtures, 'classify', 'sme-inbox.jsonl'), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as CorpusEmail & { channel: string })
		.filter((message) => message.channel === 'email');
}

/** The real invoice when the corpus has it, otherwise a one-page placeholder PDF. */
export function attachmentNamed(fileName: string): Attachment {
	const candidates = [
		path.join(spanishInvoicesFolder, fileName),
		path.join(fixtures, 'einvoices', fileName),
	];
	const found = candidates.find((candidate) => existsSync(candidate));
	const contentType = fileName.endsWith('.xml') ? 'application/xml' : 'application/pdf';
	return {
		fileName,
		contentType,
		content: found ? readFileSync(found) : placeholderPdf(`Placeholder for ${fileName}`),
	};
}

export function mimeMessageFor(email: Omit<CorpusEmail, 'id' | 'label'> & { id?: string }): Buffer {
	return buildMimeMessage({
		from: email.from,
		to: email.to,
		subject: email.subject,
		date: new Date(email.received_at),
		text: email.body,
		attachments: email.attachments.map(attachmentNamed),
		messageId: `${email.id ?? randomUUID()}@corpus.test`,
	});
}
