const candidateDelimiters = [',', ';', '\t', '|'];

/** The delimiter found most often outside quotes on the header line; Spanish Excel uses ";". */
export function detectDelimiter(text: string): string {
	const firstLine = text.split('\n', 1)[0].replace(/"[^"]*"/g, '');
	const counts = candidateDelimiters.map((delimiter) => firstLine.split(delimiter).length - 1);
	const best = counts.indexOf(Math.max(...counts));
	return counts[best] > 0 ? candidateDelimiters[best] : ',';
}

/** RFC 4180: quoted fields may hold delimiters, line breaks and doubled quotes. */
export function parseCsvLines(text: string, delimiter: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;

	for (let index = 0; index < text.length; index++) {
		const character = text[index];
		if (quoted) {
			if (character === '"' && text[index + 1] === '"') {
				field += '"';
				index++;
			} else if (character === '"') {
				quoted = false;
			} else {
				field += character;
			}
		} else if (character === '"' && field === '') {
			quoted = true;
		} else if (character === delimiter) {
			row.push(field);
			field = '';
		} else if (character === '\n' || character === '\r') {
			if (character === '\r' && text[index + 1] === '\n') index++;
			rows.push([...row, field]);
			row = [];
			field = '';
		} else {
			field += character;
		}
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);

	return rows.filter((cells) => cells.some((cell) => cell.trim() !== ''));
}

export function parseCsv(text: string, delimiter?: string): Record<string, string>[] {
	const clean = text.replace(/^\uFEFF/, '');
	const [header = [], ...lines] = parseCsvLines(clean, delimiter ?? detectDelimiter(clean));
	const names = header.map((name, index) => name.trim() || `column_${index + 1}`);

	return lines.map((cells) =>
		Object.fromEntries(names.map((name, index) => [name, (cells[index] ?? '').trim()])),
	);
}
