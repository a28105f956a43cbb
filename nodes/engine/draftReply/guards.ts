import { checkGrounding, describeUnsupported } from '../grounding/grounding';

export interface ReviewReason {
	code:
		| 'unsupportedFacts'
		| 'unsupportedPromise'
		| 'noFacts'
		| 'complaint'
		| 'tooLong'
		| 'neverSay';
	message: string;
}

const promisePatterns: Array<{ topic: string; pattern: RegExp }> = [
	{
		topic: 'a refund',
		pattern: /\b(reembols\w*|devolv\w*|devoluci[oó]n|refund\w*|reimburs\w*|abonar\w*|abono)\b/i,
	},
	{
		topic: 'a discount',
		pattern: /\b(descuento|rebaja|discount|gratis|free of charge|sin coste)\b/i,
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
	const sources = [input.facts, input.message];

	const grounding = checkGrounding(input.draft, sources);
	if (!grounding.grounded) {
		reasons.push({
			code: 'unsupportedFacts',
			message: `The draft states ${describeUnsupported(grounding.unsupported)}, which the facts and the message do not contain.`,
		});
	}
	for (const { topic, pattern } of promisePatterns) {
		if (pattern.test(input.draft) && !sources.some((source) => pattern.test(source))) {
			reasons.push({
				code: 'unsupportedPromise',
				message: `The draft promises ${topic}, which the facts do not mention.`,
			});
		}
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
