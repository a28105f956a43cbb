import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';

import type { Page } from 'playwright-core';

import { defaultOwner, startN8nServer, type Session } from '../harness';
import { projectRoot } from '../harness/paths';
import {
	readTemplate,
	templateFileNames,
	useCredential,
	type Template,
} from '../n8n/templates/templateFiles';
import { launchBrowser } from './browser';
import { openWorkflow, signIn } from './editor';

const outputFolder = path.join(projectRoot, 'docs', 'screenshots');
const MAX_BYTES = 400 * 1024;
/** Wider than the other pictures: a whole business process has to fit on the canvas. */
const viewport = { width: 1800, height: 1000 };

/**
 * Credentials of every kind the templates ask for, so that the canvas shows them as a user
 * sees them once set up. Nothing is activated, so none of them is ever used.
 */
const credentials = [
	{
		nodeType: 'localSlm',
		type: 'localSlmApi',
		name: 'Local Ollama',
		data: {
			baseUrl: 'http://127.0.0.1:11434',
			apiKey: '',
			timeoutMinutes: 10,
			allowRemoteServer: false,
		},
	},
	{
		nodeType: 'n8n-nodes-base.emailReadImap',
		type: 'imap',
		name: 'Company Mailbox',
		data: { user: 'inbox', password: 'unused', host: '127.0.0.1', port: 993, secure: true },
	},
	{
		nodeType: 'n8n-nodes-base.emailSend',
		type: 'smtp',
		name: 'Company SMTP',
		data: { user: 'n8n', password: 'unused', host: '127.0.0.1', port: 465, secure: true },
	},
	{
		nodeType: 'n8n-nodes-base.whatsApp',
		type: 'whatsAppApi',
		name: 'WhatsApp Business',
		data: { accessToken: 'unused', businessAccountId: '000000000000000' },
	},
	{
		nodeType: 'n8n-nodes-base.whatsAppTrigger',
		type: 'whatsAppTriggerApi',
		name: 'WhatsApp App',
		data: { clientId: '000000000000000', clientSecret: 'unused' },
	},
];

async function post(session: Session, address: string, body: object): Promise<string> {
	const response = await session.request(address, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	if (!response.ok) {
		throw new Error(`POST ${address} answered ${response.status}: ${await response.text()}`);
	}
	return ((await response.json()) as { data: { id: string } }).data.id;
}

async function withCredentials(session: Session, template: Template): Promise<Template> {
	for (const credential of credentials) {
		const types = [...new Set(template.nodes.map((node) => node.type))].filter((type) =>
			type.includes(credential.nodeType),
		);
		if (types.length === 0) continue;

		const { nodeType: _nodeType, ...body } = credential;
		const id = await post(session, '/rest/credentials', body);
		for (const type of types) {
			useCredential(template, type, credential.type, { id, name: credential.name });
		}
	}
	return template;
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

/** Imports every template workflow into a fresh n8n and saves a picture of its canvas. */
async function main(): Promise<void> {
	await mkdir(outputFolder, { recursive: true });
	const n8n = await startN8nServer();
	const browser = await launchBrowser().catch(async (error: unknown) => {
		await n8n.stop();
		throw error;
	});

	try {
		const session = await n8n.setupOwner(defaultOwner);
		const page = browser.context.pages()[0] ?? (await browser.context.newPage());
		await page.setViewportSize(viewport);
		await signIn(page, n8n.url, defaultOwner);

		for (const fileName of templateFileNames()) {
			const template = await withCredentials(session, readTemplate(fileName));
			const { id: _id, ...body } = template;
			const workflowId = await post(session, '/rest/workflows', body);

			const steps = template.nodes.filter((node) => node.type !== 'n8n-nodes-base.stickyNote');
			await openWorkflow(page, n8n.url, workflowId, steps.length);
			await shoot(page, `template-${fileName.replace(/\.json$/, '')}.png`);
		}

		if (browser.blocked.length > 0) {
			console.warn(`Refused requests outside 127.0.0.1:\n${browser.blocked.join('\n')}`);
		}
	} finally {
		await browser.close();
		await n8n.stop();
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
