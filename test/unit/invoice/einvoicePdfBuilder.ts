import { deflateSync } from 'node:zlib';

export interface PdfFile {
	name: string;
	content: Buffer;
}

/**
 * A one-page PDF whose EmbeddedFiles name tree holds the given files, as PDF/A-3 writers make
 * them. With `objectStreams`, the dictionaries sit in a compressed object stream and a
 * cross-reference stream replaces the trailer, as PDF 1.5 writers (LibreOffice, iText) do.
 */
export function pdfWithAttachments(files: PdfFile[], { objectStreams = false } = {}): Buffer {
	const sorted = [...files].sort((first, second) => first.name.localeCompare(second.name));
	const fileSpecNumber = (index: number) => 4 + index;
	const streamNumber = (index: number) => 4 + sorted.length + index;

	const names = sorted.map((file, index) => `(${file.name}) ${fileSpecNumber(index)} 0 R`);
	const dictionaries = [
		`<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [${names.join(' ')}] >> >> >>`,
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
		...sorted.map(
			(file, index) =>
				`<< /Type /Filespec /F (${file.name}) /UF (${file.name}) /EF << /F ${streamNumber(index)} 0 R >> >>`,
		),
	];
	const streams = sorted.map((file) => {
		const data = deflateSync(file.content);
		return Buffer.concat([
			Buffer.from(
				`<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
			),
			data,
			Buffer.from('\nendstream'),
		]);
	});

	const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
	const offsets = new Map<number, number>();
	let length = parts[0].length;
	const write = (number: number, body: Buffer) => {
		const object = Buffer.concat([
			Buffer.from(`${number} 0 obj\n`),
			body,
			Buffer.from('\nendobj\n'),
		]);
		offsets.set(number, length);
		parts.push(object);
		length += object.length;
	};

	streams.forEach((stream, index) => write(streamNumber(index), stream));
	const size = 4 + 2 * sorted.length;
	if (!objectStreams) {
		dictionaries.forEach((dictionary, index) => write(index + 1, Buffer.from(dictionary)));
		const entries = Array.from(
			{ length: size - 1 },
			(_unused, index) => `${String(offsets.get(index + 1)).padStart(10, '0')} 00000 n \n`,
		);
		const trailer = `xref\n0 ${size}\n0000000000 65535 f \n${entries.join('')}trailer\n<< /Size ${size} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
		return Buffer.concat([...parts, Buffer.from(trailer)]);
	}

	let header = '';
	let body = '';
	dictionaries.forEach((dictionary, index) => {
		header += `${index + 1} ${body.length} `;
		body += `${dictionary}\n`;
	});
	const packed = deflateSync(Buffer.from(header + body));
	const objectStream = size;
	write(
		objectStream,
		Buffer.concat([
			Buffer.from(
				`<< /Type /ObjStm /N ${dictionaries.length} /First ${header.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
			),
			packed,
			Buffer.from('\nendstream'),
		]),
	);

	const xrefNumber = size + 1;
	const row = (type: number, field: number, index: number) => {
		const entry = Buffer.alloc(7);
		entry.writeUInt8(type, 0);
		entry.writeUInt32BE(field, 1);
		entry.writeUInt16BE(index, 5);
		return entry;
	};
	const rows = [row(0, 0, 65535)];
	for (let number = 1; number <= xrefNumber; number++) {
		const compressed = number <= dictionaries.length;
		rows.push(
			compressed ? row(2, objectStream, number - 1) : row(1, offsets.get(number) ?? length, 0),
		);
	}
	const table = deflateSync(Buffer.concat(rows));
	const xrefOffset = length;
	write(
		xrefNumber,
		Buffer.concat([
			Buffer.from(
				`<< /Type /XRef /Size ${xrefNumber + 1} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${table.length} >>\nstream\n`,
			),
			table,
			Buffer.from('\nendstream'),
		]),
	);
	return Buffer.concat([...parts, Buffer.from(`startxref\n${xrefOffset}\n%%EOF\n`)]);
}
