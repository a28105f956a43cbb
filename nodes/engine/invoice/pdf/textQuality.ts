/**
 * A text layer written with a broken font encoding reads as symbols, replacement characters or
 * private-use code points; real invoices are mostly letters, digits, spaces and punctuation.
 */
export function looksLikeGarbage(text: string): boolean {
	const characters = [...text.replace(/\s+/g, '')];
	if (characters.length < 20) return false;

	const ordinary = characters.filter((character) =>
		/[\p{L}\p{N}.,:;%€$£()\-/'"#&+*@ºª°·]/u.test(character),
	);
	const broken = characters.filter((character) =>
		/[\uFFFD\uE000-\uF8FF\u0000-\u0008]/.test(character),
	);
	return broken.length / characters.length > 0.05 || ordinary.length / characters.length < 0.8;
}
