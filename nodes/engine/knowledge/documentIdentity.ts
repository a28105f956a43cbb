import { createHash } from 'node:crypto';

import type { DocumentFormat } from './types';

const formatsByExtension: Record<string, DocumentFormat> = {
	txt: 'text',
	text: 'text',
	md: 'markdown',
	markdown: 'markdown',
	html: 'html',
	htm: 'html',
	pdf: 'pdf',
	csv: 'csv',
	tsv: 'csv',
	json: 'json',
};

/** The format a file name suggests, or undefined when its extension says nothing. */
export function formatFromFileName(fileName: string): DocumentFormat | undefined {
	const extension = /\.([a-z0-9]+)$/i.exec(fileName.split(/[?#]/)[0])?.[1]?.toLowerCase();
	return extension ? formatsByExtension[extension] : undefined;
}

/** The same source always gives the same id, so loading it again replaces it. */
export function documentIdFromSource(source: string): string {
	return source
		.trim()
		.split('#')[0]
		.replace(/\\/g, '/')
		.replace(/^(\.\/)+/, '');
}

export function fileNameOf(source: string): string {
	const path = source.split(/[?#]/)[0].replace(/\\/g, '/').replace(/\/+$/, '');
	return path.slice(path.lastIndexOf('/') + 1) || path;
}

export function hashOf(text: string): string {
	return createHash('sha256').update(text).digest('hex');
}
