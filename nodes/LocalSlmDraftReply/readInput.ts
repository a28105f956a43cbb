import type { IExecuteFunctions } from 'n8n-workflow';

import { describeValueShort } from '../engine/classify/messageText';
import type { DraftInput, DraftSetup } from '../engine/draftReply/draftReply';
import { factsToText } from '../engine/draftReply/factsText';
import type { Channel, Formality } from '../engine/draftReply/voice';

interface VoiceParameters {
	companyName?: string;
	signature?: string;
	formality?: Formality;
	alwaysSay?: string;
	neverSay?: string;
	exampleReplies?: string;
}

interface DraftOptions {
	language?: string;
	alwaysReviewComplaints?: boolean;
	whatsAppMaximumCharacters?: number;
	extraInstructions?: string;
	temperature?: number;
	keepAlive?: string;
}

export class DraftInputError extends Error {}

/** The voice and options are the fixed part of the prompt, the same for every item. */
export function readDraftSetup(context: IExecuteFunctions): DraftSetup {
	const voice = context.getNodeParameter('voice', 0, {}) as VoiceParameters;
	const options = context.getNodeParameter('options', 0, {}) as DraftOptions;

	return {
		model: String(context.getNodeParameter('model', 0, '', { extractValue: true })).trim(),
		voice: {
			companyName: voice.companyName ?? '',
			signature: voice.signature ?? '',
			formality: voice.formality ?? 'matchMessage',
			alwaysSay: voice.alwaysSay ?? '',
			neverSay: voice.neverSay ?? '',
			exampleReplies: (voice.exampleReplies ?? '')
				.split(/^\s*---\s*$/m)
				.map((example) => example.trim())
				.filter(Boolean),
		},
		language: options.language ?? '',
		whatsAppMaximumCharacters: options.whatsAppMaximumCharacters ?? 600,
		extraInstructions: options.extraInstructions ?? '',
		alwaysReviewComplaints: options.alwaysReviewComplaints ?? true,
		temperature: options.temperature ?? 0.3,
		keepAlive: options.keepAlive || undefined,
	};
}

export function readDraftInput(context: IExecuteFunctions, itemIndex: number): DraftInput {
	const message = context.getNodeParameter('message', itemIndex, undefined);
	if (typeof message !== 'string' || !message.trim()) {
		const received = typeof message === 'string' ? 'empty text' : describeValueShort(message);
		throw new DraftInputError(
			`The message to answer should be text, but the expression gave ${received}.`,
		);
	}
	const channel = context.getNodeParameter('channel', itemIndex) as Channel;
	const subject =
		channel === 'email' ? context.getNodeParameter('originalSubject', itemIndex, '') : '';

	return {
		message,
		channel,
		facts: factsToText(context.getNodeParameter('facts', itemIndex, '')),
		customerName: String(context.getNodeParameter('customerName', itemIndex, '') ?? ''),
		originalSubject: String(subject ?? ''),
	};
}
