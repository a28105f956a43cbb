import { slugOf, type Block, type ParsedDocument } from './block';
import { anchorLineId, plainInline } from './markdownInline';
import { isTableLine, tableBlocks } from './markdownTable';

interface Heading {
	level: number;
	text: string;
	customId?: string;
}

function headingOf(line: string): Heading | undefined {
	const match = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
	if (!match) return undefined;

	const custom = /^(.*?)\s*\{#([\w.:-]+)\}$/.exec(match[2]);
	const text = plainInline(custom ? custom[1] : match[2]);
	return { level: match[1].length, text, customId: custom?.[2] };
}

function withoutQuoteMark(line: string): string {
	return line.replace(/^\s*>\s?/, '');
}

/** Sections follow the headings; an anchor line just above a heading becomes its id. */
export function parseMarkdown(markdown: string): ParsedDocument {
	const blocks: Block[] = [];
	const headings: string[] = [];
	let title: string | undefined;
	let section = '';
	let pendingAnchor: string | undefined;
	let paragraph: string[] = [];
	let table: string[] = [];
	let inFence = false;

	const heading = () => headings.filter(Boolean).join(' > ');
	const flush = () => {
		const text = paragraph.map(plainInline).join('\n').trim();
		if (text) blocks.push({ kind: 'prose', section, heading: heading(), text });
		if (table.length > 0) blocks.push(...tableBlocks(table, section, heading()));
		paragraph = [];
		table = [];
	};
	const startContent = () => {
		if (pendingAnchor === undefined) return;
		flush();
		section = pendingAnchor;
		pendingAnchor = undefined;
	};

	for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
		if (/^\s*(```|~~~)/.test(rawLine)) inFence = !inFence;
		const line = inFence ? rawLine : withoutQuoteMark(rawLine);
		const found = inFence ? undefined : headingOf(line);
		const anchor = inFence ? undefined : anchorLineId(line);

		if (anchor !== undefined) {
			flush();
			pendingAnchor = anchor;
		} else if (found) {
			flush();
			headings.splice(found.level - 1, headings.length, found.text);
			section = found.customId ?? pendingAnchor ?? slugOf(found.text);
			pendingAnchor = undefined;
			if (found.level === 1 && title === undefined) title = found.text;
		} else if (!line.trim() && !inFence) {
			flush();
		} else if (!inFence && isTableLine(line)) {
			startContent();
			if (paragraph.length > 0) flush();
			table.push(line);
		} else {
			startContent();
			if (table.length > 0) flush();
			paragraph.push(line);
		}
	}
	flush();

	return { title, blocks };
}
