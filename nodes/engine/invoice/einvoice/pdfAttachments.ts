import { PdfObjects } from './pdfObjects';
import { PdfReference, isDictionary, type PdfDictionary, type PdfValue } from './pdfValues';

export interface PdfAttachment {
	fileName: string;
	content: Buffer;
}

const maximumTreeDepth = 32;

/** PDF text strings are UTF-16BE with a byte order mark, UTF-8 with one, or PDFDocEncoding. */
function textString(value: PdfValue | undefined): string | undefined {
	if (!(value instanceof Uint8Array)) return undefined;
	const bytes = Buffer.from(value);
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		const pairs = bytes.subarray(2, 2 + ((bytes.length - 2) & ~1));
		return pairs.swap16().toString('utf16le');
	}
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return bytes.subarray(3).toString('utf8');
	}
	return bytes.toString('latin1');
}

function nameTreeLeaves(
	objects: PdfObjects,
	node: PdfDictionary | undefined,
	visited: Set<PdfDictionary>,
	depth = 0,
): [PdfValue, PdfValue][] {
	if (!node || visited.has(node) || depth > maximumTreeDepth) return [];
	visited.add(node);

	const leaves: [PdfValue, PdfValue][] = [];
	const names = objects.resolve(node.get('Names'));
	if (Array.isArray(names)) {
		for (let index = 0; index + 1 < names.length; index += 2) {
			leaves.push([objects.resolve(names[index]) ?? null, names[index + 1]]);
		}
	}
	const kids = objects.resolve(node.get('Kids'));
	for (const kid of Array.isArray(kids) ? kids : []) {
		leaves.push(...nameTreeLeaves(objects, objects.dictionary(kid), visited, depth + 1));
	}
	return leaves;
}

function attachmentOf(
	objects: PdfObjects,
	key: PdfValue,
	specification: PdfValue,
): PdfAttachment[] {
	const file = objects.dictionary(specification);
	const embedded = objects.dictionary(file?.get('EF'));
	const stream = embedded?.get('UF') ?? embedded?.get('F');
	const content = stream instanceof PdfReference ? objects.streamData(stream) : undefined;
	if (!file || !content) return [];

	const path =
		textString(objects.resolve(file.get('UF'))) ??
		textString(objects.resolve(file.get('F'))) ??
		textString(key) ??
		'';
	// Some writers keep the folder the file came from: "C:\Rechnungen\factur-x.xml".
	return [{ fileName: path.split(/[\\/]/).pop() ?? path, content }];
}

/**
 * The files in the catalog's EmbeddedFiles name tree, as pdf.js and Acrobat list them. An
 * encrypted PDF gives none: its streams cannot be read without the password.
 */
export function readPdfAttachments(pdf: Buffer): PdfAttachment[] {
	const objects = new PdfObjects(pdf);

	const trailer = objects.trailers().find((dictionary) => dictionary.has('Root'));
	if (trailer?.has('Encrypt')) return [];
	const root = objects.dictionary(trailer?.get('Root'));
	const catalog = isDictionary(root) ? root : objects.lastCatalog();

	const names = objects.dictionary(catalog?.get('Names'));
	const tree = objects.dictionary(names?.get('EmbeddedFiles'));
	return nameTreeLeaves(objects, tree, new Set()).flatMap(([key, specification]) =>
		attachmentOf(objects, key, specification),
	);
}
