export type KnowledgeProblem =
	| 'invalidDocument'
	| 'emptyDocument'
	| 'invalidOption'
	| 'modelMismatch'
	| 'invalidEmbeddings'
	| 'storeUnavailable';

/** A knowledge base problem for a person: the message says what, the description what to do. */
export class KnowledgeError extends Error {
	readonly problem: KnowledgeProblem;

	readonly description: string;

	constructor(problem: KnowledgeProblem, message: string, description: string, cause?: unknown) {
		super(message, { cause });
		this.name = 'KnowledgeError';
		this.problem = problem;
		this.description = description;
	}
}

export function modelMismatch(knowledgeBase: string, recorded: string, given: string) {
	return new KnowledgeError(
		'modelMismatch',
		`The knowledge base "${knowledgeBase}" was built with the embedding model "${recorded}", not "${given}".`,
		`Choose "${recorded}" again, or clear the knowledge base (or use a new name) to build it with "${given}".`,
	);
}
