import { Ollama, type ChatResponse, type ShowResponse } from 'ollama';

import { OllamaFailure } from './errors';
import { explainFailure } from './failures';
import { assertServerAllowed, parseBaseUrl } from './hostPolicy';
import { createFetch } from './httpFetch';
import type { ChatAnswer, ChatCall, ModelCapability, ModelInfo, ModelSummary } from './types';
import { emptyUsage, usageFromMetrics, type ModelUsage } from './usage';

export interface ConnectionSettings {
	baseUrl: string;
	apiKey?: string;
	timeoutMilliseconds: number;
	allowRemoteServer: boolean;
	cancelSignal?: AbortSignal;
	busyRetries?: { attempts: number; firstDelayMilliseconds: number };
}

const defaultBusyRetries = { attempts: 3, firstDelayMilliseconds: 1000 };

const fallbackContextLength = 4096;

const modelInfoCache = new Map<string, Promise<ModelInfo>>();

const capabilityNames: Record<ModelCapability, string> = {
	completion: 'chat',
	embedding: 'embeddings',
	vision: 'images',
	thinking: 'thinking',
	tools: 'tools',
};

function contextLengthOf(show: ShowResponse): number {
	const info = (show.model_info ?? {}) as unknown as Record<string, unknown>;
	const key = Object.keys(info).find((name) => name.endsWith('.context_length'));
	const value = key ? Number(info[key]) : NaN;
	return Number.isFinite(value) && value > 0 ? value : fallbackContextLength;
}

/** A Base URL may carry a proxy's user and password; messages must not repeat them. */
function withoutCredentials(baseUrl: string): string {
	try {
		const url = new URL(baseUrl);
		url.username = '';
		url.password = '';
		return url.href.replace(/\/$/, '');
	} catch {
		return baseUrl;
	}
}

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** The one way every node talks to Ollama: checks, timeouts, retries, errors and usage. */
export class OllamaConnection {
	readonly baseUrl: string;

	private readonly client: Ollama;

	private constructor(private readonly settings: ConnectionSettings) {
		// fetch refuses URLs with a user and password anyway; the API key is the way to log in.
		this.baseUrl = withoutCredentials(settings.baseUrl).replace(/\/+$/, '');
		this.client = new Ollama({
			host: this.baseUrl,
			headers: settings.apiKey ? { Authorization: `Bearer ${settings.apiKey}` } : undefined,
			fetch: createFetch(settings),
		});
	}

	static async open(settings: ConnectionSettings): Promise<OllamaConnection> {
		const url = parseBaseUrl(settings.baseUrl);
		await assertServerAllowed(url, settings.allowRemoteServer);
		return new OllamaConnection(settings);
	}

	async version(): Promise<string> {
		const answer = await this.call(undefined, () => this.client.version());
		return answer.version;
	}

	async listModels(capability?: ModelCapability): Promise<ModelSummary[]> {
		const { models } = await this.call(undefined, () => this.client.list());
		const summaries = models.map((model) => ({
			name: model.name,
			family: model.details?.family ?? '',
			parameterSize: model.details?.parameter_size ?? '',
			quantization: model.details?.quantization_level ?? '',
			sizeBytes: model.size,
		}));
		if (!capability) return summaries;

		const infos = await Promise.all(summaries.map((model) => this.modelInfo(model.name)));
		return summaries.filter((_, index) => infos[index].capabilities.includes(capability));
	}

	/** Capabilities and context length, read once per server and model. */
	async modelInfo(model: string): Promise<ModelInfo> {
		const key = `${this.baseUrl}|${model}`;
		let pending = modelInfoCache.get(key);
		if (!pending) {
			pending = this.call(model, () => this.client.show({ model })).then((show) => ({
				name: model,
				capabilities: (show.capabilities ?? []) as ModelCapability[],
				contextLength: contextLengthOf(show),
				family: show.details?.family ?? '',
			}));
			modelInfoCache.set(key, pending);
			pending.catch(() => modelInfoCache.delete(key));
		}
		return await pending;
	}

	async requireCapability(model: string, capability: ModelCapability): Promise<ModelInfo> {
		const info = await this.modelInfo(model);
		if (info.capabilities.includes(capability)) return info;

		throw explainFailure(
			Object.assign(new Error(`"${model}" does not support ${capabilityNames[capability]}`), {
				status_code: 400,
			}),
			{ ...this.failureContext(), model },
		);
	}

	async chat(call: ChatCall): Promise<ChatAnswer> {
		const stream = await this.call(call.model, () =>
			this.client.chat({
				model: call.model,
				messages: call.messages,
				format: call.format,
				think: call.think ?? false,
				logprobs: call.logprobs,
				top_logprobs: call.topLogprobs,
				keep_alive: call.keepAlive,
				options: call.options,
				stream: true,
				// Ollama cuts a prompt that is too long without telling; this makes it an error instead.
				truncate: false,
			} as Parameters<Ollama['chat']>[0] & { stream: true }),
		);

		return await this.call(call.model, async () => {
			const answer = { content: '', thinking: '', logprobs: [] as ChatAnswer['logprobs'] };
			let last: ChatResponse | undefined;
			for await (const chunk of stream) {
				answer.content += chunk.message?.content ?? '';
				answer.thinking += chunk.message?.thinking ?? '';
				if (chunk.logprobs) answer.logprobs.push(...chunk.logprobs);
				last = chunk;
			}
			const usage: ModelUsage = last ? usageFromMetrics(last) : emptyUsage();
			return { ...answer, doneReason: last?.done_reason ?? '', usage };
		});
	}

	async embed(model: string, inputs: string[]) {
		const answer = await this.call(model, () =>
			this.client.embed({ model, input: inputs, truncate: false }),
		);
		return { embeddings: answer.embeddings, usage: usageFromMetrics(answer) };
	}

	private failureContext() {
		return {
			baseUrl: this.baseUrl,
			timeoutMilliseconds: this.settings.timeoutMilliseconds,
			cancelled: this.settings.cancelSignal?.aborted ?? false,
		};
	}

	/** Runs one request, retrying only while the server says it is busy (503). */
	private async call<T>(model: string | undefined, request: () => Promise<T>): Promise<T> {
		const retries = this.settings.busyRetries ?? defaultBusyRetries;
		for (let attempt = 0; ; attempt++) {
			try {
				return await request();
			} catch (error) {
				const failure = explainFailure(error, { ...this.failureContext(), model });
				if (failure.kind !== 'busy' || attempt >= retries.attempts) throw failure;
				await sleep(retries.firstDelayMilliseconds * 2 ** attempt);
			}
		}
	}
}

export { OllamaFailure };
