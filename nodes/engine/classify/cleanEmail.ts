import { htmlToText, looksLikeHtml } from './htmlToText';

export interface CleanedEmail {
	text: string;
	removed: Array<'html' | 'quotedReplies' | 'signature' | 'legalFooter'>;
}

const replyHeaders = [
	/^(el|on|le|am|il|em)\s.{4,120}\s(escribió|wrote|a écrit|schrieb|ha scritto|escreveu|va escriure):?\s*$/i,
	/^-{2,}\s*(original message|mensaje original|message d'origine|missatge original)\s*-{2,}$/i,
	/^(de|from|von|da)\s*:\s.+$/i,
];

const signatureStarts = [/^--\s*$/, /^(enviado desde|sent from|envoyé de|enviat des)\s.+$/i];

const legalFooterWords =
	/(confidencial|confidential|rgpd|gdpr|lopd|protecci[oó]n de datos|data protection|darse de baja|unsubscribe|no desea recibir)/i;

function cutAtReply(lines: string[]): { lines: string[]; cut: boolean } {
	const index = lines.findIndex((line, position) => {
		if (replyHeaders.slice(0, 2).some((pattern) => pattern.test(line))) return true;
		// "From:" alone is too common in a body; a reply header has "Sent:" or "Subject:" close by.
		return (
			replyHeaders[2].test(line) &&
			lines
				.slice(position + 1, position + 5)
				.some((next) => /^(enviado|sent|asunto|subject|date|fecha)\s*:/i.test(next))
		);
	});
	const withoutQuoted = (index >= 0 ? lines.slice(0, index) : lines).filter(
		(line) => !line.startsWith('>'),
	);
	return { lines: withoutQuoted, cut: index >= 0 || withoutQuoted.length < lines.length };
}

function cutAtSignature(lines: string[]) {
	const index = lines.findIndex((line) =>
		signatureStarts.some((pattern) => pattern.test(line.trim())),
	);
	return index > 0 ? { lines: lines.slice(0, index), cut: true } : { lines, cut: false };
}

function dropLegalFooter(text: string) {
	const paragraphs = text.split(/\n\s*\n/);
	let keep = paragraphs.length;
	while (keep > 1 && legalFooterWords.test(paragraphs[keep - 1])) keep--;
	return { text: paragraphs.slice(0, keep).join('\n\n'), cut: keep < paragraphs.length };
}

/**
 * The part of an e-mail a person reads to know what it is about: the newest message only,
 * without earlier quoted replies, signature, legal footer or HTML markup.
 */
export function cleanEmail(subject: string, body: string): CleanedEmail {
	const removed: CleanedEmail['removed'] = [];
	let text = body.replace(/\r\n?/g, '\n');
	if (looksLikeHtml(text)) {
		text = htmlToText(text);
		removed.push('html');
	}

	const reply = cutAtReply(text.split('\n'));
	if (reply.cut) removed.push('quotedReplies');
	const signature = cutAtSignature(reply.lines);
	if (signature.cut) removed.push('signature');
	const footer = dropLegalFooter(signature.lines.join('\n').trim());
	if (footer.cut) removed.push('legalFooter');

	const parts = [subject.trim() && `Subject: ${subject.trim()}`, footer.text.trim()];
	return { text: parts.filter(Boolean).join('\n\n'), removed };
}

/** Only the quoted earlier messages go; used to shorten a thread that is too long. */
export function withoutQuotedReplies(text: string): string {
	return cutAtReply(text.split('\n')).lines.join('\n').trim();
}
