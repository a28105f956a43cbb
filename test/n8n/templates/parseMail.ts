export interface MailAttachment {
	fileName: string;
	contentType: string;
	content: Buffer;
}

export interface ParsedMail {
	headers: Record<string, string>;
	from: string;
	to: string;
	subject: string;
	replyTo: string;
	text: string;
	attachments: MailAttachment[];
}

interface Part {
	headers: Record<string, string>;
	body: Buffer;
}

function splitPart(raw: Buffer): Part {
	const text = raw.toString('latin1');
	const end = text.indexOf('\r\n\r\n');
	const head = end === -1 ? text : text.slice(0, end);
	const body = end === -1 ? Buffer.alloc(0) : raw.subarray(end + 4);

	const headers: Record<string, string> = {};
	for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
		const colon = line.indexOf(':');
		if (colon > 0)
			headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
	}
	return { headers, body };
}

/** Decodes RFC 2047 encoded words; the space between two of them belongs to neither. */
function decodeWords(value: string): string {
	const joined = value.replace(/(\?=)\s+(=\?)/g, '$1$2');
	return joined.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, _charset, kind, data: string) =>
		(kind.toUpperCase() === 'B'
			? Buffer.from(data, 'base64')
			: Buffer.from(
					data
						.replace(/_/g, ' ')
						.replace(/=([0-9A-Fa-f]{2})/g, (__, hex: string) =>
							String.fromCharCode(parseInt(hex, 16)),
						),
					'latin1',
				)
		).toString('utf8'),
	);
}

function decodeBody(part: Part): Buffer {
	const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
	if (encoding === 'base64') return Buffer.from(part.body.toString('latin1'), 'base64');
	if (encoding === 'quoted-printable') {
		const text = part.body
			.toString('latin1')
			.replace(/=\r\n/g, '')
			.replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
		return Buffer.from(text, 'latin1');
	}
	return part.body;
}

function parameter(header: string, name: string): string | undefined {
	const extended = new RegExp(`${name}\\*=(?:utf-8|UTF-8)''([^;]+)`).exec(header);
	if (extended) return decodeURIComponent(extended[1]);
	const plain = new RegExp(`${name}="?([^";]+)"?`).exec(header);
	return plain ? decodeWords(plain[1]) : undefined;
}

function leafParts(part: Part): Part[] {
	const contentType = part.headers['content-type'] ?? 'text/plain';
	const boundary = parameter(contentType, 'boundary');
	if (!/^multipart\//i.test(contentType) || !boundary) return [part];

	const text = part.body.toString('latin1');
	const pieces = text.split(`--${boundary}`).slice(1);
	return pieces
		.filter((piece) => !piece.startsWith('--'))
		.map((piece) =>
			splitPart(Buffer.from(piece.replace(/^\r\n/, '').replace(/\r\n$/, ''), 'latin1')),
		)
		.flatMap(leafParts);
}

/** A received message: decoded subject, plain text and attachments. */
export function parseMail(raw: Buffer): ParsedMail {
	const root = splitPart(raw);
	const parts = leafParts(root);

	const attachments: MailAttachment[] = [];
	const texts: string[] = [];
	for (const part of parts) {
		const contentType = part.headers['content-type'] ?? 'text/plain';
		const disposition = part.headers['content-disposition'] ?? '';
		const fileName = parameter(disposition, 'filename') ?? parameter(contentType, 'name');
		if (/^attachment/i.test(disposition) || fileName) {
			attachments.push({
				fileName: fileName ?? 'unnamed',
				contentType: contentType.split(';')[0].trim(),
				content: decodeBody(part),
			});
		} else if (/^text\/plain/i.test(contentType)) {
			texts.push(decodeBody(part).toString('utf8'));
		}
	}

	const header = (name: string) => decodeWords(root.headers[name] ?? '');
	return {
		headers: root.headers,
		from: header('from'),
		to: header('to'),
		subject: header('subject'),
		replyTo: header('reply-to'),
		text: texts.join('\n').replace(/\r\n/g, '\n'),
		attachments,
	};
}
