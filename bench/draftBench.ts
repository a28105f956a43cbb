import { performance } from 'node:perf_hooks';

import { draftReply } from '../nodes/engine/draftReply/draftReply';
import { buildDraftMessages, buildDraftSystemPrompt } from '../nodes/engine/draftReply/prompt';
import type { Channel } from '../nodes/engine/draftReply/voice';
import { OllamaConnection } from '../nodes/engine/ollama/connection';
import { startOllamaStandIn, type ChatRequestBody } from '../test/standIn';
import { catalogRowFacts, draftSetup, inboxDrafts, typicalDraftAnswer } from './draft/inbox';
import { mean, percentile, round } from './statistics';
import { countChatTokens, countTokens } from './tokens';

const channelOf = (request: ChatRequestBody): Channel =>
	request.messages?.[0]?.content.includes('Channel: WhatsApp') ? 'whatsapp' : 'email';

/** The system prompt, the same for every item of a channel, as counted in a whole prompt. */
const fixedTokens = (channel: Channel) =>
	countChatTokens([{ content: buildDraftSystemPrompt(draftSetup, channel) }]);

/** What one catalog row as facts adds to an item's prompt. */
function factsTokens(): number {
	const [input] = inboxDrafts();
	const userTokens = (facts: string) =>
		countTokens(buildDraftMessages('', { ...input, facts })[1].content);
	return userTokens(catalogRowFacts) - userTokens('');
}

/**
 * Draft Reply over the SME inbox with no facts given, the stand-in answering at once with a
 * typical draft for the channel; the time is the engine's own work per item.
 */
export async function benchmarkDraftReply(repetitions = 3) {
	const inputs = inboxDrafts();
	const standIn = await startOllamaStandIn();
	standIn.setChatResponder((request) => typicalDraftAnswer(channelOf(request)));

	try {
		const connection = await OllamaConnection.open({
			baseUrl: standIn.url,
			timeoutMilliseconds: 60_000,
			allowRemoteServer: false,
		});
		await draftReply(connection, draftSetup, inputs[0]);
		const warmUpRequests = standIn.chatRequests().length;

		const times: number[] = [];
		for (let repetition = 0; repetition < repetitions; repetition++) {
			for (const input of inputs) {
				const started = performance.now();
				await draftReply(connection, draftSetup, input);
				times.push(performance.now() - started);
			}
		}

		const requests = standIn.chatRequests().slice(warmUpRequests, warmUpRequests + inputs.length);
		const totals = requests.map((request) => countChatTokens(request.messages ?? []));
		const perItem = requests.map(
			(request, index) => totals[index] - fixedTokens(channelOf(request)),
		);
		return {
			node: 'Local SLM Draft Reply (engine, SME inbox, no facts, voice of a shop)',
			items: inputs.length,
			modelCallsPerItem: round((standIn.chatRequests().length - warmUpRequests) / times.length, 2),
			fixedPromptTokensEmail: fixedTokens('email'),
			fixedPromptTokensWhatsApp: fixedTokens('whatsapp'),
			perItemPromptTokensMean: round(mean(perItem)),
			perItemPromptTokensP95: percentile(perItem, 0.95),
			promptTokensPerDraftMean: round(mean(totals)),
			promptTokensPerDraftMax: Math.max(...totals),
			factsTokensOneCatalogRow: factsTokens(),
			outputTokensTypicalEmailDraft: countTokens(typicalDraftAnswer('email')),
			outputTokensTypicalWhatsAppDraft: countTokens(typicalDraftAnswer('whatsapp')),
			millisecondsPerItemMedian: round(percentile(times, 0.5), 2),
			millisecondsPerItemP95: round(percentile(times, 0.95), 2),
		};
	} finally {
		await standIn.close();
	}
}
