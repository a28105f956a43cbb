type Row = Record<string, string | number>;

const nameWidth = 28;

/** A file name that fits run.ts's name column. */
export function shortName(name: string): string {
	return name.length <= nameWidth ? name : `${name.slice(0, nameWidth - 1)}…`;
}

/**
 * A table inside one printed row: the heading under `file`, then one entry per file whose
 * value is its cells, each right-aligned under its heading (the last one left-aligned).
 */
export function table(node: string, headings: string[], lines: Array<[string, unknown[]]>): Row {
	const widths = headings.map((heading, index) =>
		Math.max(heading.length, ...lines.map(([, cells]) => String(cells[index]).length)),
	);
	const format = (cells: unknown[]) =>
		cells
			.map((cell, index) =>
				index === cells.length - 1 ? String(cell) : String(cell).padStart(widths[index]),
			)
			.join('  ');

	const row: Row = { node, file: format(headings) };
	for (const [name, cells] of lines) row[shortName(name)] = format(cells);
	return row;
}
