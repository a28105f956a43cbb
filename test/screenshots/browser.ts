import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's chromium, installed by scripts/screenshots.sh; playwright never downloads one. */
const executablePath = process.env.LOCAL_SLM_CHROMIUM ?? '/usr/bin/chromium';

const chromiumFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage',
	// Any host name but the loopback address fails to resolve, so nothing can leave the machine.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface Browser {
	context: BrowserContext;
	/** Addresses the editor asked for outside 127.0.0.1; each was refused. */
	blocked: string[];
	close(): Promise<void>;
}

function isLoopback(address: string): boolean {
	const url = new URL(address);
	return !url.protocol.startsWith('http') || url.hostname === '127.0.0.1';
}

/** Chromium with an empty profile, at the size the README shows, talking to 127.0.0.1 only. */
export async function launchBrowser(): Promise<Browser> {
	const profile = await mkdtemp(path.join(os.tmpdir(), 'local-slm-chromium-'));
	const blocked: string[] = [];

	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		args: chromiumFlags,
		viewport: { width: 1400, height: 900 },
		deviceScaleFactor: 1,
		locale: 'en-US',
		timezoneId: 'UTC',
	});

	await context.route('**/*', async (route) => {
		const address = route.request().url();
		if (isLoopback(address)) return await route.continue();

		blocked.push(address);
		await route.abort('blockedbyclient');
	});

	return {
		context,
		blocked,
		close: async () => {
			await context.close();
			await rm(profile, { recursive: true, force: true });
		},
	};
}
