import { decodeStream, endstreamAt, streamRange, type StreamRange } from './pdfStreams';
import { PdfLexer } from './pdfSyntax';
import {
	PdfReference,
	PdfSyntaxError,
	isDictionary,
	nameOf,
	type PdfDictionary,
	type PdfValue,
} from './pdfValues';

interface PdfObject {
	value: PdfValue;
	/** Where the definition starts: a later definition replaces an earlier one. */
	position: number;
	stream?: StreamRange;
}

const objectHeader = /(?<![0-9])(\d+)\s+(\d+)\s+obj\b/g;

function parseQuietly<T>(read: () => T): T | undefined {
	try {
		return read();
	} catch (error) {
		if (error instanceof PdfSyntaxError) return undefined;
		throw error;
	}
}

/**
 * The objects of a PDF, found by scanning for "n g obj" as readers do to repair a file, so a
 * damaged or missing cross-reference table does not matter. Object streams are unpacked.
 */
export class PdfObjects {
	private readonly objects = new Map<number, PdfObject>();

	private readonly text: string;

	constructor(readonly bytes: Buffer) {
		this.text = bytes.toString('latin1');
		this.scanObjects();
		this.unpackObjectStreams();
	}

	resolve(value: PdfValue | undefined, depth = 0): PdfValue | undefined {
		if (!(value instanceof PdfReference)) return value;
		if (depth > 16) return undefined;
		return this.resolve(this.objects.get(value.number)?.value, depth + 1);
	}

	dictionary(value: PdfValue | undefined): PdfDictionary | undefined {
		const resolved = this.resolve(value);
		return isDictionary(resolved) ? resolved : undefined;
	}

	streamData(reference: PdfReference): Buffer | undefined {
		const object = this.objects.get(reference.number);
		if (!object?.stream || !isDictionary(object.value)) return undefined;

		// An indirect length can only be read once every object is known.
		const { start } = object.stream;
		const length = this.resolve(object.value.get('Length'));
		const fits = typeof length === 'number' && endstreamAt(this.bytes, start + length);
		return this.decode(object.value, { start, end: fits ? start + length : object.stream.end });
	}

	/** Trailer dictionaries and cross-reference streams, the last in the file first. */
	trailers(): PdfDictionary[] {
		const found: { dictionary: PdfDictionary; position: number }[] = [];
		for (const match of this.text.matchAll(/trailer/g)) {
			const lexer = new PdfLexer(this.bytes, match.index + 'trailer'.length);
			const value = parseQuietly(() => lexer.readValue());
			if (isDictionary(value)) found.push({ dictionary: value, position: match.index });
		}
		for (const object of this.objects.values()) {
			if (isDictionary(object.value) && nameOf(object.value.get('Type')) === 'XRef') {
				found.push({ dictionary: object.value, position: object.position });
			}
		}
		found.sort((first, second) => second.position - first.position);
		return found.map((entry) => entry.dictionary);
	}

	/** The last catalog in the file, for when no trailer names one. */
	lastCatalog(): PdfDictionary | undefined {
		let latest: PdfObject | undefined;
		for (const object of this.objects.values()) {
			const isCatalog =
				isDictionary(object.value) && nameOf(object.value.get('Type')) === 'Catalog';
			if (isCatalog && (!latest || object.position > latest.position)) latest = object;
		}
		return latest?.value as PdfDictionary | undefined;
	}

	private decode(dictionary: PdfDictionary, range: StreamRange): Buffer | undefined {
		const filter = this.resolve(dictionary.get('Filter'));
		const filters = (Array.isArray(filter) ? filter : filter ? [filter] : []).map((entry) =>
			nameOf(this.resolve(entry)),
		);
		const predictor = this.dictionary(dictionary.get('DecodeParms'))?.get('Predictor');
		const raw = this.bytes.subarray(range.start, range.end);
		return decodeStream(raw, filters, this.resolve(predictor));
	}

	private scanObjects(): void {
		let skipUntil = 0;
		for (const match of this.text.matchAll(objectHeader)) {
			if (match.index < skipUntil) continue;
			const lexer = new PdfLexer(this.bytes, match.index + match[0].length);
			const value = parseQuietly(() => lexer.readValue());
			if (value === undefined) continue;

			const object: PdfObject = { value, position: match.index };
			if (isDictionary(value) && lexer.readWord() === 'stream') {
				object.stream = streamRange(this.bytes, value, lexer.position);
				skipUntil = object.stream.end;
			}
			this.objects.set(Number(match[1]), object);
		}
	}

	private unpackObjectStreams(): void {
		for (const container of [...this.objects.values()]) {
			const { value, stream, position } = container;
			if (!isDictionary(value) || nameOf(value.get('Type')) !== 'ObjStm' || !stream) continue;

			const data = this.decode(value, stream);
			const count = value.get('N');
			const first = value.get('First');
			if (!data || typeof count !== 'number' || typeof first !== 'number') continue;

			const header = data.toString('latin1', 0, first).trim().split(/\s+/).map(Number);
			for (let index = 0; index < count && 2 * index + 1 < header.length; index++) {
				const [number, offset] = [header[2 * index], header[2 * index + 1]];
				if ((this.objects.get(number)?.position ?? -1) > position) continue;
				const packed = parseQuietly(() => new PdfLexer(data, first + offset).readValue());
				if (packed !== undefined) this.objects.set(number, { value: packed, position });
			}
		}
	}
}
