import type { JsonSchema } from '../structured/jsonSchema';
import { noMatchLabel, type Category } from './categories';

export interface ClassifyOptions {
	multiLabel: boolean;
	includeReason: boolean;
	detectLanguage: boolean;
	detectPriority: boolean;
}

/**
 * The category is an enum of the user's names plus "none", so the grammar cannot produce any
 * other label whatever the message says. The category comes first: its tokens carry the
 * probabilities the confidence is read from.
 */
export function classificationSchema(categories: Category[], options: ClassifyOptions): JsonSchema {
	const names = [...categories.map((category) => category.name), noMatchLabel];
	const properties: Record<string, JsonSchema> = options.multiLabel
		? {
				categories: {
					type: 'array',
					items: { type: 'string', enum: names },
					maxItems: names.length,
				},
			}
		: { category: { type: 'string', enum: names } };

	properties.confidence = { type: 'number' };
	if (options.includeReason) properties.reason = { type: 'string', maxLength: 200, nullable: true };
	if (options.detectLanguage)
		properties.language = { type: 'string', maxLength: 8, nullable: true };
	if (options.detectPriority) {
		properties.priority = { type: 'string', enum: ['low', 'normal', 'high'], nullable: true };
	}

	return {
		type: 'object',
		properties,
		required: Object.keys(properties).filter((name) => !properties[name].nullable),
	};
}
