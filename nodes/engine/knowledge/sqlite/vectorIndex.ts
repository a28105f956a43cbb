import type { DatabaseSync } from 'node:sqlite';

import { TopScores, type Scored } from '../topScores';
import { dot } from '../vectors';
import { inReadTransaction } from './transaction';

interface LoadedVectors {
	changeId: string;
	ids: number[];
	matrix: Float32Array;
	dimensions: number;
}

/**
 * Brute-force cosine search over vectors kept in memory. They are read again only when the
 * knowledge base's change id moves, which every write does, whichever process made it.
 */
export class VectorIndex {
	private readonly loaded = new Map<string, LoadedVectors>();

	constructor(private readonly database: DatabaseSync) {}

	search(
		knowledgeBase: string,
		vector: Float32Array,
		limit: number,
		allowedIds?: Set<number>,
	): Scored[] {
		const vectors = this.vectorsOf(knowledgeBase);
		if (!vectors || vectors.dimensions !== vector.length) return [];

		const top = new TopScores(limit);
		vectors.ids.forEach((id, row) => {
			if (allowedIds && !allowedIds.has(id)) return;
			top.offer(id, dot(vector, vectors.matrix, row * vectors.dimensions));
		});
		return top.best();
	}

	private vectorsOf(knowledgeBase: string): LoadedVectors | undefined {
		return inReadTransaction(this.database, () => {
			const state = this.database
				.prepare('SELECT change_id, dimensions FROM knowledge_bases WHERE name = ?')
				.get(knowledgeBase) as { change_id: string; dimensions: number } | undefined;
			if (!state) return undefined;

			const cached = this.loaded.get(knowledgeBase);
			if (cached?.changeId === state.change_id) return cached;

			const rows = this.database
				.prepare('SELECT id, embedding FROM passages WHERE knowledge_base = ? ORDER BY id')
				.all(knowledgeBase) as Array<{ id: number; embedding: Uint8Array }>;
			const matrix = new Float32Array(rows.length * state.dimensions);
			const bytes = new Uint8Array(matrix.buffer);
			rows.forEach((row, index) => bytes.set(row.embedding, index * state.dimensions * 4));

			const vectors = {
				changeId: state.change_id,
				ids: rows.map((row) => row.id),
				matrix,
				dimensions: state.dimensions,
			};
			this.loaded.set(knowledgeBase, vectors);
			return vectors;
		});
	}

	forget(knowledgeBase: string): void {
		this.loaded.delete(knowledgeBase);
	}
}
