import type { OllamaConnection } from '../ollama/connection';
import { chooseContextSize, estimateMessagesTokens } from '../ollama/contextSize';
import type { ModelUsage } from '../ollama/usage';
import { requestStructured } from '../structured/requestStructured';
import { reviewReasons, type ReviewReason } from './guards';
import { buildDraftMessages, buildDraftSystemPrompt } from './prompt';
import { draftSchema, type DraftAnswer } from './schema';
import type { Channel, DraftSettings } from './voice';

export interface DraftSetup extends DraftSettings {
	model: string;
	alwaysReviewComplaints: boolean;
	temperature: number;
	keepAlive?: string;
}

export interface DraftInput {
	message: string;
	channel: Channel;
	facts: string;
	customerName: string;
	originalSubject: string;
}

export interface Draft {
	subject: string | null;
	body: string;
	language: string;
	channel: Channel;
	ready: boolean;
	reviewReasons: ReviewReason[];
	isComplaint: boolean;
	model: string;
	usage: ModelUsage;
}

const answerTokens = 700;

const fallbackSubjects: Record<string, string> = {
	es: 'Respuesta a su consulta',
	ca: 'Resposta a la seva consulta',
	pt: 'Resposta à sua mensagem',
	fr: 'Réponse à votre message',
	de: 'Antwort auf Ihre Nachricht',
	it: 'Risposta al suo messaggio',
};

function replySubject(original: string, language: string): string {
	const subject = original.trim();
	if (!subject) return fallbackSubjects[language] ?? 'Reply to your message';
	return /^(re|aw|r|sv|antw)\s*:/i.test(subject) ? subject : `Re: ${subject}`;
}

/** Phrases in double quotes inside "never say" are checked word for word in the draft. */
function forbiddenPhrases(neverSay: string): string[] {
	return [...neverSay.matchAll(/"([^"]{2,})"/g)].map((match) => match[1]);
}

export async function draftReply(
	connection: OllamaConnection,
	setup: DraftSetup,
	input: DraftInput,
): Promise<Draft> {
	const info = await connection.requireCapability(setup.model, 'completion');
	const systemPrompt = buildDraftSystemPrompt(setup, input.channel);
	const messages = buildDraftMessages(systemPrompt, input);
	// The ladder keeps num_ctx equal across ordinary items, so the model is not reloaded.
	const contextSize = chooseContextSize(
		estimateMessagesTokens(messages),
		answerTokens,
		info.contextLength,
	);

	const { value, usage } = await requestStructured<DraftAnswer>(
		connection,
		{
			model: setup.model,
			messages,
			options: {
				temperature: setup.temperature,
				seed: 42,
				num_ctx: contextSize,
				num_predict: answerTokens,
			},
			keepAlive: setup.keepAlive,
		},
		draftSchema,
	);

	const reply = value.reply.trim();
	const isEmail = input.channel === 'email';
	const signature = setup.voice.signature.trim();
	const body = isEmail && signature ? `${reply}\n\n${signature}` : reply;
	const reasons = reviewReasons({
		draft: reply,
		message: input.message,
		facts: input.facts,
		asksForFacts: value.asksForFacts,
		isComplaint: value.isComplaint,
		alwaysReviewComplaints: setup.alwaysReviewComplaints,
		neverSay: forbiddenPhrases(setup.voice.neverSay),
		maximumCharacters: input.channel === 'whatsapp' ? setup.whatsAppMaximumCharacters : undefined,
	});

	return {
		subject: isEmail ? replySubject(input.originalSubject, value.language) : null,
		body,
		language: value.language,
		channel: input.channel,
		ready: reasons.length === 0,
		reviewReasons: reasons,
		isComplaint: value.isComplaint,
		model: setup.model,
		usage,
	};
}
