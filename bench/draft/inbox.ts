import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { DraftInput, DraftSetup } from '../../nodes/engine/draftReply/draftReply';
import type { Channel } from '../../nodes/engine/draftReply/voice';
import { projectRoot } from '../../test/harness/paths';

interface InboxMessage {
	channel: Channel;
	subject?: string;
	body: string;
}

/** The node's defaults, with the voice a shop fills in once. */
export const draftSetup: DraftSetup = {
	model: 'qwen2.5:3b',
	voice: {
		companyName: 'Bicis Turia',
		signature: 'Un saludo,\nBicis Turia',
		formality: 'informal',
		alwaysSay: '',
		neverSay: '',
		exampleReplies: [],
	},
	language: '',
	whatsAppMaximumCharacters: 600,
	extraInstructions: '',
	alwaysReviewComplaints: true,
	temperature: 0.3,
};

/** The SME inbox as Draft Reply receives it, with no facts looked up for it. */
export function inboxDrafts(): DraftInput[] {
	const path = join(projectRoot, 'test', 'fixtures', 'classify', 'sme-inbox.jsonl');
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as InboxMessage)
		.map((message) => ({
			message: message.body,
			channel: message.channel,
			facts: '',
			customerName: '',
			originalSubject: message.subject ?? '',
		}));
}

/** One catalog row, as a workflow that looks the product up would give it. */
export const catalogRowFacts =
	'sku: BT-BIC-005; name: Bicicleta de montaña rígida Serra Calderona 29; price_eur_incl_vat: 899.00; stock_units: 5';

const typicalReplies: Record<string, string> = {
	email:
		'Hola:\n\nGracias por escribirnos. He pasado tu mensaje a un compañero del taller, que lo revisa y te contesta en cuanto tenga los datos que nos pides.',
	whatsapp: '¡Hola! Gracias por escribir. Un compañero lo revisa y te contesta por aquí.',
};

/** What a small model typically answers for a draft on that channel. */
export function typicalDraftAnswer(channel: Channel): string {
	return JSON.stringify({
		language: 'es',
		reply: typicalReplies[channel] ?? typicalReplies.whatsapp,
		asksForFacts: false,
		isComplaint: false,
	});
}
