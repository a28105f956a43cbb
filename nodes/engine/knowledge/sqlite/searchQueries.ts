import type { DatabaseSync, SQLInputValue } from 'node:sqlite';

import type { HitQuery, PassageHit } from '../store';
import type { Metadata } from '../types';
import { filterSql } from './filters';
import { documentJoin, hitOf, passageColumns, type PassageRow } from './passageRows';

// Weights of the keyword columns title, heading and body: a word in a heading says more.
// Measured on the shop questions: heading 2 beat equal weights (reciprocal rank 0.76 vs 0.73).
const keywordWeights = '0.5, 2.0, 1.0';

/** BM25 over the folded, stemmed words; any term may match, more and rarer ones rank higher. */
export function keywordHits(
	database: DatabaseSync,
	knowledgeBase: string,
	terms: string[],
	query: HitQuery,
): PassageHit[] {
	if (terms.length === 0) return [];

	const match = terms.map((term) => `"${term.replace(/"/g, '""')}"`).join(' OR ');
	const filters = filterSql(query.filters);
	const rows = database
		.prepare(
			`SELECT ${passageColumns}, -bm25(passages_keywords, ${keywordWeights}) AS score
			FROM passages_keywords JOIN passages p ON p.id = passages_keywords.rowid ${documentJoin}
			WHERE passages_keywords MATCH ? AND p.knowledge_base = ?${filters.sql}
			ORDER BY score DESC LIMIT ?`,
		)
		.all(match, knowledgeBase, ...filters.parameters, query.limit) as unknown as PassageRow[];
	return rows.map((row) => hitOf(row));
}

export function filteredPassageIds(
	database: DatabaseSync,
	knowledgeBase: string,
	filters: Metadata,
): Set<number> {
	const { sql, parameters } = filterSql(filters);
	const rows = database
		.prepare(`SELECT p.id FROM passages p ${documentJoin} WHERE p.knowledge_base = ?${sql}`)
		.all(knowledgeBase, ...(parameters as SQLInputValue[]));
	return new Set(rows.map((row) => Number(row.id)));
}
