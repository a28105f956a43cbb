/** The part of JSON Schema that Ollama's grammar enforces, and that we validate ourselves. */
export interface JsonSchema {
	type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
	properties?: Record<string, JsonSchema>;
	required?: string[];
	items?: JsonSchema;
	minItems?: number;
	maxItems?: number;
	enum?: Array<string | number | boolean | null>;
	const?: string | number | boolean | null;
	minLength?: number;
	maxLength?: number;
	description?: string;
	/** Ours, not sent: the field may be null or left out. */
	nullable?: boolean;
}

/**
 * Writes the schema in the form Ollama's grammar converter understands. A nullable field
 * becomes `type: [x, "null"]`, which the converter supports, and our own keys are dropped.
 */
export function schemaForOllama(schema: JsonSchema): Record<string, unknown> {
	const converted: Record<string, unknown> = {};

	if (schema.type) converted.type = schema.nullable ? [schema.type, 'null'] : schema.type;
	if (schema.enum) {
		converted.enum =
			schema.nullable && !schema.enum.includes(null) ? [...schema.enum, null] : schema.enum;
	}
	if (schema.const !== undefined) converted.const = schema.const;
	for (const key of ['minItems', 'maxItems', 'minLength', 'maxLength', 'description'] as const) {
		if (schema[key] !== undefined) converted[key] = schema[key];
	}
	if (schema.items) converted.items = schemaForOllama(schema.items);
	if (schema.properties) {
		converted.properties = Object.fromEntries(
			Object.entries(schema.properties).map(([name, property]) => [
				name,
				schemaForOllama(property),
			]),
		);
		converted.required = schema.required ?? [];
	}

	return converted;
}
