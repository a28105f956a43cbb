/*
 * A real HTTP server on 127.0.0.1 that answers like Ollama, so tests run without model weights.
 * Tests script what the model says, break the server on purpose, and read back what was sent.
 */
export { busyMessage, defaultServerErrorMessage, nginxBadGatewayPage } from './faults';
export { embedText } from './embeddings';
export { defaultModels, defaultRegistry } from './models';
export { callStandIn, type RawAnswer, type RawCall } from './rawClient';
export { reservedClosedPort } from './reservedPort';
export { startOllamaStandIn } from './server';
export { estimateTokens } from './tokens';
export type {
	ChatMessage,
	ChatReply,
	ChatRequestBody,
	ChatResponder,
	Fault,
	Logprob,
	ModelCapability,
	ModelLoad,
	OllamaStandIn,
	RecordedRequest,
	ScriptedReply,
	StandInModel,
	StandInOptions,
	TokenLogprob,
	ToolCall,
} from './types';
