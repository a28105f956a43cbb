import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import { readCategories } from '../nodes/engine/classify/categories';
import { classifyMessage, prepareClassifier } from '../nodes/engine/classify/classifyMessage';
import { cleanEmail } from '../nodes/engine/classify/cleanEmail';
import { OllamaConnection } from '../nodes/engine/ollama/connection';
import { startOllamaStandIn } from '../test/standIn';
import { mean, percentile, round } from './statistics';
import { countChatTokens, countTokens } from './tokens';

interface InboxMessage {
	subject?: string;
	body: string;
	label: string;
}

const fixtures = join(__dirname, '..', '..', 'test', 'fixtures', 'classify');

function loadInbox() {
	const messages: InboxMessage[] = readFileSync(join(fixtures, 'sme-inbox.jsonl'), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line));
	const labels = JSON.parse(
		readFileSync(join(fixtures, 'sme-inbox-categories.json'), 'utf8'),
	).labels;
	const categories = readCategories(
		Object.entries(labels).map(([name, text]) => ({
			name,
			description: (text as { en: string }).en,
		})),
	);
	return { messages, categories };
}

/** Classify over the SME inbox, the stand-in answering at once with each message's label. */
export async function benchmarkClassify() {
	const { messages, categories } = loadInbox();
	const texts = messages.map((message) => cleanEmail(message.subject ?? '', message.body).text);
	const standIn = await startOllamaStandIn();
	standIn.setChatResponder((request) => {
		const content = request.messages?.[request.messages.length - 1]?.content ?? '';
		const index = texts.findIndex((text) => content.includes(text));
		return JSON.stringify({ category: messages[index]?.label ?? 'other', confidence: 0.9 });
	});

	try {
		const connection = await OllamaConnection.open({
			baseUrl: standIn.url,
			timeoutMilliseconds: 60_000,
			allowRemoteServer: false,
		});
		const setup = {
			model: 'qwen2.5:3b',
			categories,
			prompt: {
				extraInstructions: '',
				multiLabel: false,
				includeReason: false,
				detectLanguage: false,
				detectPriority: false,
			},
			temperature: 0,
			seed: 42,
		};
		const classifier = await prepareClassifier(connection, setup, texts);
		await classifyMessage(connection, classifier, texts[0]);
		const warmUpRequests = standIn.chatRequests().length;

		const times: number[] = [];
		const heapBefore = process.memoryUsage().heapUsed;
		for (const text of texts) {
			const started = performance.now();
			await classifyMessage(connection, classifier, text);
			times.push(performance.now() - started);
		}
		const heapGrowth = process.memoryUsage().heapUsed - heapBefore;

		const requests = standIn.chatRequests().slice(warmUpRequests);
		const promptTokens = requests.map((request) => countChatTokens(request.messages ?? []));
		const messageTokens = texts.map((text) => countTokens(text));
		const fixedTokens = countChatTokens(requests[0].messages!.slice(0, 1));
		const outputTokens = countTokens(JSON.stringify({ category: 'order_status', confidence: 0.9 }));

		return {
			node: 'Local SLM Classify (engine, 9 categories, SME inbox)',
			items: texts.length,
			modelCallsPerItem: round(requests.length / texts.length, 2),
			promptTokensPerItem: round(mean(promptTokens)),
			fixedPromptTokens: fixedTokens,
			messageTokensPerItem: round(mean(messageTokens)),
			overheadTokensPerItem: round(mean(promptTokens) - mean(messageTokens)),
			sharedPrefixShare: round(fixedTokens / mean(promptTokens), 2),
			outputTokensPerItem: outputTokens,
			millisecondsPerItemMedian: round(percentile(times, 0.5), 2),
			millisecondsPerItemP95: round(percentile(times, 0.95), 2),
			heapGrowthKilobytes: round(heapGrowth / 1024, 0),
		};
	} finally {
		await standIn.close();
	}
}
