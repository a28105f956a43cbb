import type { JsonSchema } from '../structured/jsonSchema';

export interface DraftAnswer {
	language: string;
	reply: string;
	asksForFacts: boolean;
	isComplaint: boolean;
}

export const draftSchema: JsonSchema = {
	type: 'object',
	properties: {
		language: { type: 'string', maxLength: 8 },
		reply: { type: 'string', minLength: 1 },
		asksForFacts: { type: 'boolean' },
		isComplaint: { type: 'boolean' },
	},
	required: ['language', 'reply', 'asksForFacts', 'isComplaint'],
};
