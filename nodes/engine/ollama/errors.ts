export type OllamaFailureKind =
	| 'remoteNotAllowed'
	| 'invalidBaseUrl'
	| 'unreachable'
	| 'nameNotResolved'
	| 'unauthorized'
	| 'proxyError'
	| 'modelNotFound'
	| 'capabilityMissing'
	| 'busy'
	| 'badRequest'
	| 'serverError'
	| 'streamError'
	| 'streamIncomplete'
	| 'timeout'
	| 'cancelled'
	| 'promptTooLong'
	| 'invalidAnswer';

/**
 * A failure talking to Ollama, already explained for a person: `message` says what went wrong
 * in one sentence, `description` says what to change. The n8n layer turns it into a node error.
 */
export class OllamaFailure extends Error {
	readonly kind: OllamaFailureKind;

	readonly description: string;

	readonly httpStatus?: number;

	constructor(
		kind: OllamaFailureKind,
		message: string,
		description: string,
		options: { httpStatus?: number; cause?: unknown } = {},
	) {
		super(message, { cause: options.cause });
		this.name = 'OllamaFailure';
		this.kind = kind;
		this.description = description;
		this.httpStatus = options.httpStatus;
	}

	/** Whether the failure belongs to the item being processed rather than to the server. */
	get concernsItem(): boolean {
		return this.kind === 'promptTooLong' || this.kind === 'invalidAnswer';
	}
}
