function flatten(value: unknown, path: string, lines: string[]) {
	if (value === null || value === undefined || value === '') return;
	if (Array.isArray(value)) {
		value.forEach((entry, index) => flatten(entry, `${path}[${index + 1}]`, lines));
		return;
	}
	if (typeof value === 'object') {
		for (const [key, entry] of Object.entries(value))
			flatten(entry, path ? `${path}.${key}` : key, lines);
		return;
	}
	lines.push(path ? `${path}: ${String(value)}` : String(value));
}

/**
 * Facts arrive as any JSON an earlier node made (an answer with sources, an order, a
 * classification); "path: value" lines cost a small model far fewer tokens than JSON.
 */
export function factsToText(facts: unknown): string {
	if (typeof facts === 'string') return facts.trim();
	const lines: string[] = [];
	flatten(facts, '', lines);
	return lines.join('\n');
}
