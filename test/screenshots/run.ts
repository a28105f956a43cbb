import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { defaultOwner, startN8nServer } from '../harness';
import { projectRoot } from '../harness/paths';
import { startOllamaStandIn } from '../standIn';
import { launchBrowser } from './browser';
import { executeWorkflow, openCredential, openNodePanel, openWorkflow, signIn } from './editor';
import { answerFor } from './inbox';
import { seedEditor } from './seed';
import { classifyNodeName, classifyWorkflowNodeCount } from './workflow';

const outputFolder = path.join(projectRoot, 'docs', 'screenshots');
/** Larger pictures make the README slow to load; the editor's flat colours stay far below. */
const MAX_BYTES = 400 * 1024;

/** Stops what was started, last first, also when a step failed. */
const stops: Array<() => Promise<void>> = [];

async function stopAll(): Promise<void> {
	for (const stop of stops.splice(0).reverse()) {
		await stop().catch((error: unknown) => console.error(error));
	}
}

async function shoot(page: Page, name: string): Promise<void> {
	const file = path.join(outputFolder, name);
	await page.screenshot({ path: file });

	const { size } = await stat(file);
	if (size > MAX_BYTES) {
		throw new Error(`${file} has ${size} bytes, more than ${MAX_BYTES}. Check what it shows.`);
	}
	console.log(`Wrote ${path.relative(projectRoot, file)} (${Math.round(size / 1024)} KB)`);
}

async function main(): Promise<void> {
	await mkdir(outputFolder, { recursive: true });

	// On Ollama's own port the credential in the picture reads as users will see it; a real
	// Ollama may hold that port, and then any free one will do.
	const standIn = await startOllamaStandIn({ port: 11434 }).catch(() => startOllamaStandIn());
	standIn.setChatResponder(answerFor);
	stops.push(() => standIn.close());
	const n8n = await startN8nServer();
	stops.push(() => n8n.stop());
	const browser = await launchBrowser();
	stops.push(() => browser.close());

	const session = await n8n.setupOwner(defaultOwner);
	const seeded = await seedEditor(session, standIn.url);

	const page = browser.context.pages()[0] ?? (await browser.context.newPage());
	await signIn(page, n8n.url, defaultOwner);

	await openWorkflow(page, n8n.url, seeded.workflowId, classifyWorkflowNodeCount);
	await executeWorkflow(page, classifyWorkflowNodeCount);
	await shoot(page, 'classify-workflow.png');

	await openNodePanel(page, classifyNodeName);
	await shoot(page, 'classify-node-panel.png');

	await openCredential(page, n8n.url, seeded.ollamaCredentialId);
	await shoot(page, 'credential.png');

	if (browser.blocked.length > 0) {
		console.warn(`Refused requests outside 127.0.0.1:\n${browser.blocked.join('\n')}`);
	}
}

process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

main()
	.catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	})
	.finally(stopAll);
