import { constants, inflateSync } from 'node:zlib';

import type { PdfDictionary, PdfValue } from './pdfValues';

export interface StreamRange {
	start: number;
	end: number;
}

const maximumInflated = 64 * 1024 * 1024;

export function endstreamAt(bytes: Buffer, position: number): boolean {
	return /^\s*endstream/.test(bytes.toString('latin1', position, position + 12));
}

/** Where a stream's data lies, given the position just after its "stream" keyword. */
export function streamRange(bytes: Buffer, dictionary: PdfDictionary, after: number): StreamRange {
	let start = after;
	if (bytes[start] === 0x0d) start++;
	if (bytes[start] === 0x0a) start++;

	const length = dictionary.get('Length');
	if (typeof length === 'number' && endstreamAt(bytes, start + length)) {
		return { start, end: start + length };
	}
	// The length is indirect or wrong: the data runs to the line end before "endstream".
	const keyword = bytes.indexOf('endstream', start, 'latin1');
	let end = keyword < 0 ? bytes.length : keyword;
	if (bytes[end - 1] === 0x0a) end--;
	if (bytes[end - 1] === 0x0d) end--;
	return { start, end: Math.max(start, end) };
}

function inflate(data: Buffer): Buffer | undefined {
	// A stream cut short still gives what was written before the cut.
	for (const finishFlush of [constants.Z_FINISH, constants.Z_SYNC_FLUSH]) {
		try {
			return inflateSync(data, { finishFlush, maxOutputLength: maximumInflated });
		} catch {
			continue;
		}
	}
	return undefined;
}

/**
 * Embedded files and object streams use FlateDecode or no filter. Anything else (predictors,
 * image or LZW filters) gives undefined rather than wrong bytes.
 */
export function decodeStream(
	raw: Buffer,
	filters: (string | undefined)[],
	predictor: PdfValue | undefined,
): Buffer | undefined {
	if (typeof predictor === 'number' && predictor > 1) return undefined;
	if (filters.length === 0) return raw;
	if (filters.length === 1 && (filters[0] === 'FlateDecode' || filters[0] === 'Fl')) {
		return inflate(raw);
	}
	return undefined;
}
