const thinkBlock = /<think(?:ing)?>[\s\S]*?<\/think(?:ing)?>/gi;

const unclosedThinkBlock = /^\s*<think(?:ing)?>[\s\S]*$/i;

function balancedEnd(text: string, start: number): number {
	const closerFor: Record<string, string> = { '{': '}', '[': ']' };
	const expected: string[] = [];
	let inString = false;

	for (let index = start; index < text.length; index++) {
		const character = text[index];
		if (inString) {
			if (character === '\\') index++;
			else if (character === '"') inString = false;
			continue;
		}
		if (character === '"') inString = true;
		else if (character in closerFor) expected.push(closerFor[character]);
		else if (character === expected[expected.length - 1]) {
			expected.pop();
			if (expected.length === 0) return index;
		}
	}
	return -1;
}

/** The model's text without reasoning blocks, which thinking models add even when told not to. */
export function withoutThinking(text: string): string {
	const stripped = text.replace(thinkBlock, '');
	return unclosedThinkBlock.test(stripped) ? '' : stripped.trim();
}

/**
 * Finds the first JSON object or array that parses in the model's answer, wherever it stands:
 * inside a code fence, after a sentence, or after a think block.
 */
export function parseJsonAnswer(text: string): { found: true; value: unknown } | { found: false } {
	const cleaned = withoutThinking(text);

	for (let start = 0; start < cleaned.length; start++) {
		if (cleaned[start] !== '{' && cleaned[start] !== '[') continue;
		const end = balancedEnd(cleaned, start);
		if (end < 0) continue;
		try {
			return { found: true, value: JSON.parse(cleaned.slice(start, end + 1)) };
		} catch {
			continue;
		}
	}
	return { found: false };
}
