import { defaultModels, defaultRegistry, installModel, type InstalledModel } from './models';
import { modelKey } from './modelNames';
import type {
	ChatReply,
	ChatRequestBody,
	ChatResponder,
	Fault,
	ModelLoad,
	RecordedRequest,
	ScriptedReply,
	StandInModel,
	StandInOptions,
} from './types';

export interface LoadedModel {
	model: InstalledModel;
	contextLength: number;
	loadSignature: string;
	expiresAt: Date;
}

const defaultReply = 'This is the default reply of the Ollama stand-in.';

export class StandInState {
	readonly requests: RecordedRequest[] = [];
	readonly modelLoads: ModelLoad[] = [];
	readonly models = new Map<string, InstalledModel>();
	readonly loaded = new Map<string, LoadedModel>();
	readonly blobs = new Set<string>();
	readonly registry: StandInModel[];
	readonly version: string;
	readonly defaultContextLength: number;
	fault: Fault | undefined;

	private readonly initialModels: StandInModel[];
	private replyQueue: ChatReply[] = [];
	private responder: ChatResponder | undefined;

	constructor(options: StandInOptions) {
		this.initialModels = options.models ?? defaultModels;
		this.registry = options.registry ?? defaultRegistry;
		this.version = options.version ?? '0.12.6';
		this.defaultContextLength = options.defaultContextLength ?? 4096;
		this.installInitialModels();
	}

	findModel(name: unknown): InstalledModel | undefined {
		if (typeof name !== 'string' || name.trim() === '') return undefined;
		return this.models.get(modelKey(name));
	}

	addModel(model: StandInModel): void {
		this.models.set(modelKey(model.name), installModel(model));
	}

	removeModel(name: string): void {
		this.models.delete(modelKey(name));
		this.loaded.delete(modelKey(name));
	}

	queueChatReplies(replies: ChatReply[]): void {
		this.replyQueue.push(...replies);
	}

	setChatResponder(responder: ChatResponder | undefined): void {
		this.responder = responder;
	}

	async nextReply(request: ChatRequestBody): Promise<ScriptedReply> {
		const queued = this.replyQueue.shift();
		const reply = queued ?? (this.responder ? await this.responder(request) : defaultReply);
		return typeof reply === 'string' ? { content: reply } : reply;
	}

	reset(): void {
		this.requests.length = 0;
		this.modelLoads.length = 0;
		this.replyQueue = [];
		this.responder = undefined;
		this.fault = undefined;
		this.loaded.clear();
		this.blobs.clear();
		this.installInitialModels();
	}

	private installInitialModels(): void {
		this.models.clear();
		const installedAt = new Date();
		for (const model of this.initialModels) {
			this.models.set(modelKey(model.name), installModel(model, installedAt));
		}
	}
}
