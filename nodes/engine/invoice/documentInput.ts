export type DocumentKind = 'pdf' | 'xml' | 'image' | 'text';

export interface DocumentInput {
	kind: DocumentKind;
	data: Buffer;
	fileName: string;
	mimeType: string;
}

const imageTypes = ['image/png', 'image/jpeg', 'image/webp'];

/** What a binary is, from its first bytes first, then its type and name. */
export function documentKind(
	data: Buffer,
	mimeType: string,
	fileName: string,
): DocumentKind | undefined {
	const head = data.subarray(0, 1024).toString('latin1');
	if (head.includes('%PDF-')) return 'pdf';
	if (/^\s*(\uFEFF)?<\?xml|^\s*<[A-Za-z]/.test(data.subarray(0, 256).toString('utf8')))
		return 'xml';
	if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
		return 'image';
	if (data[0] === 0xff && data[1] === 0xd8) return 'image';
	if (imageTypes.includes(mimeType)) return 'image';
	if (mimeType === 'application/pdf' || /\.pdf$/i.test(fileName)) return 'pdf';
	if (/xml/.test(mimeType) || /\.xml$/i.test(fileName)) return 'xml';
	if (mimeType.startsWith('text/') || /\.txt$/i.test(fileName)) return 'text';
	return undefined;
}
