import type { Embedder } from '../../../../nodes/engine/knowledge';
import { embedText } from '../../../standIn';

export interface CountingEmbedder extends Embedder {
	/** The texts of each call, in order. */
	calls: string[][];
}

/** The stand-in's word-and-trigram vectors without HTTP, counting the calls it gets. */
export function countingEmbedder(
	model = 'bge-m3',
	dimensions = 64,
	delayMilliseconds = 0,
): CountingEmbedder {
	const calls: string[][] = [];
	return {
		model,
		calls,
		embed: async (texts) => {
			calls.push(texts);
			if (delayMilliseconds > 0)
				await new Promise((resolve) => setTimeout(resolve, delayMilliseconds));
			return texts.map((text) => embedText(text, dimensions, model));
		},
	};
}
