/**
 * A piece of a document as its format shows it: a paragraph or list, a table, or one row of a
 * catalog. The chunker groups blocks of one section into passages.
 */
export interface Block {
	kind: 'prose' | 'table' | 'row';
	/** The anchor a passage made from this block is cited by. */
	section: string;
	/** The headings above the block, outermost first, joined with " > ". */
	heading: string;
	text: string;
	fields?: Record<string, unknown>;
}

export interface ParsedDocument {
	title?: string;
	blocks: Block[];
}

/** Paragraphs are separated by blank lines; lines inside one are kept together. */
export function paragraphsOf(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((paragraph) => paragraph.replace(/[ \t]+\n/g, '\n').trim())
		.filter(Boolean);
}

export function foldAccents(text: string): string {
	return text.normalize('NFKD').replace(/\p{M}/gu, '');
}

export function slugOf(text: string): string {
	return foldAccents(text)
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
