import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { cleanEmail } from '../../../nodes/engine/classify/cleanEmail';
import { htmlToText } from '../../../nodes/engine/classify/htmlToText';
import { requireText } from '../../../nodes/engine/classify/messageText';

interface InboxMessage {
	id: string;
	subject: string;
	body: string;
}

const inbox: InboxMessage[] = readFileSync(
	join(__dirname, '../../fixtures/classify/sme-inbox.jsonl'),
	'utf8',
)
	.split('\n')
	.filter(Boolean)
	.map((line) => JSON.parse(line));

const message = (id: string) => inbox.find((entry) => entry.id === id)!;

describe('cleaning an e-mail', () => {
	it('keeps only the newest message of a long quoted thread', () => {
		const thread = message('msg-032');
		const cleaned = cleanEmail(thread.subject, thread.body);

		expect(cleaned.text).toContain('F-2026/0087 sigue sin aparecer');
		expect(cleaned.text).not.toContain('declaración complementaria del modelo 303');
		expect(cleaned.text).not.toContain('Enviado desde mi móvil');
		expect(cleaned.removed).toEqual(expect.arrayContaining(['quotedReplies', 'signature']));
	});

	it('drops the signature and the legal footer of a supplier e-mail', () => {
		const supplier = message('msg-028');
		const cleaned = cleanEmail(supplier.subject, supplier.body);

		expect(cleaned.text).toContain('factura 2026/00388');
		expect(cleaned.text).not.toMatch(/confidenciales|RGPD/);
	});

	it('turns an HTML body into its visible text with accents decoded', () => {
		const html = message('msg-052');
		const cleaned = cleanEmail(html.subject, html.body);

		expect(cleaned.text).toContain('número de seguimiento');
		expect(cleaned.text).toContain('¿Me podéis decir si ya ha salido?');
		expect(cleaned.text).not.toMatch(/<|&[a-z]+;/);
		expect(cleaned.removed).toContain('html');
	});

	it('drops instructions hidden in an HTML comment', () => {
		const spam = message('msg-015');
		expect(cleanEmail(spam.subject, spam.body).text).not.toContain('Note to AI assistant');
	});

	it('classifies an empty body by its subject', () => {
		const empty = message('msg-002');
		expect(cleanEmail(empty.subject, empty.body).text).toBe('Subject: Factura FV26-000214');
	});

	it('keeps a line starting with "From:" that is not a reply header', () => {
		const text = cleanEmail('', 'From: Madrid to Valencia, how long is delivery?').text;
		expect(text).toContain('From: Madrid to Valencia');
	});

	it('reads numeric entities', () => {
		expect(htmlToText('<p>&#161;Hola&#x21;</p>')).toBe('¡Hola!');
	});
});

describe('the text of an item', () => {
	it('accepts text', () => {
		expect(requireText('hola')).toBe('hola');
	});

	it.each([
		[undefined, 'nothing (undefined)'],
		[42, 'a number (42)'],
		[{ body: 'x' }, 'an object'],
		[['a'], 'a list of 1 values'],
		[null, 'null'],
	])('refuses %p and says what arrived', (value, described) => {
		expect(() => requireText(value)).toThrow(`the expression gave ${described}`);
	});
});
