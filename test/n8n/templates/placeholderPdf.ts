/**
 * A one-page PDF with a line of text, for the attachments the corpus names but does not ship
 * (CVs, letters, delivery notes): they travel through the workflows like any file.
 */
export function placeholderPdf(text: string): Buffer {
	const escaped = text.replace(/[\\()]/g, (character) => `\\${character}`);
	const stream = `BT /F1 12 Tf 72 720 Td (${escaped}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];

	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	for (const [index, object] of objects.entries()) {
		offsets.push(Buffer.byteLength(body, 'latin1'));
		body += `${index + 1} 0 obj\n${object}\nendobj\n`;
	}
	const xrefOffset = Buffer.byteLength(body, 'latin1');
	const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
	return Buffer.from(body, 'latin1');
}
