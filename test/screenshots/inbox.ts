import type { ChatRequestBody } from '../standIn';

interface InboxEmail {
	from: string;
	subject: string;
	textPlain: string;
	/** What the scripted model answers; 'none' sends the e-mail to Other / Unsure. */
	label: string;
}

const emails: InboxEmail[] = [
	{
		from: 'anna.berger@example.com',
		subject: 'Printer stopped after the firmware update',
		textPlain: 'Since yesterday our LX-200 shows error 41 and prints nothing. Can you help?',
		label: 'support',
	},
	{
		from: 'purchasing@example.org',
		subject: 'Quote for 20 office chairs',
		textPlain: 'Please send us a price for 20 ErgoSeat chairs, delivered before the end of May.',
		label: 'sales',
	},
	{
		from: 'j.morel@example.net',
		subject: 'Invoice 2024-118 charged twice',
		textPlain: 'Our card was charged twice for invoice 2024-118. Please refund one payment.',
		label: 'billing',
	},
	{
		from: 'winner@example.info',
		subject: 'You have won a free cruise!!!',
		textPlain: 'Click here within 24 hours to claim your prize.',
		label: 'spam',
	},
	{
		from: 'lars.nilsen@example.com',
		subject: 'Login no longer works',
		textPlain: 'The customer portal says my password is wrong although I just reset it.',
		label: 'support',
	},
	{
		from: 'maria@example.org',
		subject: 'Lunch on Friday?',
		textPlain: 'Are we still on for Friday? Same place as last time.',
		label: 'none',
	},
];

/** The e-mails as the Email Trigger (IMAP) node emits them, pinned so that no mailbox is read. */
export const pinnedEmails = emails.map(({ from, subject, textPlain }) => ({
	json: { from, to: 'info@example.com', subject, textPlain },
}));

/** Stands in for the model: answers each e-mail with its label, found by its subject. */
export function answerFor(request: ChatRequestBody): string {
	const content = request.messages?.at(-1)?.content ?? '';
	const email = emails.find((candidate) => content.includes(candidate.subject));

	return JSON.stringify({ category: email?.label ?? 'none', confidence: 0.9 });
}
