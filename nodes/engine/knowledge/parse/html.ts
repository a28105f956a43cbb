import { decodeEntities } from '../../classify/htmlToText';
import type { ParsedDocument } from './block';
import { parseMarkdown } from './markdown';

// Anchors must survive the removal of every other tag, so they travel as a private marker.
const marker = '\u0000';
const anchorMarker = (id: string) => `${marker}${id}${marker}`;
const anchorPattern = new RegExp(`${marker}[^${marker}]+${marker}`, 'g');
const idAttribute = /\b(?:id|name)\s*=\s*["']([^"']+)["']/i;

function inlineText(html: string): string {
	return html
		.replace(/<br\s*\/?>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function tableToMarkdown(tableHtml: string): string {
	const rows = [...tableHtml.matchAll(/<tr\b([^>]*)>([\s\S]*?)<\/tr>/gi)].map(([, , inner]) =>
		[...inner.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)].map(([, cell]) =>
			inlineText(cell).replace(/\|/g, '\\|'),
		),
	);
	if (rows.length === 0) return '';

	const width = Math.max(...rows.map((cells) => cells.length));
	const line = (cells: string[]) =>
		`| ${Array.from({ length: width }, (_, index) => cells[index] ?? '').join(' | ')} |`;
	const separator = `|${' --- |'.repeat(width)}`;
	return `\n\n${[line(rows[0]), separator, ...rows.slice(1).map(line)].join('\n')}\n\n`;
}

function markAnchors(html: string): string {
	return html
		.replace(/<(h[1-6]|section|article|div|p)\b([^>]*)>/gi, (tag, _name, attributes: string) => {
			const id = idAttribute.exec(attributes)?.[1];
			return id ? `\n\n${anchorMarker(id)}\n\n${tag}` : tag;
		})
		.replace(/<tr\b([^>]*)>(\s*<t[dh]\b[^>]*>)/gi, (tag, attributes: string, cell: string) => {
			const id = idAttribute.exec(attributes)?.[1];
			return id ? `<tr>${cell}${anchorMarker(id)}` : tag;
		})
		.replace(/<a\b([^>]*)>/gi, (_tag, attributes: string) => {
			const id = /\bhref\s*=/i.test(attributes) ? undefined : idAttribute.exec(attributes)?.[1];
			return id ? anchorMarker(id) : '';
		});
}

/** HTML becomes Markdown with its headings, lists, tables and anchors, then reads as Markdown. */
export function parseHtml(html: string): ParsedDocument {
	const title = inlineText(
		decodeEntities(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? ''),
	);
	const visible = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(style|script|head|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ');

	const markdown = markAnchors(visible)
		.replace(/<table\b[\s\S]*?<\/table>/gi, (table) => tableToMarkdown(table))
		.replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_tag, level: string, inner: string) => {
			const anchors = [...inner.matchAll(anchorPattern)].map((match) => `${match[0]}\n`);
			const text = inlineText(inner.replace(anchorPattern, ''));
			return `\n\n${anchors.join('')}${'#'.repeat(Number(level))} ${text}\n\n`;
		})
		.replace(/<li\b[^>]*>/gi, '\n- ')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(
			/<\/?(p|div|section|article|ul|ol|blockquote|pre|header|footer|main)\b[^>]*>/gi,
			'\n\n',
		)
		.replace(/<[^>]+>/g, ' ');

	const restored = decodeEntities(markdown)
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(anchorPattern, (found) => `<a id="${found.slice(1, -1)}"></a>`);

	const parsed = parseMarkdown(restored);
	return { title: title || parsed.title, blocks: parsed.blocks };
}
