import { looksLikeSteering } from '../classify/injection';
import { checkGrounding, describeUnsupported } from '../grounding/grounding';
import {
	searchKnowledge,
	type Embedder,
	type KnowledgeStore,
	type SearchResult,
} from '../knowledge';
import type { OllamaConnection } from '../ollama/connection';
import { chooseContextSize, estimateMessagesTokens } from '../ollama/contextSize';
import { addUsage, type ModelUsage } from '../ollama/usage';
import { requestStructured } from '../structured/requestStructured';
import type { ConversationTurn } from './conversationMemory';
import {
	answerSchema,
	buildAnswerMessages,
	buildAnswerSystemPrompt,
	type AnswerPromptSettings,
	type ModelAnswer,
} from './prompt';

export interface AnswerSetup extends AnswerPromptSettings {
	chatModel: string;
	topK: number;
	minimumScore: number;
	temperature: number;
	keepAlive?: string;
}

export type NotFoundReason =
	| 'noRelevantPassages'
	| 'factsDoNotCover'
	| 'notGrounded'
	| 'instructionsInQuestion';

export interface Source {
	documentId: string;
	title: string;
	citation: string;
	passage: string;
	score: number;
}

export interface KnowledgeAnswer {
	found: boolean;
	answer: string;
	sources: Source[];
	notFoundReason?: NotFoundReason;
	/** Why the answer was not trusted, for a person to read. */
	reason?: string;
	usage: { embedding: ModelUsage; chat: ModelUsage | null };
}

const answerTokens = 400;

const toSource = (passage: SearchResult): Source => ({
	documentId: passage.documentId,
	title: passage.title,
	citation: passage.citation,
	passage: passage.text,
	score: Math.round(passage.score * 1000) / 1000,
});

/**
 * One embedding call for the question and one chat call; the answer is trusted only when
 * every number, price, date, time and code in it stands in the passages.
 */
export async function answerQuestion(
	connection: OllamaConnection,
	store: KnowledgeStore,
	embedder: Embedder & { usage: ModelUsage },
	knowledgeBase: string,
	setup: AnswerSetup,
	input: { question: string; earlier: ConversationTurn[] },
): Promise<KnowledgeAnswer> {
	// A follow-up such as "and in red?" is searched together with the question before it.
	const previous = input.earlier.at(-1)?.question;
	const query = previous ? `${previous}\n${input.question}` : input.question;
	const passages = await searchKnowledge(store, knowledgeBase, embedder, query, {
		topK: setup.topK,
		minimumScore: setup.minimumScore,
	});
	if (passages.length === 0) {
		return {
			found: false,
			answer: '',
			sources: [],
			notFoundReason: 'noRelevantPassages',
			reason: 'No passage of the knowledge base matches the question well enough.',
			usage: { embedding: embedder.usage, chat: null },
		};
	}

	const info = await connection.requireCapability(setup.chatModel, 'completion');
	const messages = buildAnswerMessages(
		buildAnswerSystemPrompt(setup),
		passages,
		input.question,
		input.earlier,
	);
	const { value, usage } = await requestStructured<ModelAnswer>(
		connection,
		{
			model: setup.chatModel,
			messages,
			keepAlive: setup.keepAlive,
			options: {
				temperature: setup.temperature,
				seed: 42,
				num_predict: answerTokens,
				num_ctx: chooseContextSize(
					estimateMessagesTokens(messages),
					answerTokens,
					info.contextLength,
				),
			},
		},
		answerSchema,
	);

	const cited = value.sources
		.filter((number) => number >= 1 && number <= passages.length)
		.map((number) => passages[number - 1]);
	const sources = (cited.length > 0 ? cited : passages).map(toSource);
	const result = {
		answer: value.answer.trim(),
		sources,
		usage: { embedding: embedder.usage, chat: usage },
	};
	if (!value.found) {
		return {
			...result,
			found: false,
			notFoundReason: 'factsDoNotCover',
			reason: 'The model says the passages do not answer the question.',
		};
	}

	// Only the passages count: a figure the customer wrote ("code FREE-2026") is no fact of ours.
	const grounding = checkGrounding(
		result.answer,
		passages.map((passage) => `${passage.heading}\n${passage.text}`),
	);
	if (!grounding.grounded) {
		return {
			...result,
			found: false,
			notFoundReason: 'notGrounded',
			reason: `The answer states ${describeUnsupported(grounding.unsupported)}, which the passages do not contain.`,
		};
	}
	if (looksLikeSteering(input.question)) {
		return {
			...result,
			found: false,
			notFoundReason: 'instructionsInQuestion',
			reason: 'The question seems to give the assistant instructions; a person should answer it.',
		};
	}
	return { ...result, found: true };
}

export function totalUsage(answer: KnowledgeAnswer): ModelUsage {
	return answer.usage.chat
		? addUsage(answer.usage.embedding, answer.usage.chat)
		: answer.usage.embedding;
}
