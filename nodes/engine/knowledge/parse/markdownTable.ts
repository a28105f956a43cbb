import type { Block } from './block';
import { anchorIdIn, plainInline } from './markdownInline';

function cellsOf(line: string): string[] {
	const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
	return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

export function isTableLine(line: string): boolean {
	return /^\s*\|.*\|\s*$/.test(line);
}

function isSeparator(line: string): boolean {
	return /^\s*\|?(\s*:?-{2,}:?\s*\|)+\s*:?-*:?\s*\|?\s*$/.test(line);
}

function rowBlock(header: string[], cells: string[], section: string, heading: string): Block {
	const fields: Record<string, string> = {};
	header.forEach((name, index) => (fields[name || `column_${index + 1}`] = cells[index] ?? ''));
	const text = Object.entries(fields)
		.filter(([, value]) => value !== '')
		.map(([name, value]) => `${name}: ${value}`)
		.join('; ');
	return { kind: 'row', section, heading, text, fields };
}

/**
 * A table stays whole so its header gives every row meaning, unless its rows carry their own
 * anchors (`| <a id="R06"></a>R06 | ...`): then each row is cited on its own and becomes a row.
 */
export function tableBlocks(lines: string[], section: string, heading: string): Block[] {
	const hasHeader = lines.length > 1 && isSeparator(lines[1]);
	const header = hasHeader ? cellsOf(lines[0]).map(plainInline) : [];
	const bodyLines = hasHeader ? lines.slice(2) : lines;
	const rowsHaveAnchors = hasHeader && bodyLines.some((line) => anchorIdIn(line) !== undefined);

	if (!rowsHaveAnchors) {
		const text = lines.map((line) => plainInline(line)).join('\n');
		return [{ kind: 'table', section, heading, text }];
	}

	return bodyLines.map((line) => {
		const cells = cellsOf(line);
		const rowSection = anchorIdIn(line) ?? section;
		return rowBlock(header, cells.map(plainInline), rowSection, heading);
	});
}
