const anchorTag = /<a\s+(?:id|name)\s*=\s*["']([^"']+)["']\s*>\s*<\/a>/i;

/** `<a id="horario"></a>` alone on a line: it names the section that follows. */
export function anchorLineId(line: string): string | undefined {
	const match = /^\s*<a\s+(?:id|name)\s*=\s*["']([^"']+)["']\s*>\s*<\/a>\s*$/i.exec(line);
	return match?.[1];
}

export function anchorIdIn(text: string): string | undefined {
	return anchorTag.exec(text)?.[1];
}

/** Markdown marks that help a reader of the source but are noise in a passage. */
export function plainInline(text: string): string {
	return text
		.replace(new RegExp(anchorTag.source, 'gi'), '')
		.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, '$1 ($2)')
		.replace(/(\*\*|__)(.+?)\1/g, '$2')
		.replace(/`([^`]+)`/g, '$1')
		.replace(/[ \t]+/g, ' ')
		.trim();
}
