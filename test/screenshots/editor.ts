import type { Page } from 'playwright-core';

import type { OwnerAccount } from '../harness';

const EDITOR_TIMEOUT_MS = 60_000;
/** Lets transitions and the lists that load after a panel opens come to rest. */
const SETTLE_MS = 1500;
/** A toast that has not come by then is not coming; it may also have closed already. */
const TOAST_WAIT_MS = 5_000;

/** Signs in through the form as a person would, and waits for the editor to leave /signin. */
export async function signIn(page: Page, url: string, owner: OwnerAccount): Promise<void> {
	await page.goto(`${url}/signin`);

	await page.locator('input[type="email"]').fill(owner.email);
	await page.locator('input[type="password"]').fill(owner.password);
	await page.locator('[data-test-id="form-submit-button"]').click();

	await page.waitForURL((address) => !address.pathname.startsWith('/signin'), {
		timeout: EDITOR_TIMEOUT_MS,
	});
}

/** Opens the workflow and waits until every node is drawn. */
export async function openWorkflow(
	page: Page,
	url: string,
	workflowId: string,
	nodeCount: number,
): Promise<void> {
	await page.goto(`${url}/workflow/${workflowId}`);

	// The canvas draws nodes one after the other; the last one tells that all are there.
	const nodes = page.locator('[data-test-id="canvas-node"]');
	await nodes.nth(nodeCount - 1).waitFor({ timeout: EDITOR_TIMEOUT_MS });
	await page.waitForTimeout(SETTLE_MS);
}

/** Runs the workflow from the canvas and waits until every node after the trigger succeeded. */
export async function executeWorkflow(page: Page, nodeCount: number): Promise<void> {
	await page.locator('[data-test-id="execute-workflow-button"]').click();

	const succeeded = page.locator('[data-test-id="canvas-node-status-success"]');
	await succeeded.nth(nodeCount - 2).waitFor({ timeout: EDITOR_TIMEOUT_MS });
	await dismissNotifications(page);
}

/** Closes the toasts ("Workflow executed successfully") that would cover a corner. */
async function dismissNotifications(page: Page): Promise<void> {
	const closeButtons = page.locator('.el-notification__closeBtn');
	await closeButtons
		.first()
		.waitFor({ timeout: TOAST_WAIT_MS })
		.catch(() => undefined);

	for (const button of await closeButtons.all()) await button.click();
	await page.locator('.el-notification').first().waitFor({ state: 'detached' });
	await page.waitForTimeout(SETTLE_MS);
}

/** Opens a node's parameter panel by double-clicking it on the canvas. */
export async function openNodePanel(page: Page, nodeName: string): Promise<void> {
	const node = page.locator('[data-test-id="canvas-node"]').filter({ hasText: nodeName });
	await node.dblclick();

	await page.locator('[data-test-id="node-parameters"]').waitFor({ timeout: EDITOR_TIMEOUT_MS });
	// The JSON view shows the classification the node added, which the table puts off screen.
	await page.locator('[data-test-id="output-panel"] [data-test-id="radio-button-json"]').click();
	await page.waitForTimeout(SETTLE_MS);
}

/** Opens a credential's form at its own address, over the credentials list. */
export async function openCredential(page: Page, url: string, credentialId: string): Promise<void> {
	await page.goto(`${url}/home/credentials/${credentialId}`);

	await page.locator('[data-test-id="credential-edit-dialog"]').waitFor({
		timeout: EDITOR_TIMEOUT_MS,
	});
	await page.waitForTimeout(SETTLE_MS);
}
