import type { JsonSchema } from '../../structured/jsonSchema';

export interface ExtraField {
	name: string;
	type: 'string' | 'number' | 'date' | 'boolean';
	description: string;
}

const printed = (description: string): JsonSchema => ({
	type: 'string',
	nullable: true,
	description,
});

const party: JsonSchema = {
	type: 'object',
	properties: {
		name: printed('as printed'),
		taxId: printed('NIF, CIF, NIE or VAT number as printed'),
		address: printed('one line'),
	},
	required: ['name', 'taxId', 'address'],
};

const line: JsonSchema = {
	type: 'object',
	properties: {
		description: { type: 'string' },
		quantity: printed('as printed'),
		unitPrice: printed('as printed'),
		discount: printed('percent as printed'),
		taxRate: printed('VAT percent as printed'),
		net: printed('line amount as printed'),
	},
	required: ['description', 'quantity', 'unitPrice', 'discount', 'taxRate', 'net'],
};

const taxEntry: JsonSchema = {
	type: 'object',
	properties: {
		rate: printed('VAT percent'),
		base: printed('taxable base'),
		amount: printed('VAT amount'),
		surchargeRate: printed('recargo de equivalencia percent'),
		surchargeAmount: printed('recargo de equivalencia amount'),
	},
	required: ['rate', 'base', 'amount', 'surchargeRate', 'surchargeAmount'],
};

/**
 * Every value is a string copied as printed; code turns them into numbers and dates, so the
 * model never does arithmetic or reformatting, and each value can be found in the text.
 */
export function invoiceSchema(extraFields: ExtraField[], withLines = true): JsonSchema {
	const properties: Record<string, JsonSchema> = {
		documentType: { type: 'string', enum: ['invoice', 'creditNote', 'simplifiedInvoice'] },
		invoiceNumber: printed('as printed'),
		correctedInvoiceNumber: printed('for a credit note: the invoice it corrects'),
		issueDate: printed('as printed'),
		dueDate: printed('as printed'),
		currency: printed('code or symbol as printed'),
		supplier: party,
		customer: party,
		...(withLines ? { lines: { type: 'array', items: line } as JsonSchema } : {}),
		taxBreakdown: { type: 'array', items: taxEntry },
		withholdingRate: printed('IRPF percent'),
		withholdingAmount: printed('IRPF amount'),
		netTotal: printed('total before tax'),
		taxTotal: printed('total VAT'),
		total: printed('amount payable'),
		paymentTerms: printed('as printed'),
		iban: printed('as printed'),
	};
	if (extraFields.length > 0) {
		properties.extraFields = {
			type: 'object',
			properties: Object.fromEntries(
				extraFields.map((field) => [field.name, printed(field.description || field.type)]),
			),
			required: extraFields.map((field) => field.name),
		};
	}
	return { type: 'object', properties, required: Object.keys(properties) };
}
