import { readHexString, readLiteralString } from './pdfStrings';
import {
	PdfName,
	PdfReference,
	PdfSyntaxError,
	type PdfDictionary,
	type PdfValue,
} from './pdfValues';

const whitespace = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const delimiters = new Set([...'()<>[]{}/%'].map((character) => character.charCodeAt(0)));
const maximumNesting = 64;

const isRegular = (byte: number) => !whitespace.has(byte) && !delimiters.has(byte);

/** Reads PDF objects (ISO 32000-1, 7.2 and 7.3): enough for catalogs and name trees. */
export class PdfLexer {
	constructor(
		readonly bytes: Buffer,
		public position = 0,
	) {}

	skipSpace(): void {
		while (this.position < this.bytes.length) {
			const byte = this.bytes[this.position];
			if (byte === 0x25) this.skipComment();
			else if (whitespace.has(byte)) this.position++;
			else return;
		}
	}

	/** The run of regular characters at the position: a keyword, or a number. */
	readWord(): string {
		this.skipSpace();
		const start = this.position;
		while (this.position < this.bytes.length && isRegular(this.bytes[this.position])) {
			this.position++;
		}
		return this.bytes.toString('latin1', start, this.position);
	}

	readValue(depth = 0): PdfValue {
		if (depth > maximumNesting) throw new PdfSyntaxError('Objects nest too deep.');
		this.skipSpace();
		const byte = this.bytes[this.position];
		const next = this.bytes[this.position + 1];
		if (byte === undefined) throw new PdfSyntaxError('The data ends inside an object.');

		if (byte === 0x3c && next === 0x3c) return this.readDictionary(depth);
		if (byte === 0x3c) return this.readString(readHexString);
		if (byte === 0x28) return this.readString(readLiteralString);
		if (byte === 0x5b) return this.readArray(depth);
		if (byte === 0x2f) return this.readName();
		return this.readWordValue();
	}

	private skipComment(): void {
		while (this.position < this.bytes.length) {
			const byte = this.bytes[this.position];
			if (byte === 0x0a || byte === 0x0d) return;
			this.position++;
		}
	}

	private readString(reader: typeof readLiteralString): Uint8Array {
		const { value, end } = reader(this.bytes, this.position);
		this.position = end;
		return value;
	}

	private readWordValue(): PdfValue {
		const word = this.readWord();
		if (word === 'true' || word === 'false') return word === 'true';
		if (word === 'null') return null;
		if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
			throw new PdfSyntaxError(`Unexpected "${word}" at byte ${this.position}.`);
		}
		return (/^\d+$/.test(word) && this.tryReference(Number(word))) || Number(word);
	}

	/** "12 0 R" is a reference; "12 0" alone is two numbers. */
	private tryReference(number: number): PdfReference | undefined {
		const start = this.position;
		const generation = this.readWord();
		if (/^\d+$/.test(generation) && this.readWord() === 'R') {
			return new PdfReference(number, Number(generation));
		}
		this.position = start;
		return undefined;
	}

	private readDictionary(depth: number): PdfDictionary {
		this.position += 2;
		const dictionary: PdfDictionary = new Map();
		for (;;) {
			this.skipSpace();
			if (this.bytes[this.position] === 0x3e && this.bytes[this.position + 1] === 0x3e) {
				this.position += 2;
				return dictionary;
			}
			const key = this.readValue(depth + 1);
			if (!(key instanceof PdfName)) throw new PdfSyntaxError('A dictionary key is not a name.');
			dictionary.set(key.value, this.readValue(depth + 1));
		}
	}

	private readArray(depth: number): PdfValue[] {
		this.position++;
		const items: PdfValue[] = [];
		for (;;) {
			this.skipSpace();
			if (this.bytes[this.position] === 0x5d) {
				this.position++;
				return items;
			}
			items.push(this.readValue(depth + 1));
		}
	}

	private readName(): PdfName {
		this.position++;
		const word = this.readWord();
		const decoded = word.replace(/#([0-9a-f]{2})/gi, (_match, hex: string) =>
			String.fromCharCode(parseInt(hex, 16)),
		);
		return new PdfName(decoded);
	}
}
