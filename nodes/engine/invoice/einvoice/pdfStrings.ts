import { PdfSyntaxError } from './pdfValues';

export interface StringRead {
	value: Uint8Array;
	end: number;
}

const escapes: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };

const isOctal = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x37;

/** A literal string: balanced parentheses, backslash escapes and octal codes. */
export function readLiteralString(bytes: Buffer, start: number): StringRead {
	const output: number[] = [];
	let depth = 0;
	let position = start;
	while (position < bytes.length) {
		const byte = bytes[position++];
		if (byte === 0x28 && depth++ === 0) continue;
		if (byte === 0x29 && --depth === 0) return { value: Uint8Array.from(output), end: position };
		if (byte !== 0x5c) {
			output.push(byte);
			continue;
		}

		const next = bytes[position++];
		if (next in escapes) output.push(escapes[next]);
		else if (isOctal(next)) {
			let code = next - 0x30;
			for (let digits = 1; digits < 3 && isOctal(bytes[position]); digits++) {
				code = code * 8 + bytes[position++] - 0x30;
			}
			output.push(code & 0xff);
		} else if (next === 0x0d) {
			// A backslash before a line end continues the string on the next line.
			if (bytes[position] === 0x0a) position++;
		} else if (next !== 0x0a && next !== undefined) output.push(next);
	}
	throw new PdfSyntaxError('A string is not closed.');
}

export function readHexString(bytes: Buffer, start: number): StringRead {
	const end = bytes.indexOf(0x3e, start);
	if (end < 0) throw new PdfSyntaxError('A hex string is not closed.');

	const digits = bytes.toString('latin1', start + 1, end).replace(/[^0-9a-f]/gi, '');
	return { value: Buffer.from(digits.length % 2 ? `${digits}0` : digits, 'hex'), end: end + 1 };
}
