import type { DatabaseSync, SQLInputValue } from 'node:sqlite';

import type { PassageHit } from '../store';

export const passageColumns = `p.id, p.document_id, p.section, p.heading, p.text, p.fields,
	d.title, d.source`;

export const documentJoin = `JOIN documents d ON d.knowledge_base = p.knowledge_base
	AND d.id = p.document_id`;

export interface PassageRow {
	id: number;
	document_id: string;
	section: string;
	heading: string;
	text: string;
	fields: string | null;
	title: string;
	source: string;
	score: number;
}

export function hitOf(row: PassageRow, score = row.score): PassageHit {
	return {
		passageKey: String(row.id),
		documentId: row.document_id,
		title: row.title,
		source: row.source,
		section: row.section,
		heading: row.heading,
		text: row.text,
		fields: row.fields ? (JSON.parse(row.fields) as Record<string, unknown>) : undefined,
		score,
	};
}

/** The passages with these ids, keyed by id; a passage deleted meanwhile is simply absent. */
export function passagesById(database: DatabaseSync, ids: number[]): Map<number, PassageRow> {
	if (ids.length === 0) return new Map();

	const placeholders = ids.map(() => '?').join(', ');
	const rows = database
		.prepare(
			`SELECT ${passageColumns} FROM passages p ${documentJoin} WHERE p.id IN (${placeholders})`,
		)
		.all(...(ids as SQLInputValue[])) as unknown as PassageRow[];
	return new Map(rows.map((row) => [row.id, row]));
}
