export type InvoiceInputProblem =
	| 'empty'
	| 'notSupported'
	| 'notPdf'
	| 'damaged'
	| 'passwordNeeded'
	| 'passwordWrong'
	| 'tooLarge'
	| 'tooManyPages'
	| 'noText'
	| 'visionModelNeeded';

/** A document this item cannot be read from; the message says why and what to do. */
export class InvoiceInputError extends Error {
	readonly problem: InvoiceInputProblem;

	readonly description: string;

	constructor(problem: InvoiceInputProblem, message: string, description: string) {
		super(message);
		this.name = 'InvoiceInputError';
		this.problem = problem;
		this.description = description;
	}
}
