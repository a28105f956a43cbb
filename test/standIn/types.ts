export type ModelCapability = 'completion' | 'embedding' | 'vision' | 'thinking' | 'tools';

export interface StandInModel {
	name: string;
	capabilities: ModelCapability[];
	contextLength: number;
	family?: string;
	parameterSize?: string;
	embeddingDimensions?: number;
	quantizationLevel?: string;
	system?: string;
}

export interface StandInOptions {
	port?: number;
	host?: string;
	models?: StandInModel[];
	/** Models that `POST /api/pull` can fetch; defaults to the default models plus a few more. */
	registry?: StandInModel[];
	version?: string;
	/** The num_ctx used when a request sets none, like OLLAMA_CONTEXT_LENGTH. */
	defaultContextLength?: number;
}

export interface ChatMessage {
	role: 'system' | 'user' | 'assistant' | 'tool';
	content: string;
	thinking?: string;
	images?: string[];
	tool_calls?: ToolCall[];
	tool_name?: string;
}

export interface ToolCall {
	function: { name: string; arguments: Record<string, unknown> };
}

export interface ChatRequestBody {
	model: string;
	messages?: ChatMessage[];
	stream?: boolean;
	format?: 'json' | Record<string, unknown>;
	options?: Record<string, unknown>;
	keep_alive?: string | number;
	think?: boolean | 'low' | 'medium' | 'high';
	tools?: unknown[];
	truncate?: boolean;
	shift?: boolean;
	logprobs?: boolean;
	top_logprobs?: number;
}

export interface TokenLogprob {
	token: string;
	logprob: number;
}

export interface Logprob extends TokenLogprob {
	top_logprobs?: TokenLogprob[];
}

export interface ScriptedReply {
	content: string;
	/** Set to '' to make a thinking model answer without thinking. */
	thinking?: string;
	logprobs?: Logprob[];
	toolCalls?: ToolCall[];
	/** Wait before anything is sent, headers included, as a model does before its first token. */
	delayMs?: number;
	/** Wait between streamed chunks, so a test can cancel in the middle of a stream. */
	chunkDelayMs?: number;
	doneReason?: 'stop' | 'length';
}

export type ChatReply = ScriptedReply | string;

export type ChatResponder = (request: ChatRequestBody) => ChatReply | Promise<ChatReply>;

interface FaultScope {
	/** Only requests to this path are hit; by default see `setFault`. */
	path?: string;
	/** How many requests are hit before the fault clears itself; by default it stays. */
	count?: number;
}

export type Fault = FaultScope &
	(
		| { kind: 'busy' }
		| { kind: 'serverError'; status?: number; message?: string }
		| { kind: 'slowHeaders'; delayMs: number }
		| { kind: 'streamError'; afterChunks: number; message: string }
		| { kind: 'streamWithoutDone' }
		| { kind: 'garbage'; body?: string; contentType?: string }
		| { kind: 'proxyError'; status: number; body: string }
		| { kind: 'requireBearer'; token: string }
	);

export interface RecordedRequest {
	method: string;
	path: string;
	headers: Record<string, string | string[] | undefined>;
	/** The parsed JSON body, or undefined when there was none or it was not JSON. */
	body: unknown;
	rawBody: string;
	time: Date;
	/** The status sent, or 499 (as Ollama logs it) when the client went away first. */
	status?: number;
	aborted: boolean;
	/** Prompt tokens as the stand-in estimates them, before any truncation. */
	promptTokens?: number;
	/** Whether the prompt was longer than the context; Ollama then cuts it and only logs that. */
	truncated?: boolean;
}

export interface ModelLoad {
	model: string;
	contextLength: number;
	time: Date;
}

export interface OllamaStandIn {
	url: string;
	port: number;
	requests: RecordedRequest[];
	modelLoads: ModelLoad[];
	chatRequests(): ChatRequestBody[];
	setChatResponder(responder: ChatResponder | undefined): void;
	/** Queued replies answer chat and generate requests in order, before the responder. */
	queueChatReplies(...replies: ChatReply[]): void;
	/**
	 * By default busy hits chat, generate and embed requests; streamError hits chat and generate,
	 * streamWithoutDone only their streamed answers; every other fault hits every request.
	 */
	setFault(fault: Fault | undefined): void;
	addModel(model: StandInModel): void;
	removeModel(name: string): void;
	/** Forgets requests, replies, responder, fault and loaded models; restores the first models. */
	reset(): void;
	/** Stops listening and cuts open connections: the server is down until `reopen`. */
	close(): Promise<void>;
	/** Listens again on the same port, keeping models and recordings. */
	reopen(): Promise<void>;
}
