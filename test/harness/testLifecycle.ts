type Stage = 'stop processes' | 'remove folders';

const stages: Stage[] = ['stop processes', 'remove folders'];
const cleanups = new Map<Stage, Array<() => Promise<void>>>();
let hookInstalled = false;

async function runCleanups(): Promise<void> {
	for (const stage of stages) {
		await Promise.all((cleanups.get(stage) ?? []).map((cleanup) => cleanup()));
	}
}

/**
 * Runs cleanup after the last test of the test file that imported the harness, also when a test
 * failed or timed out; processes are stopped before their folders are removed. Jest gives every
 * test file its own copy of the harness modules and its own `process` object, whose 'exit'
 * event never fires, so a jest hook is the reliable place.
 */
export function whenTestFileEnds(stage: Stage, cleanup: () => Promise<void>): void {
	cleanups.set(stage, [...(cleanups.get(stage) ?? []), cleanup]);
	if (hookInstalled || typeof afterAll !== 'function') return;

	try {
		afterAll(runCleanups);
		hookInstalled = true;
	} catch {
		// Imported from inside a test, where jest refuses new hooks; the caller cleans up itself.
	}
}
