import type { JsonSchema } from './jsonSchema';

export interface SchemaProblem {
	path: string;
	/** With the offending value, for the repair request to the model. */
	problem: string;
	/** Without it, for error messages: the value may quote customer text. */
	summary: string;
}

function typeOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	if (typeof value === 'number' && Number.isInteger(value)) return 'integer';
	return typeof value;
}

function matchesType(value: unknown, type: JsonSchema['type']): boolean {
	const actual = typeOf(value);
	if (type === 'number') return actual === 'number' || actual === 'integer';
	return actual === type;
}

function describe(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Checks a parsed answer against the schema; returns the first problem, naming the field. */
export function findSchemaProblem(
	value: unknown,
	schema: JsonSchema,
	path = '',
): SchemaProblem | undefined {
	const where = path || 'the answer';
	if (value === null || value === undefined) {
		if (schema.nullable) return undefined;
		return { path: where, problem: 'is missing', summary: 'is missing' };
	}
	if (schema.type && !matchesType(value, schema.type)) {
		return {
			path: where,
			problem: `should be ${schema.type} but is ${describe(value)}`,
			summary: `should be ${schema.type}`,
		};
	}
	if (schema.enum && !schema.enum.includes(value as string)) {
		const allowed = schema.enum.filter((option) => option !== null).map((option) => `"${option}"`);
		return {
			path: where,
			problem: `is ${describe(value)}, not one of ${allowed.join(', ')}`,
			summary: `is not one of ${allowed.join(', ')}`,
		};
	}
	if (schema.const !== undefined && value !== schema.const) {
		const expected = `should be ${describe(schema.const)}`;
		return { path: where, problem: expected, summary: expected };
	}
	if (Array.isArray(value)) return findArrayProblem(value, schema, where);
	if (schema.properties && typeof value === 'object') {
		return findObjectProblem(value as Record<string, unknown>, schema, path);
	}
	return undefined;
}

function findArrayProblem(value: unknown[], schema: JsonSchema, where: string) {
	if (schema.minItems !== undefined && value.length < schema.minItems) {
		const needed = `needs at least ${schema.minItems} entries`;
		return { path: where, problem: needed, summary: needed };
	}
	if (schema.maxItems !== undefined && value.length > schema.maxItems) {
		const tooMany = `has more than ${schema.maxItems} entries`;
		return { path: where, problem: tooMany, summary: tooMany };
	}
	if (!schema.items) return undefined;
	for (const [index, entry] of value.entries()) {
		const problem = findSchemaProblem(entry, schema.items, `${where}[${index}]`);
		if (problem) return problem;
	}
	return undefined;
}

function findObjectProblem(value: Record<string, unknown>, schema: JsonSchema, path: string) {
	const required = new Set(schema.required ?? []);
	for (const [name, property] of Object.entries(schema.properties ?? {})) {
		const fieldPath = path ? `${path}.${name}` : name;
		if (!(name in value) || value[name] === null) {
			if (required.has(name) && !property.nullable) {
				return { path: fieldPath, problem: 'is missing', summary: 'is missing' };
			}
			continue;
		}
		const problem = findSchemaProblem(value[name], property, fieldPath);
		if (problem) return problem;
	}
	return undefined;
}
