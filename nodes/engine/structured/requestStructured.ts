import { OllamaFailure } from '../ollama/errors';
import type { OllamaConnection } from '../ollama/connection';
import type { ChatAnswer, ChatCall } from '../ollama/types';
import { addUsage, type ModelUsage } from '../ollama/usage';
import { schemaForOllama, type JsonSchema } from './jsonSchema';
import { parseJsonAnswer } from './parseAnswer';
import { findSchemaProblem } from './validate';

export interface StructuredAnswer<T> {
	value: T;
	answer: ChatAnswer;
	usage: ModelUsage;
	repaired: boolean;
}

function problemWith(answer: ChatAnswer, schema: JsonSchema) {
	const parsed = parseJsonAnswer(answer.content);
	if (!parsed.found) {
		const cut = answer.doneReason === 'length' ? ' (the answer was cut at the length limit)' : '';
		return { message: `the answer is not JSON${cut}`, summary: `the answer is not JSON${cut}` };
	}
	const problem = findSchemaProblem(parsed.value, schema);
	if (problem) {
		return {
			message: `the field "${problem.path}" ${problem.problem}`,
			summary: `the field "${problem.path}" ${problem.summary}`,
		};
	}
	return { value: parsed.value };
}

/**
 * Asks for an answer shaped by a JSON Schema, parses it tolerantly and validates it. A wrong
 * answer gets one repair request that quotes the problem; a second wrong answer is an error.
 */
export async function requestStructured<T>(
	connection: OllamaConnection,
	call: ChatCall,
	schema: JsonSchema,
): Promise<StructuredAnswer<T>> {
	const format = schemaForOllama(schema);
	const first = await connection.chat({ ...call, format });
	const firstCheck = problemWith(first, schema);
	if (!('message' in firstCheck)) {
		return { value: firstCheck.value as T, answer: first, usage: first.usage, repaired: false };
	}

	const repair = await connection.chat({
		...call,
		format,
		messages: [
			...call.messages,
			{ role: 'assistant', content: first.content },
			{
				role: 'user',
				content: `That answer cannot be used: ${firstCheck.message}. Answer again with only the JSON object, following the schema.`,
			},
		],
	});
	const usage = addUsage(first.usage, repair.usage);
	const repairCheck = problemWith(repair, schema);
	if (!('message' in repairCheck)) {
		return { value: repairCheck.value as T, answer: repair, usage, repaired: true };
	}

	throw Object.assign(
		new OllamaFailure(
			'invalidAnswer',
			`The model's answer is not usable: ${repairCheck.summary}.`,
			`The model "${call.model}" did not follow the requested format, even when asked again. Try a larger or more recent model, or simplify the instructions.`,
		),
		{ usage },
	);
}
