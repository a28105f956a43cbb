import { looksLikeSteering } from '../classify/injection';
import { checkGrounding, describeUnsupported } from '../grounding/grounding';

export interface ReviewReason {
	code:
		| 'unsupportedFacts'
		| 'unsupportedPromise'
		| 'noFacts'
		| 'complaint'
		| 'tooLong'
		| 'neverSay'
		| 'instructionsInMessage';
	message: string;
}

const promisePatterns: Array<{ topic: string; pattern: RegExp }> = [
	{
		topic: 'a refund',
		pattern:
			/\b(reembols\w*|devolv\w*|devuelv\w*|devoluci[oó]n|refund\w*|reimburs\w*|money back|abon\w*|importe (?:completo|íntegro))\b/i,
	},
	{
		topic: 'a discount or something free',
		pattern:
			/(\b(descuento|rebaja|discount|gratis|gratuit\w*|free|sin coste|sin cargo|no charge|de regalo)\b|%\s?off\b)/i,
	},
	{
		topic: 'a delivery date or time',
		pattern:
			/\b(mañana|hoy mismo|esta semana|tomorrow|today|this week|next week|la semana que viene|en \d+ (?:días|horas)|within \d+ (?:days|hours)|lo recibirás|you will receive)\b/i,
	},
];

export interface GuardInput {
	draft: string;
	message: string;
	facts: string;
	asksForFacts: boolean;
	isComplaint: boolean;
	alwaysReviewComplaints: boolean;
	neverSay: string[];
	maximumCharacters?: number;
}

/** Why a person must read the draft before it is sent; none means it is safe to send. */
export function reviewReasons(input: GuardInput): ReviewReason[] {
	const reasons: ReviewReason[] = [];

	// Codes, dates and plain numbers may come from the message (an order number the customer
	// gave); amounts, percentages and promises only from the facts: a customer who says "you
	// give 50 % off" has not made it true.
	const fromBoth = checkGrounding(input.draft, [input.facts, input.message]).unsupported;
	const moneyFromFactsOnly = checkGrounding(input.draft, [input.facts]).unsupported.filter(
		(claim) => claim.kind === 'amount' || claim.kind === 'percent',
	);
	const unsupported = [...fromBoth, ...moneyFromFactsOnly].filter(
		(claim, index, all) => all.findIndex((other) => other.key === claim.key) === index,
	);
	if (unsupported.length > 0) {
		reasons.push({
			code: 'unsupportedFacts',
			message: `The draft states ${describeUnsupported(unsupported)}, which the facts do not contain.`,
		});
	}
	for (const { topic, pattern } of promisePatterns) {
		if (pattern.test(input.draft) && !pattern.test(input.facts)) {
			reasons.push({
				code: 'unsupportedPromise',
				message: `The draft promises ${topic}, which the facts do not mention.`,
			});
		}
	}
	if (looksLikeSteering(input.message)) {
		reasons.push({
			code: 'instructionsInMessage',
			message:
				'The message seems to give the assistant instructions; a person should check the draft.',
		});
	}
	if (!input.facts.trim() && input.asksForFacts) {
		reasons.push({
			code: 'noFacts',
			message: 'The customer asks something factual, but no facts were given to answer it.',
		});
	}
	if (input.isComplaint && input.alwaysReviewComplaints) {
		reasons.push({
			code: 'complaint',
			message: 'The message is a complaint; complaints are always reviewed.',
		});
	}
	if (input.maximumCharacters && input.draft.length > input.maximumCharacters) {
		reasons.push({
			code: 'tooLong',
			message: `The draft has ${input.draft.length} characters, more than the ${input.maximumCharacters} allowed for this channel.`,
		});
	}
	const lowerDraft = input.draft.toLowerCase();
	for (const phrase of input.neverSay.filter((entry) => lowerDraft.includes(entry.toLowerCase()))) {
		reasons.push({
			code: 'neverSay',
			message: `The draft says "${phrase}", which the voice profile forbids.`,
		});
	}
	return reasons;
}
