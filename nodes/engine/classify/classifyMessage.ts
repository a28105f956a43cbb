import type { OllamaConnection } from '../ollama/connection';
import { chooseContextSize, estimateMessagesTokens, estimateTokens } from '../ollama/contextSize';
import type { ModelUsage } from '../ollama/usage';
import { requestStructured } from '../structured/requestStructured';
import { noMatchLabel, type Category } from './categories';
import { withoutQuotedReplies } from './cleanEmail';
import { clampConfidence, labelProbability, type ConfidenceSource } from './confidence';
import { looksLikeSteering } from './injection';
import { buildMessages, buildSystemPrompt, type PromptSettings } from './prompt';
import { classificationSchema } from './schema';

export interface ClassifierSetup {
	model: string;
	categories: Category[];
	prompt: PromptSettings;
	temperature: number;
	seed: number;
	keepAlive?: string;
}

export interface Classifier {
	setup: ClassifierSetup;
	systemPrompt: string;
	options: Record<string, unknown>;
	messageTokenBudget: number;
}

export interface Classification {
	category: string;
	categories?: string[];
	confidence: number;
	confidenceSource: ConfidenceSource;
	reason?: string;
	language?: string;
	priority?: string;
	instructionsInMessage: boolean;
	inputShortened?: 'quotedRepliesRemoved' | 'endCut';
	model: string;
	usage: ModelUsage;
}

interface ModelAnswer {
	category?: string;
	categories?: string[];
	confidence: number;
	reason?: string | null;
	language?: string | null;
	priority?: string | null;
}

const answerTokens = 160;

function fitToBudget(text: string, budget: number) {
	if (estimateTokens(text) <= budget) return { text };
	const shorter = withoutQuotedReplies(text);
	if (estimateTokens(shorter) <= budget) {
		return { text: shorter, shortened: 'quotedRepliesRemoved' as const };
	}
	return { text: shorter.slice(0, budget * 3), shortened: 'endCut' as const };
}

/**
 * Everything that is the same for all items is decided once: the system prompt, and one
 * context size for the longest message, so the model is not reloaded between items.
 */
export async function prepareClassifier(
	connection: OllamaConnection,
	setup: ClassifierSetup,
	texts: string[],
): Promise<Classifier> {
	const info = await connection.requireCapability(setup.model, 'completion');
	const systemPrompt = buildSystemPrompt(setup.categories, setup.prompt);
	const fixedTokens = estimateMessagesTokens(buildMessages(systemPrompt, ''));
	const messageTokenBudget = Math.max(256, info.contextLength - fixedTokens - answerTokens);
	const longest = Math.max(
		0,
		...texts.map((text) => estimateTokens(fitToBudget(text, messageTokenBudget).text)),
	);

	return {
		setup,
		systemPrompt,
		messageTokenBudget,
		options: {
			temperature: setup.temperature,
			seed: setup.seed,
			num_predict: answerTokens,
			num_ctx: chooseContextSize(fixedTokens + longest, answerTokens, info.contextLength),
		},
	};
}

export async function classifyMessage(
	connection: OllamaConnection,
	classifier: Classifier,
	text: string,
	originalText = text,
): Promise<Classification> {
	const { setup } = classifier;
	const fitted = fitToBudget(text, classifier.messageTokenBudget);
	const schema = classificationSchema(setup.categories, setup.prompt);

	const { value, answer, usage } = await requestStructured<ModelAnswer>(
		connection,
		{
			model: setup.model,
			messages: buildMessages(classifier.systemPrompt, fitted.text),
			options: classifier.options,
			keepAlive: setup.keepAlive,
			logprobs: true,
		},
		schema,
	);

	const labels = setup.prompt.multiLabel
		? (value.categories ?? [])
		: [value.category ?? noMatchLabel];
	const primary = labels.find((label) => label !== noMatchLabel) ?? noMatchLabel;
	const fromTokens = labelProbability(
		answer.logprobs,
		setup.prompt.multiLabel ? 'categories' : 'category',
		primary,
	);

	return {
		category: primary,
		...(setup.prompt.multiLabel
			? { categories: labels.filter((label) => label !== noMatchLabel) }
			: {}),
		confidence: fromTokens ?? clampConfidence(value.confidence),
		confidenceSource: fromTokens === undefined ? 'modelEstimate' : 'tokenProbabilities',
		...(value.reason ? { reason: value.reason } : {}),
		...(value.language ? { language: value.language } : {}),
		...(value.priority ? { priority: value.priority } : {}),
		instructionsInMessage: looksLikeSteering(originalText),
		...(fitted.shortened ? { inputShortened: fitted.shortened } : {}),
		model: setup.model,
		usage,
	};
}
