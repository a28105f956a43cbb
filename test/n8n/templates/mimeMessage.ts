import { randomBytes } from 'node:crypto';

export interface Attachment {
	fileName: string;
	contentType: string;
	content: Buffer;
}

export interface OutgoingMessage {
	from: string;
	to: string;
	subject: string;
	date: Date;
	text: string;
	attachments: Attachment[];
	messageId: string;
}

/** RFC 2047 encoded words of a few characters each, so that no header line grows too long. */
function encodeHeader(value: string): string {
	if (/^[\x20-\x7e]*$/.test(value)) return value;

	const characters = [...value];
	const words: string[] = [];
	for (let start = 0; start < characters.length; start += 20) {
		const piece = characters.slice(start, start + 20).join('');
		words.push(`=?UTF-8?B?${Buffer.from(piece, 'utf8').toString('base64')}?=`);
	}
	return words.join('\r\n ');
}

function base64Lines(content: Buffer): string {
	return (content.toString('base64').match(/.{1,76}/g) ?? []).join('\r\n');
}

/** A body that is an HTML document goes as text/html, as a mail client sends it. */
function textPart(text: string): string {
	const subtype = /^\s*<html/i.test(text) ? 'html' : 'plain';
	return [
		`Content-Type: text/${subtype}; charset=utf-8`,
		'Content-Transfer-Encoding: base64',
		'',
		base64Lines(Buffer.from(text.replace(/\r?\n/g, '\r\n'), 'utf8')),
	].join('\r\n');
}

function attachmentPart(attachment: Attachment): string {
	return [
		`Content-Type: ${attachment.contentType}; name="${attachment.fileName}"`,
		`Content-Disposition: attachment; filename="${attachment.fileName}"`,
		'Content-Transfer-Encoding: base64',
		'',
		base64Lines(attachment.content),
	].join('\r\n');
}

/** The message as a mail client sends it: multipart/mixed when it carries attachments. */
export function buildMimeMessage(message: OutgoingMessage): Buffer {
	const headers = [
		`From: ${message.from}`,
		`To: ${message.to}`,
		`Subject: ${encodeHeader(message.subject)}`,
		`Date: ${message.date.toUTCString().replace('GMT', '+0000')}`,
		`Message-ID: <${message.messageId}>`,
		'MIME-Version: 1.0',
	];
	if (message.attachments.length === 0) {
		return Buffer.from([...headers, textPart(message.text), ''].join('\r\n'), 'utf8');
	}

	const boundary = `part-${randomBytes(8).toString('hex')}`;
	const parts = [textPart(message.text), ...message.attachments.map(attachmentPart)];
	const body = parts.map((part) => `--${boundary}\r\n${part}\r\n`).join('');
	return Buffer.from(
		[
			...headers,
			`Content-Type: multipart/mixed; boundary="${boundary}"`,
			'',
			`${body}--${boundary}--`,
			'',
		].join('\r\n'),
		'utf8',
	);
}
