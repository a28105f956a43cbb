import { foldAccents } from './parse/block';
import { stem } from './stemming';
import { isStopword } from './stopwords';

/** Folded, stemmed words: what the keyword index holds and what a question is matched with. */
export function keywordTerms(text: string): string[] {
	const words =
		foldAccents(text)
			.toLowerCase()
			.match(/[\p{L}\p{N}]+/gu) ?? [];
	return words.filter((word) => !isStopword(word)).map(stem);
}

export function keywordText(text: string): string {
	return keywordTerms(text).join(' ');
}

export function queryTerms(question: string): string[] {
	return [...new Set(keywordTerms(question))];
}
