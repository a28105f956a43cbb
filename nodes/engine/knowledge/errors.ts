export type KnowledgeProblem =
	| 'invalidDocument'
	| 'emptyDocument'
	| 'invalidOption'
	| 'modelMismatch'
	| 'invalidEmbeddings'
	| 'storeUnavailable';

/** A knowledge base problem, explained for a person: the message says what, the description what to do. */
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
