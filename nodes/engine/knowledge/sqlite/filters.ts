import type { SQLInputValue } from 'node:sqlite';

import { KnowledgeError } from '../errors';
import type { Metadata } from '../types';

export interface FilterSql {
	sql: string;
	parameters: SQLInputValue[];
}

function jsonPath(key: string): string {
	if (!key || /["\\]/.test(key)) {
		throw new KnowledgeError(
			'invalidOption',
			`The metadata filter key "${key}" cannot be used.`,
			'Use a metadata key without quotes or backslashes.',
		);
	}
	return `$."${key}"`;
}

function comparable(value: Metadata[string]): SQLInputValue {
	if (typeof value === 'boolean') return value ? '1' : '0';
	return value === null ? null : String(value);
}

/**
 * Equality on a row field or, when the row has no such field, on the document's metadata.
 * Values compare as text, so the filter 449 matches the CSV cell "449".
 */
export function filterSql(filters: Metadata): FilterSql {
	const parameters: SQLInputValue[] = [];
	const conditions = Object.entries(filters).map(([key, value]) => {
		const path = jsonPath(key);
		const field = 'COALESCE(json_extract(p.fields, ?), json_extract(d.metadata, ?))';
		parameters.push(path, path);
		if (value === null) return `${field} IS NULL`;

		parameters.push(comparable(value));
		return `CAST(${field} AS TEXT) = ?`;
	});

	return { sql: conditions.map((condition) => ` AND ${condition}`).join(''), parameters };
}
