/** Ollama treats a name without a tag as `:latest` and compares names without regard to case. */
export function withTag(name: string): string {
	const lastPart = name.slice(name.lastIndexOf('/') + 1);
	return lastPart.includes(':') ? name : `${name}:latest`;
}

export function modelKey(name: string): string {
	return withTag(name.trim()).toLowerCase();
}

/** The fully qualified name that Ollama puts in some error messages. */
export function qualifiedName(name: string): string {
	const tagged = withTag(name);
	const slashes = tagged.split('/').length - 1;
	if (slashes === 0) return `registry.ollama.ai/library/${tagged}`;
	if (slashes === 1) return `registry.ollama.ai/${tagged}`;
	return tagged;
}
