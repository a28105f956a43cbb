import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { answerQuestion, totalUsage, type AnswerSetup } from '../engine/answer/answerQuestion';
import { ConversationMemory } from '../engine/answer/conversationMemory';
import { SqliteKnowledgeStore } from '../engine/knowledge';
import { openConnection } from '../shared/connection';
import { databasePath, refuseForeignDatabase, ollamaEmbedder } from '../shared/knowledgeStore';
import { toNodeError } from '../shared/nodeErrors';
import { prepareOrFailure, processItems, routeOutcomes } from '../shared/perItem';

const answeredOutput = 0;
const notFoundOutput = 1;

interface AnswerOptions extends Partial<AnswerSetup> {
	lastTurns?: number;
	conversationMinutes?: number;
	databasePath?: string;
}

const model = (context: IExecuteFunctions, name: string) =>
	String(context.getNodeParameter(name, 0, '', { extractValue: true })).trim();

export async function executeAnswer(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const options = this.getNodeParameter('options', 0, {}) as AnswerOptions;
	const setup: AnswerSetup = {
		chatModel: model(this, 'chatModel'),
		style: this.getNodeParameter('style', 0) as AnswerSetup['style'],
		language: options.language ?? '',
		extraInstructions: options.extraInstructions ?? '',
		topK: options.topK ?? 5,
		minimumScore: options.minimumScore ?? 0.2,
		temperature: options.temperature ?? 0.1,
		keepAlive: options.keepAlive || undefined,
	};
	const lastTurns = options.lastTurns ?? 3;
	if (items.length === 0) return [[], []];

	const path = databasePath(options.databasePath);
	try {
		refuseForeignDatabase(path);
	} catch (error) {
		throw toNodeError(this.getNode(), error);
	}
	const store = SqliteKnowledgeStore.open(path);
	const memory = ConversationMemory.open(path);
	try {
		const connection = await prepareOrFailure(this, async () => await openConnection(this));
		const embeddingModel = model(this, 'embeddingModel');

		const outcomes = await processItems(this, items.length, 1, async (itemIndex) => {
			if (connection instanceof Error) throw connection;
			const question = this.getNodeParameter('question', itemIndex, undefined);
			if (typeof question !== 'string' || !question.trim()) {
				throw new NodeOperationError(this.getNode(), 'The question is empty or not text.', {
					itemIndex,
					description: 'Point "Question" at the field that holds the customer question.',
				});
			}
			const knowledgeBase = String(this.getNodeParameter('knowledgeBase', itemIndex)).trim();
			if (!(await store.knowledgeBase(knowledgeBase))) {
				throw new NodeOperationError(
					this.getNode(),
					`There is no knowledge base "${knowledgeBase}".`,
					{
						itemIndex,
						description: `Names are case-sensitive. Check "Knowledge Base" and "Database File" (${path}), or add documents with the Knowledge Base node first.`,
					},
				);
			}
			const key = String(this.getNodeParameter('conversationKey', itemIndex, '') ?? '').trim();
			const earlier = key
				? memory.lastTurns(knowledgeBase, key, lastTurns, options.conversationMinutes ?? 120)
				: [];

			const embedder = ollamaEmbedder(connection, embeddingModel);
			const result = await answerQuestion(connection, store, embedder, knowledgeBase, setup, {
				question,
				earlier,
			});
			if (key && result.found && lastTurns > 0) {
				memory.remember(knowledgeBase, key, { question, answer: result.answer }, lastTurns);
			}
			this.logger.debug('Answered from knowledge', {
				itemIndex,
				found: result.found,
				notFoundReason: result.notFoundReason,
				sources: result.sources.map((source) => source.citation),
			});

			return {
				outputs: [result.found ? answeredOutput : notFoundOutput],
				item: {
					json: {
						...items[itemIndex].json,
						question,
						answer: result.answer,
						found: result.found,
						sources: result.sources,
						...(result.notFoundReason
							? { notFoundReason: result.notFoundReason, reason: result.reason }
							: {}),
						knowledgeBase,
						usage: {
							...totalUsage(result),
							embedding: result.usage.embedding,
							chat: result.usage.chat,
						},
					},
					binary: items[itemIndex].binary,
					pairedItem: { item: itemIndex },
				},
			};
		});
		return routeOutcomes(this, items, outcomes, 2, notFoundOutput);
	} finally {
		memory.close();
		await store.close();
	}
}
