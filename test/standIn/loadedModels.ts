import type { InstalledModel } from './models';
import { modelKey } from './modelNames';
import type { StandInState } from './state';

const defaultKeepAliveSeconds = 5 * 60;
const foreverSeconds = 100 * 365 * 24 * 60 * 60;
const loadOptionNames = ['num_ctx', 'num_batch', 'num_gpu', 'main_gpu', 'use_mmap', 'num_thread'];
const freshLoadNanoseconds = 1_200_000_000;
const warmLoadNanoseconds = 60_000;

const secondsPerUnit: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/** Accepts what Ollama accepts: seconds as a number, or a Go duration such as "5m" or "1h30m". */
export function parseKeepAliveSeconds(keepAlive: unknown): number {
	if (typeof keepAlive === 'number') return keepAlive < 0 ? foreverSeconds : keepAlive;
	if (typeof keepAlive !== 'string' || keepAlive.trim() === '') return defaultKeepAliveSeconds;
	if (/^-?\d+(\.\d+)?$/.test(keepAlive)) return parseKeepAliveSeconds(Number(keepAlive));

	const parts = [...keepAlive.matchAll(/(-?\d+(?:\.\d+)?)(ms|s|m|h)/g)];
	if (parts.length === 0) return defaultKeepAliveSeconds;
	const seconds = parts.reduce(
		(total, [, amount, unit]) => total + Number(amount) * secondsPerUnit[unit],
		0,
	);
	return seconds < 0 ? foreverSeconds : seconds;
}

export function effectiveContextLength(
	state: StandInState,
	model: InstalledModel,
	options: Record<string, unknown> | undefined,
): number {
	const requested = Number(options?.num_ctx);
	const contextLength = requested > 0 ? requested : state.defaultContextLength;
	return Math.min(contextLength, model.contextLength);
}

/** Loads the model unless it is loaded with the same load options, and returns the load time. */
export function useModel(
	state: StandInState,
	model: InstalledModel,
	options: Record<string, unknown> | undefined,
	keepAlive: unknown,
): number {
	const key = modelKey(model.name);
	const contextLength = effectiveContextLength(state, model, options);
	const loadSignature = JSON.stringify(loadOptionNames.map((name) => options?.[name] ?? null));
	const current = state.loaded.get(key);
	const isWarm =
		current !== undefined &&
		current.loadSignature === loadSignature &&
		current.expiresAt.getTime() > Date.now();

	if (!isWarm) {
		state.modelLoads.push({ model: model.name, contextLength, time: new Date() });
	}

	const keepAliveSeconds = parseKeepAliveSeconds(keepAlive);
	if (keepAliveSeconds === 0) {
		state.loaded.delete(key);
	} else {
		const expiresAt = new Date(Date.now() + keepAliveSeconds * 1000);
		state.loaded.set(key, { model, contextLength, loadSignature, expiresAt });
	}

	return isWarm ? warmLoadNanoseconds : freshLoadNanoseconds;
}

export function unloadModel(state: StandInState, model: InstalledModel): void {
	state.loaded.delete(modelKey(model.name));
}
