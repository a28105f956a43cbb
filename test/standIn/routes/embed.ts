import { embedText, normalize } from '../embeddings';
import { type Exchange, sendError, sendJson } from '../http';
import { effectiveContextLength, useModel } from '../loadedModels';
import type { InstalledModel } from '../models';
import { estimateTokens } from '../tokens';

interface EmbedRequestBody {
	model?: string;
	input?: unknown;
	prompt?: string;
	truncate?: boolean;
	dimensions?: number;
	options?: Record<string, unknown>;
	keep_alive?: string | number;
}

const noEmbeddingsMessage = 'this model does not support embeddings';
const charactersPerToken = 4;

function readInputs(input: unknown): string[] | undefined {
	if (input === undefined || input === null) return [];
	if (typeof input === 'string') return input === '' ? [] : [input];
	if (Array.isArray(input) && input.every((item) => typeof item === 'string')) return input;
	return undefined;
}

function findModel(exchange: Exchange, name: string | undefined): InstalledModel | undefined {
	if (!name?.trim()) {
		sendError(exchange, 400, 'model is required');
		return undefined;
	}

	const model = exchange.state.findModel(name);
	if (!model) sendError(exchange, 404, `model "${name}" not found, try pulling it first`);
	return model;
}

function embed(model: InstalledModel, text: string, dimensions: number | undefined): number[] {
	const embedding = embedText(text, model.embeddingDimensions, model.name);
	const isShorter = dimensions !== undefined && dimensions > 0 && dimensions < embedding.length;
	return isShorter ? normalize(embedding.slice(0, dimensions)) : embedding;
}

export async function handleEmbed(exchange: Exchange): Promise<void> {
	const body = (exchange.body ?? {}) as EmbedRequestBody;

	const inputs = readInputs(body.input);
	if (!inputs) return sendError(exchange, 400, 'invalid input type');

	const model = findModel(exchange, body.model);
	if (!model) return;

	const loadNanoseconds = useModel(exchange.state, model, body.options, body.keep_alive);
	if (inputs.length === 0) return sendJson(exchange, 200, { model: body.model, embeddings: [] });
	if (!model.capabilities.includes('embedding')) {
		return sendError(exchange, 500, noEmbeddingsMessage);
	}

	const contextLength = effectiveContextLength(exchange.state, model, body.options);
	const tokenCounts = inputs.map(estimateTokens);
	exchange.record.promptTokens = tokenCounts.reduce((total, count) => total + count, 0);
	exchange.record.truncated = tokenCounts.some((count) => count > contextLength);
	if (exchange.record.truncated && body.truncate === false) {
		return sendError(exchange, 400, 'input exceeds maximum context length');
	}

	const kept = inputs.map((text) => text.slice(0, contextLength * charactersPerToken));
	sendJson(exchange, 200, {
		model: body.model,
		embeddings: kept.map((text) => embed(model, text, body.dimensions)),
		total_duration: loadNanoseconds + kept.length * 5_000_000,
		load_duration: loadNanoseconds,
		prompt_eval_count: tokenCounts.reduce(
			(total, count) => total + Math.min(count, contextLength),
			0,
		),
	});
}

/** The older single-text endpoint, which some clients still call. */
export async function handleLegacyEmbeddings(exchange: Exchange): Promise<void> {
	const body = (exchange.body ?? {}) as EmbedRequestBody;

	const model = findModel(exchange, body.model);
	if (!model) return;

	useModel(exchange.state, model, body.options, body.keep_alive);
	if (!body.prompt) return sendJson(exchange, 200, { embedding: [] });
	if (!model.capabilities.includes('embedding')) {
		return sendError(exchange, 500, noEmbeddingsMessage);
	}

	sendJson(exchange, 200, { embedding: embed(model, body.prompt, undefined) });
}
