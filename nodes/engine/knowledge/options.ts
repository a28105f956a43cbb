import { KnowledgeError } from './errors';
import type { ChunkOptions } from './types';

function invalid(message: string, description: string): never {
	throw new KnowledgeError('invalidOption', message, description);
}

export function requireKnowledgeBaseName(name: string): string {
	if (typeof name === 'string' && name.trim()) return name.trim();
	return invalid(
		'The knowledge base name is empty.',
		'Give the knowledge base a name, for example "shop".',
	);
}

export function validateIngestOptions(
	chunking: Partial<ChunkOptions> = {},
	batchSize: number,
): void {
	const { unit, maximumSize, overlap } = chunking;
	if (unit !== undefined && unit !== 'characters' && unit !== 'tokens') {
		invalid(`The chunk size unit "${String(unit)}" is not known.`, 'Use "characters" or "tokens".');
	}
	if (maximumSize !== undefined && !(Number.isInteger(maximumSize) && maximumSize >= 50)) {
		invalid(`The chunk size ${maximumSize} is too small.`, 'Use a whole number of at least 50.');
	}
	if (
		overlap !== undefined &&
		!(Number.isInteger(overlap) && overlap >= 0 && overlap < (maximumSize ?? 1000) / 2)
	) {
		invalid(
			`The chunk overlap ${overlap} does not fit.`,
			'Use a whole number from 0 to less than half the chunk size.',
		);
	}
	if (!(Number.isInteger(batchSize) && batchSize >= 1)) {
		invalid(
			`The batch size ${batchSize} is not valid.`,
			'Use a whole number of at least 1, for example 32.',
		);
	}
}

export function validateTopK(topK: number): void {
	if (!(Number.isInteger(topK) && topK >= 1 && topK <= 100)) {
		invalid(`The number of results ${topK} is not valid.`, 'Use a whole number from 1 to 100.');
	}
}
