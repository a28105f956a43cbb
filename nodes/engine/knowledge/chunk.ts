import { estimateTokens } from '../ollama/contextSize';
import type { Block } from './parse/block';
import { splitText, type Measure } from './splitText';
import type { ChunkOptions } from './types';

export interface PassageDraft {
	section: string;
	heading: string;
	text: string;
	fields?: Record<string, unknown>;
}

export const defaultChunkOptions: ChunkOptions = {
	unit: 'characters',
	maximumSize: 1000,
	overlap: 150,
};

export function measureFor(unit: ChunkOptions['unit']): Measure {
	return unit === 'tokens' ? estimateTokens : (text) => text.length;
}

function hasHeaderRow(block: Block): boolean {
	return block.kind === 'table' && /^[\s|:-]+$/.test(block.text.split('\n')[1] ?? '');
}

/** A table too long for one passage is cut between rows, each part under the same header. */
function splitTable(text: string, maximumSize: number, measure: Measure): string[] {
	const [header, separator, ...rows] = text.split('\n');
	const parts: string[][] = [];
	for (const row of rows) {
		const last = parts[parts.length - 1];
		const fits = last && measure([header, separator, ...last, row].join('\n')) <= maximumSize;
		if (fits) last.push(row);
		else parts.push([row]);
	}
	return parts.map((part) => [header, separator, ...part].join('\n'));
}

/**
 * Neighbouring blocks of one section share a passage while they fit; a block too long alone is
 * split (prose at sentence ends with overlap, tables between rows); rows always stand alone.
 */
export function chunkBlocks(blocks: Block[], options: ChunkOptions): PassageDraft[] {
	const measure = measureFor(options.unit);
	const { maximumSize, overlap } = options;
	const passages: PassageDraft[] = [];
	let open: PassageDraft | undefined;

	const close = () => {
		if (open) passages.push(open);
		open = undefined;
	};

	for (const block of blocks) {
		const { section, heading } = block;
		const sameSection = open?.section === section && open.heading === heading;
		if (block.kind !== 'row' && open && sameSection) {
			const joined = `${open.text}\n\n${block.text}`;
			if (measure(joined) <= maximumSize) {
				open.text = joined;
				continue;
			}
		}
		close();

		if (measure(block.text) <= maximumSize) {
			open = { section, heading, text: block.text, fields: block.fields };
			if (block.kind === 'row') close();
			continue;
		}

		const pieces = hasHeaderRow(block)
			? splitTable(block.text, maximumSize, measure)
			: splitText(block.text, maximumSize, overlap, measure);
		for (const text of pieces) passages.push({ section, heading, text, fields: block.fields });
	}
	close();

	return passages;
}
