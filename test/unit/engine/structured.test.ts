import { schemaForOllama, type JsonSchema } from '../../../nodes/engine/structured/jsonSchema';
import { parseJsonAnswer, withoutThinking } from '../../../nodes/engine/structured/parseAnswer';
import { findSchemaProblem } from '../../../nodes/engine/structured/validate';

const schema: JsonSchema = {
	type: 'object',
	properties: {
		category: { type: 'string', enum: ['support', 'sales'] },
		confidence: { type: 'number' },
		reason: { type: 'string', nullable: true },
	},
	required: ['category', 'confidence'],
};

describe('parsing the model answer', () => {
	it('reads plain JSON', () => {
		expect(parseJsonAnswer('{"a":1}')).toEqual({ found: true, value: { a: 1 } });
	});

	it('reads JSON inside a json code fence', () => {
		expect(parseJsonAnswer('```json\n{"a": 1}\n```')).toEqual({ found: true, value: { a: 1 } });
	});

	it('reads the first JSON value after a sentence and ignores text after it', () => {
		const answer = 'Sure! Here it is: {"a": {"b": [1, 2]}} Hope that helps {"c": 3}';
		expect(parseJsonAnswer(answer)).toEqual({ found: true, value: { a: { b: [1, 2] } } });
	});

	it('skips a think block before the JSON', () => {
		const answer = '<think>The user wants {"wrong": true}</think>\n{"category":"sales"}';
		expect(parseJsonAnswer(answer)).toEqual({ found: true, value: { category: 'sales' } });
	});

	it('treats an unclosed think block as no answer', () => {
		expect(withoutThinking('<think>still thinking {"a":1}')).toBe('');
		expect(parseJsonAnswer('<think>still thinking {"a":1}')).toEqual({ found: false });
	});

	it('keeps braces that stand inside JSON strings', () => {
		const answer = '{"reason": "he wrote } and { in the mail", "n": 1}';
		expect(parseJsonAnswer(answer)).toEqual({
			found: true,
			value: { reason: 'he wrote } and { in the mail', n: 1 },
		});
	});

	it('skips a broken brace group and finds the JSON after it', () => {
		expect(parseJsonAnswer('{not json} then {"ok": true}')).toEqual({
			found: true,
			value: { ok: true },
		});
	});

	it('says nothing was found in prose', () => {
		expect(parseJsonAnswer('I cannot classify this.')).toEqual({ found: false });
	});
});

describe('validating against the schema', () => {
	it('accepts a complete answer', () => {
		expect(
			findSchemaProblem({ category: 'sales', confidence: 0.9, reason: 'x' }, schema),
		).toBeUndefined();
	});

	it('accepts null for an optional field', () => {
		expect(
			findSchemaProblem({ category: 'sales', confidence: 1, reason: null }, schema),
		).toBeUndefined();
	});

	it('names a missing required field', () => {
		expect(findSchemaProblem({ confidence: 1 }, schema)).toEqual({
			path: 'category',
			problem: 'is missing',
			summary: 'is missing',
		});
	});

	it('names a value outside the enum and lists the allowed ones', () => {
		expect(findSchemaProblem({ category: 'urgent', confidence: 1 }, schema)).toEqual({
			path: 'category',
			problem: 'is "urgent", not one of "support", "sales"',
			summary: 'is not one of "support", "sales"',
		});
	});

	it('names a field of the wrong type', () => {
		expect(findSchemaProblem({ category: 'sales', confidence: 'high' }, schema)?.path).toBe(
			'confidence',
		);
	});

	it('checks array entries and names their position', () => {
		const listSchema: JsonSchema = { type: 'array', items: { type: 'string', enum: ['a'] } };
		expect(findSchemaProblem(['a', 'b'], listSchema)?.path).toBe('the answer[1]');
	});
});

describe('the schema sent to Ollama', () => {
	it('writes nullable fields as a type union and keeps required names', () => {
		expect(schemaForOllama(schema)).toEqual({
			type: 'object',
			properties: {
				category: { type: 'string', enum: ['support', 'sales'] },
				confidence: { type: 'number' },
				reason: { type: ['string', 'null'] },
			},
			required: ['category', 'confidence'],
		});
	});
});
