import { estimateTokens } from '../../ollama/contextSize';

export interface PageText {
	number: number;
	text: string;
}

/**
 * Consecutive pages joined while they fit the budget, so an ordinary invoice is one request
 * and a long one is split at page boundaries, never inside a page and never cut.
 */
export function groupPages(pages: PageText[], tokenBudget: number): PageText[][] {
	const groups: PageText[][] = [];
	let current: PageText[] = [];
	let currentTokens = 0;

	for (const page of pages) {
		const tokens = estimateTokens(page.text);
		if (current.length > 0 && currentTokens + tokens > tokenBudget) {
			groups.push(current);
			current = [];
			currentTokens = 0;
		}
		current.push(page);
		currentTokens += tokens;
	}
	if (current.length > 0) groups.push(current);
	return groups;
}

export function joinPages(pages: PageText[]): string {
	return pages.map((page) => `[Page ${page.number}]\n${page.text}`).join('\n\n');
}
