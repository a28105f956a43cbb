import { randomUUID } from 'node:crypto';

import {
	fillSettings,
	insertAfter,
	nodesOfType,
	readTemplate,
	replaceNode,
	useCredential,
	type Template,
} from './templateFiles';
import { smtpReference } from './modelCalls';

export const webhookPath = 'whatsapp-assistant-test';

/** The JavaScript inside a parameter that is one expression, such as "={{ $json.a }}". */
function innerExpression(parameter: unknown): string {
	const match = /^=\{\{ ([\s\S]*) \}\}$/.exec(String(parameter));
	if (!match || match[1].includes('}}')) {
		throw new Error(`Expected one expression, got ${String(parameter)}.`);
	}
	return match[1];
}

/**
 * What n8n's WhatsApp Trigger makes of a Cloud API webhook call: one item per change, its value
 * with the field's name, and (as the template asks) no message status updates.
 */
const unwrapCode = [
	'const body = $input.first().json.body;',
	"if (body?.object !== 'whatsapp_business_account') return [];",
	'return body.entry',
	'\t.flatMap((entry) => entry.changes)',
	'\t.map((change) => ({ ...change.value, field: change.field }))',
	'\t.filter((event) => !event.statuses)',
	'\t.map((json) => ({ json }));',
].join('\n');

/**
 * The WhatsApp assistant as a test can run it: Meta cannot reach a test's n8n, so a Webhook
 * node takes the trigger's place, followed by the trigger's own unwrapping; and each WhatsApp
 * send node becomes an HTTP Request that posts the body the WhatsApp node would send to the
 * Graph API, to a recorder instead. Everything in between is the template, unchanged.
 */
export function whatsAppTestCopy(graphApiUrl: string, settings: Record<string, string>): Template {
	const workflow = readTemplate('whatsapp-assistant.json');
	fillSettings(workflow, settings);
	useCredential(workflow, 'n8n-nodes-base.emailSend', 'smtp', smtpReference);

	replaceNode(workflow, 'New WhatsApp Message', {
		type: 'n8n-nodes-base.webhook',
		typeVersion: 2.1,
		parameters: { httpMethod: 'POST', path: webhookPath, responseMode: 'onReceived', options: {} },
		webhookId: randomUUID(),
	});
	insertAfter(workflow, 'New WhatsApp Message', {
		id: randomUUID(),
		name: 'Unwrap Like the WhatsApp Trigger',
		type: 'n8n-nodes-base.code',
		typeVersion: 2,
		position: [110, 480],
		parameters: { jsCode: unwrapCode },
	});

	for (const sender of nodesOfType(workflow, 'n8n-nodes-base.whatsApp')) {
		const { phoneNumberId, recipientPhoneNumber, textBody } = sender.parameters;
		const body = [
			"messaging_product: 'whatsapp'",
			`to: String(${innerExpression(recipientPhoneNumber)}).replace(/[-()+]/g, '')`,
			"type: 'text'",
			`text: { body: ${innerExpression(textBody)} }`,
		].join(', ');
		replaceNode(workflow, sender.name, {
			type: 'n8n-nodes-base.httpRequest',
			typeVersion: 4.2,
			parameters: {
				method: 'POST',
				url: `=${graphApiUrl}/v13.0/{{ ${innerExpression(phoneNumberId)} }}/messages`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody: `={{ JSON.stringify({ ${body} }) }}`,
				options: {},
			},
		});
	}
	return workflow;
}
