const namedEntities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	euro: '€',
	iexcl: '¡',
	iquest: '¿',
	aacute: 'á',
	eacute: 'é',
	iacute: 'í',
	oacute: 'ó',
	uacute: 'ú',
	ntilde: 'ñ',
	uuml: 'ü',
	Aacute: 'Á',
	Eacute: 'É',
	Iacute: 'Í',
	Oacute: 'Ó',
	Uacute: 'Ú',
	Ntilde: 'Ñ',
	Uuml: 'Ü',
	agrave: 'à',
	egrave: 'è',
	ograve: 'ò',
	ccedil: 'ç',
	Ccedil: 'Ç',
	middot: '·',
	ordf: 'ª',
	ordm: 'º',
	laquo: '«',
	raquo: '»',
	hellip: '…',
	ndash: '–',
	mdash: '—',
	copy: '©',
};

export function looksLikeHtml(text: string): boolean {
	return /<(html|body|div|p|br|table|span|a)\b[^>]*>/i.test(text);
}

export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, code: string) => {
		if (code[0] === '#') {
			const point =
				code[1].toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
			return Number.isFinite(point) ? String.fromCodePoint(point) : entity;
		}
		return namedEntities[code] ?? entity;
	});
}

/** Visible text of an HTML e-mail; comments, styles and scripts are hidden, so they go. */
export function htmlToText(html: string): string {
	const withoutHidden = html
		.replace(/<!--[\s\S]*?-->/g, ' ')
		.replace(/<(style|script|head)\b[\s\S]*?<\/\1>/gi, ' ');
	const withBreaks = withoutHidden
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|tr|h[1-6]|li|table)>/gi, '\n');
	const plain = decodeEntities(withBreaks.replace(/<[^>]+>/g, ' '));

	return plain
		.split('\n')
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
