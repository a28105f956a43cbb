import { KnowledgeError } from './errors';

/** Stored vectors are unit length, so cosine similarity is a plain dot product. */
export function toUnitVector(values: number[]): Float32Array {
	const vector = Float32Array.from(values);
	let sum = 0;
	for (const value of vector) sum += value * value;
	const length = Math.sqrt(sum);
	if (!Number.isFinite(length) || length === 0) {
		throw new KnowledgeError(
			'invalidEmbeddings',
			'The embedding model returned an empty or invalid vector.',
			'Check that the model is an embedding model (for example nomic-embed-text or bge-m3).',
		);
	}

	for (let index = 0; index < vector.length; index++) vector[index] /= length;
	return vector;
}

export function vectorToBytes(vector: Float32Array): Uint8Array {
	return new Uint8Array(vector.buffer, vector.byteOffset, vector.byteLength);
}

export function bytesToVector(bytes: Uint8Array): Float32Array {
	const copy = new Uint8Array(bytes.byteLength);
	copy.set(bytes);
	return new Float32Array(copy.buffer);
}

export function dot(first: Float32Array, second: Float32Array, secondOffset = 0): number {
	let sum = 0;
	for (let index = 0; index < first.length; index++) {
		sum += first[index] * second[secondOffset + index];
	}
	return sum;
}
