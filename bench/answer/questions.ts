import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { ChatRequestBody } from '../../test/standIn';
import { knowledgeFixtures } from '../knowledgeQuality';

export type Framework = 'localSlm' | 'n8n';

export interface Question {
	id: string;
	question: string;
	lang: string;
	answerable: boolean;
	expected_facts: string[];
}

export function loadQuestions(): Question[] {
	return readFileSync(join(knowledgeFixtures(), 'qa.jsonl'), 'utf8')
		.split('\n')
		.filter(Boolean)
		.map((line) => JSON.parse(line) as Question);
}

const notFound: Record<string, string> = {
	es: 'No tengo esa información; le paso la pregunta a un compañero.',
	en: "I don't have that information; I'll pass your question to a colleague.",
};

/** The reply a careful model gives: the expected facts, or that a colleague will answer. */
export function answerText(question: Question): string {
	if (!question.answerable) return notFound[question.lang] ?? notFound.en;
	return question.expected_facts.map((fact) => fact.replace(/\.$/, '')).join('. ') + '.';
}

/** Our node puts the question between tags; n8n's chain sends it as the user message. */
function questionIn(request: ChatRequestBody): string {
	const content = request.messages?.at(-1)?.content ?? '';
	return /<question>\n([\s\S]*?)\n<\/question>/.exec(content)?.[1] ?? content;
}

/**
 * The same answer text for both, in the shape each asks for: ours a JSON object citing the
 * first passage, n8n's chain plain text.
 */
export class AnswerScriptedModel {
	readonly replies: string[] = [];

	constructor(private readonly questions: Question[]) {}

	responder(framework: Framework) {
		return (request: ChatRequestBody) => {
			const text = questionIn(request);
			const question = this.questions.find((entry) => entry.question === text);
			if (!question) throw new Error('The request is about no question of qa.jsonl.');

			const answer = answerText(question);
			const reply =
				framework === 'n8n'
					? answer
					: JSON.stringify({
							found: question.answerable,
							answer,
							sources: question.answerable ? [1] : [],
						});
			this.replies.push(reply);
			return reply;
		};
	}
}
