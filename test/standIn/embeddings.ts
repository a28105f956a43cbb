const wordWeight = 1;
const wordPairWeight = 0.5;
const trigramShare = 0.8;

function hash(text: string, seed: number): number {
	let value = 0x811c9dc5 ^ seed;
	for (let index = 0; index < text.length; index++) {
		value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
	}
	return value;
}

/** Accents and case do not change meaning, so "Réglement" and "reglement" share features. */
export function foldText(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function trigrams(word: string): string[] {
	const padded = ` ${word} `;
	return Array.from({ length: padded.length - 2 }, (_, index) => padded.slice(index, index + 3));
}

/**
 * Signed feature hashing: each feature lands on one dimension with a sign of its own, so texts
 * that share words point the same way and unrelated texts end up nearly orthogonal.
 */
function addFeature(vector: number[], feature: string, weight: number, seed: number): void {
	const index = hash(feature, seed) % vector.length;
	const sign = hash(feature, seed ^ 0x5bd1e995) & 1 ? 1 : -1;
	vector[index] += sign * weight;
}

export function normalize(vector: number[]): number[] {
	const length = Math.sqrt(vector.reduce((total, value) => total + value * value, 0));
	return vector.map((value) => value / Math.max(length, 1e-12));
}

/** A deterministic embedding that is good enough to rank texts by the words they share. */
export function embedText(text: string, dimensions: number, modelName: string): number[] {
	const seed = hash(modelName, 0);
	const vector = new Array<number>(dimensions).fill(0);
	const words = foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];

	words.forEach((word, index) => {
		addFeature(vector, `word:${word}`, wordWeight, seed);
		if (index > 0) addFeature(vector, `pair:${words[index - 1]} ${word}`, wordPairWeight, seed);

		const wordTrigrams = trigrams(word);
		const trigramWeight = trigramShare / Math.sqrt(wordTrigrams.length);
		for (const trigram of wordTrigrams) addFeature(vector, `tri:${trigram}`, trigramWeight, seed);
	});

	return normalize(vector);
}
