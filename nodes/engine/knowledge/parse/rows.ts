import { KnowledgeError } from '../errors';
import type { Block } from './block';

const likelyKeyNames = ['id', 'sku', 'key', 'code', 'codigo', 'código', 'ref', 'reference'];

function isUniqueKey(rows: Record<string, unknown>[], column: string): boolean {
	const values = rows.map((row) => String(row[column] ?? '').trim());
	return values.every(Boolean) && new Set(values).size === values.length;
}

/** A named id-like column first, then the first column, when their values are unique. */
export function findKeyColumn(rows: Record<string, unknown>[]): string | undefined {
	const columns = Object.keys(rows[0] ?? {});
	const named = columns.filter((column) => likelyKeyNames.includes(column.toLowerCase()));
	return [...named, ...columns.slice(0, 1)].find((column) => isUniqueKey(rows, column));
}

function shownValue(value: unknown): string {
	if (value === null || value === undefined) return '';
	return typeof value === 'object' ? JSON.stringify(value) : String(value).trim();
}

export function asRecords(rows: unknown[], source: string): Record<string, unknown>[] {
	const bad = rows.findIndex((row) => !row || typeof row !== 'object' || Array.isArray(row));
	if (bad === -1) return rows as Record<string, unknown>[];

	throw new KnowledgeError(
		'invalidDocument',
		`Row ${bad + 1} of "${source}" is not an object with named fields.`,
		'Give JSON rows as a list of objects, for example [{"sku": "A1", "name": "..."}].',
	);
}

/** Each row is its own passage: "name: value; ..." with the columns kept as fields. */
export function rowBlocks(
	rows: Record<string, unknown>[],
	source: string,
	keyColumn?: string,
): Block[] {
	if (keyColumn !== undefined && rows.length > 0 && !(keyColumn in rows[0])) {
		throw new KnowledgeError(
			'invalidDocument',
			`The key column "${keyColumn}" is not in "${source}".`,
			`Choose one of its columns: ${Object.keys(rows[0]).join(', ')}.`,
		);
	}
	const key = keyColumn ?? findKeyColumn(rows);

	return rows.map((row, index) => {
		const text = Object.entries(row)
			.map(([name, value]) => [name, shownValue(value)])
			.filter(([, value]) => value !== '')
			.map(([name, value]) => `${name}: ${value}`)
			.join('; ');
		const keyValue = key === undefined ? '' : shownValue(row[key]);
		const section = keyValue || `row=${index + 1}`;
		return { kind: 'row', section, heading: '', text, fields: { ...row } };
	});
}
