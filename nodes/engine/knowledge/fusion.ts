import type { PassageHit } from './store';
import type { SearchOptions } from './types';

export type Fusion = NonNullable<SearchOptions['fusion']>;

export interface FusedHit {
	hit: PassageHit;
	score: number;
	keywordScore: number;
	vectorScore: number;
}

// The usual constant of reciprocal rank fusion: it keeps the first places from dominating.
const rankConstant = 60;

const keywordShare = 0.5;

function byKey(hits: PassageHit[]): Map<string, { hit: PassageHit; rank: number }> {
	return new Map(hits.map((hit, rank) => [hit.passageKey, { hit, rank }]));
}

/**
 * Merges the keyword and vector lists into one, scored from 0 to 1. Rank fusion looks only at
 * places in each list; score fusion adds the scores, keyword scores scaled by the best one.
 */
export function fuseHits(
	keywordHits: PassageHit[],
	vectorHits: PassageHit[],
	fusion: Fusion,
): FusedHit[] {
	const keyword = byKey(keywordHits);
	const vector = byKey(vectorHits);
	const bestKeyword = keywordHits[0]?.score ?? 1;
	const keys = new Set([...keyword.keys(), ...vector.keys()]);

	const fused = [...keys].map((key) => {
		const fromKeyword = keyword.get(key);
		const fromVector = vector.get(key);
		const keywordScore = fromKeyword?.hit.score ?? 0;
		const vectorScore = fromVector?.hit.score ?? 0;
		const reciprocal = (entry?: { rank: number }) =>
			entry ? 1 / (rankConstant + entry.rank + 1) : 0;
		const score =
			fusion === 'rank'
				? (reciprocal(fromKeyword) + reciprocal(fromVector)) * ((rankConstant + 1) / 2)
				: keywordShare * (keywordScore / bestKeyword) +
					(1 - keywordShare) * Math.max(vectorScore, 0);
		return { hit: (fromKeyword ?? fromVector)!.hit, score, keywordScore, vectorScore };
	});

	return fused.sort((first, second) => second.score - first.score);
}

/** One list alone: keyword scores scaled by the best one, vector scores as they are. */
export function scoreSingleList(hits: PassageHit[], kind: 'keyword' | 'vector'): FusedHit[] {
	if (kind === 'vector') {
		return hits.map((hit) => ({
			hit,
			score: Math.max(hit.score, 0),
			keywordScore: 0,
			vectorScore: hit.score,
		}));
	}

	const best = hits[0]?.score ?? 1;
	return hits.map((hit) => ({
		hit,
		score: hit.score / best,
		keywordScore: hit.score,
		vectorScore: 0,
	}));
}
