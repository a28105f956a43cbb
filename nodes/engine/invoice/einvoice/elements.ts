import type { XmlElement } from './xmlTree';

/** Follows a path of local names, taking the first match at each step. */
export function child(element: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
	let current = element;
	for (const name of path) {
		current = current?.children.find((candidate) => candidate.name === name);
	}
	return current;
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
	return element?.children.filter((candidate) => candidate.name === name) ?? [];
}

/** The text on one line, whitespace collapsed; null when absent or blank. */
export function textAt(element: XmlElement | undefined, ...path: string[]): string | null {
	const text = child(element, ...path)
		?.text.replace(/\s+/g, ' ')
		.trim();
	return text ? text : null;
}

/** The text with its line breaks kept, each line trimmed and blank lines dropped. */
export function linesAt(element: XmlElement | undefined, ...path: string[]): string | null {
	const lines = (child(element, ...path)?.text ?? '')
		.split(/\r?\n/)
		.map((line) => line.replace(/[ \t]+/g, ' ').trim())
		.filter(Boolean);
	return lines.length > 0 ? lines.join('\n') : null;
}

export function joinTexts(texts: (string | null)[], separator: string): string | null {
	const present = texts.filter((text): text is string => Boolean(text));
	return present.length > 0 ? present.join(separator) : null;
}
