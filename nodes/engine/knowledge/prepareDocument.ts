import { chunkBlocks, defaultChunkOptions, type PassageDraft } from './chunk';
import { documentIdFromSource, fileNameOf, hashOf } from './documentIdentity';
import { KnowledgeError } from './errors';
import { keywordText } from './keywords';
import { paragraphsOf, type ParsedDocument } from './parse/block';
import { parseCsv } from './parse/csv';
import { parseHtml } from './parse/html';
import { parseMarkdown } from './parse/markdown';
import { asRecords, rowBlocks } from './parse/rows';
import type { ChunkOptions, DocumentInput, Metadata } from './types';

// Raise it when a change here changes stored passages, so every document is written anew.
const preparationVersion = 1;

export interface PreparedPassage {
	section: string;
	heading: string;
	text: string;
	fields?: Record<string, unknown>;
	/** What is embedded: the passage with the headings that give it meaning. */
	embeddingInput: string;
	contentHash: string;
	keywords: { title: string; heading: string; body: string };
}

export interface PreparedDocument {
	id: string;
	title: string;
	source: string;
	metadata: Metadata;
	contentHash: string;
	passages: PreparedPassage[];
}

function parse(input: DocumentInput): ParsedDocument {
	const prose = (text: string, section = '') =>
		paragraphsOf(text).map((paragraph) => ({
			kind: 'prose' as const,
			section,
			heading: '',
			text: paragraph,
		}));

	switch (input.format) {
		case 'markdown':
			return parseMarkdown(input.content);
		case 'html':
			return parseHtml(input.content);
		case 'text':
			return { blocks: prose(input.content) };
		case 'pdf':
			return { blocks: input.pages.flatMap((page, index) => prose(page, `page=${index + 1}`)) };
		case 'csv':
			return {
				blocks: rowBlocks(parseCsv(input.content, input.delimiter), input.source, input.keyColumn),
			};
		case 'json':
			return {
				blocks: rowBlocks(asRecords(input.rows, input.source), input.source, input.keyColumn),
			};
	}
}

function preparePassage(title: string, draft: PassageDraft): PreparedPassage {
	const context = draft.heading || title;
	const embeddingInput = context ? `${context}\n${draft.text}` : draft.text;
	return {
		...draft,
		embeddingInput,
		contentHash: hashOf(embeddingInput),
		keywords: {
			title: keywordText(title),
			heading: keywordText(draft.heading),
			body: keywordText(draft.text),
		},
	};
}

/** Parses, chunks and hashes one document; nothing here calls a model or touches the store. */
export function prepareDocument(
	input: DocumentInput,
	chunking: Partial<ChunkOptions> = {},
): PreparedDocument {
	const id = input.id?.trim() || documentIdFromSource(input.source);
	if (!id) {
		throw new KnowledgeError(
			'invalidDocument',
			'A document has neither an id nor a source.',
			'Give each document a source (its file name, path or URL) or an id.',
		);
	}

	const parsed = parse(input);
	const title = input.title?.trim() || parsed.title || fileNameOf(input.source) || id;
	const drafts = chunkBlocks(parsed.blocks, { ...defaultChunkOptions, ...chunking });
	if (drafts.length === 0) {
		throw new KnowledgeError(
			'emptyDocument',
			`The document "${id}" has no text to add.`,
			'Check that the file is not empty; a scanned PDF needs text recognition (OCR) first.',
		);
	}

	const passages = drafts.map((draft) => preparePassage(title, draft));
	const metadata = input.metadata ?? {};
	const contentHash = hashOf(
		JSON.stringify([
			preparationVersion,
			title,
			input.source,
			metadata,
			passages.map((passage) => [passage.contentHash, passage.section, passage.fields]),
		]),
	);
	return { id, title, source: input.source, metadata, contentHash, passages };
}
