import { KnowledgeError } from './errors';
import type { Embedder } from './types';
import { toUnitVector } from './vectors';

/** One embedding call, checked: one finite vector per text, all of one length. */
export async function embedTexts(
	embedder: Embedder,
	texts: string[],
	purpose: 'passage' | 'query',
): Promise<Float32Array[]> {
	const vectors = await embedder.embed(texts, purpose);

	if (!Array.isArray(vectors) || vectors.length !== texts.length) {
		throw new KnowledgeError(
			'invalidEmbeddings',
			`The embedding model "${embedder.model}" returned ${Array.isArray(vectors) ? vectors.length : 'no'} vectors for ${texts.length} texts.`,
			'Check that the model is an embedding model and that the server is an Ollama version with /api/embed.',
		);
	}
	const units = vectors.map((vector) => toUnitVector(vector));
	if (units.some((vector) => vector.length !== units[0].length)) {
		throw new KnowledgeError(
			'invalidEmbeddings',
			`The embedding model "${embedder.model}" returned vectors of different lengths.`,
			'Use one embedding model for the whole knowledge base.',
		);
	}
	return units;
}
