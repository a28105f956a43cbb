import type { Exchange } from '../http';
import { installModel, sha256Hex } from '../models';
import { modelKey, withTag } from '../modelNames';
import type { StandInModel } from '../types';
import { type ProgressFailure, type ProgressLine, sendProgress } from './progress';

interface PullOutcome {
	lines: ProgressLine[];
	failure?: ProgressFailure;
	model?: StandInModel;
}

const invalidName = { message: 'invalid model name', status: 400 };

/** Fetches a model from the stand-in's registry, with the status lines Ollama sends. */
export function pullFromRegistry(exchange: Exchange, name: string): PullOutcome {
	const lines: ProgressLine[] = [{ status: 'pulling manifest' }];
	const source = exchange.state.registry.find((model) => modelKey(model.name) === modelKey(name));
	if (!source) {
		return { lines, failure: { message: 'pull model manifest: file does not exist' } };
	}

	const { digest, sizeInBytes } = installModel(source);
	const layer = { status: `pulling ${digest.slice(0, 12)}`, digest: `sha256:${digest}` };
	lines.push(
		{ ...layer, total: sizeInBytes, completed: 0 },
		{ ...layer, total: sizeInBytes, completed: sizeInBytes },
		{ status: 'verifying sha256 digest' },
		{ status: 'writing manifest' },
	);
	return { lines, model: { ...source, name: withTag(name) } };
}

export function handlePull(exchange: Exchange): void {
	const body = (exchange.body ?? {}) as { model?: string; name?: string };
	const name = body.model || body.name;
	if (!name) return sendProgress(exchange, [], invalidName);

	const pulled = pullFromRegistry(exchange, name);
	if (pulled.model) exchange.state.addModel(pulled.model);

	const lines = pulled.failure ? pulled.lines : [...pulled.lines, { status: 'success' }];
	sendProgress(exchange, lines, pulled.failure);
}

interface CreateRequestBody {
	model?: string;
	name?: string;
	from?: string;
	files?: Record<string, string>;
	system?: string;
}

export function handleCreate(exchange: Exchange): void {
	const body = (exchange.body ?? {}) as CreateRequestBody;
	const name = body.model || body.name;
	if (!name) return sendProgress(exchange, [], invalidName);
	if (!body.from) {
		const message = body.files
			? 'the Ollama stand-in creates models only from an existing model'
			: "neither 'from' or 'files' was specified";
		return sendProgress(exchange, [], { message, status: 400 });
	}

	let base = exchange.state.findModel(body.from);
	const pullLines: ProgressLine[] = [];
	if (!base) {
		const pulled = pullFromRegistry(exchange, body.from);
		if (!pulled.model) return sendProgress(exchange, pulled.lines, pulled.failure);
		exchange.state.addModel(pulled.model);
		base = installModel(pulled.model);
		pullLines.push(...pulled.lines);
	}

	const lines: ProgressLine[] = [
		...pullLines,
		{ status: `using existing layer sha256:${base.digest}` },
		...(body.system ? [{ status: `creating new layer sha256:${sha256Hex(body.system)}` }] : []),
		{ status: 'writing manifest' },
		{ status: 'success' },
	];
	exchange.state.addModel({ ...base, name, system: body.system ?? base.system });
	sendProgress(exchange, lines);
}
