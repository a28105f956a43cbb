import { connect, connections } from '../n8n/support/workflowParts';
import { pinnedEmails } from './inbox';

export const classifyNodeName = 'Classify Message';

/** Each output of the Classify node and the business step it leads to, top to bottom. */
const steps = [
	{ output: 'support', step: 'Open Support Ticket' },
	{ output: 'sales', step: 'Notify Sales Team' },
	{ output: 'billing', step: 'Forward to Accounting' },
	{ output: 'spam', step: 'Archive as Spam' },
	{ output: 'Other / Unsure', step: 'Review by Hand' },
];

const categories = [
	{ name: 'support', description: 'A problem or question about something already bought.' },
	{ name: 'sales', description: 'A request for a price, quote, availability or booking.' },
	{ name: 'billing', description: 'About an invoice, a charge, a refund or payment details.' },
	{ name: 'spam', description: 'Advertising, phishing or mail nobody asked for.' },
];

const stepSpacing = 140;

/** The trigger, the Classify node and one step per output. */
export const classifyWorkflowNodeCount = 2 + steps.length;

/**
 * Inbox e-mails routed by our Classify node to one business step per category. The trigger's
 * e-mails are pinned, so a run in the editor reads no mailbox.
 */
export function classifyWorkflow(credentials: { imap: string; ollama: string }) {
	const trigger = {
		id: 'mailbox',
		name: 'New Email in Inbox',
		type: 'n8n-nodes-base.emailReadImap',
		typeVersion: 2.2,
		position: [0, 0],
		parameters: { mailbox: 'INBOX', postProcessAction: 'read', options: {} },
		credentials: { imap: { id: credentials.imap, name: 'Company Mailbox' } },
	};

	const classify = {
		id: 'classify',
		name: classifyNodeName,
		type: 'n8n-nodes-local-slm.localSlmClassify',
		typeVersion: 1,
		position: [300, 0],
		parameters: {
			model: { __rl: true, mode: 'list', value: 'qwen2.5:3b', cachedResultName: 'qwen2.5:3b' },
			inputMode: 'email',
			categorySource: 'fields',
			categories: { category: categories },
			options: {},
		},
		credentials: { localSlmApi: { id: credentials.ollama, name: 'Local Ollama' } },
	};

	const middle = ((steps.length - 1) * stepSpacing) / 2;
	const stepNodes = steps.map(({ step }, index) => ({
		id: step.replace(/\W/g, ''),
		name: step,
		type: 'n8n-nodes-base.noOp',
		typeVersion: 1,
		position: [720, index * stepSpacing - middle],
		parameters: {},
	}));

	return {
		name: 'Sort the inbox',
		nodes: [trigger, classify, ...stepNodes],
		connections: connections([
			connect(trigger.name, classify.name),
			...steps.map(({ step }, index) => connect(classify.name, step, index)),
		]),
		pinData: { [trigger.name]: pinnedEmails },
		settings: { executionOrder: 'v1' },
		active: false,
	};
}
