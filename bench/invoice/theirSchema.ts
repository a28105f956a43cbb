import type { InvoiceRecord } from '../../nodes/engine/invoice/record';

const text = (description: string) => ({ type: ['string', 'null'], description });
const amount = (description: string) => ({ type: ['number', 'null'], description });

const party = {
	type: 'object',
	properties: {
		name: text('as printed'),
		taxId: text('NIF, CIF, NIE or VAT number'),
		address: text('one line'),
	},
	required: ['name', 'taxId', 'address'],
};

const line = {
	type: 'object',
	properties: {
		description: { type: 'string' },
		quantity: amount('quantity'),
		unitPrice: amount('unit price'),
		discountPercent: amount('discount in percent'),
		taxRate: amount('VAT percent'),
		net: amount('line amount before VAT'),
	},
	required: ['description', 'quantity', 'unitPrice', 'discountPercent', 'taxRate', 'net'],
};

const taxEntry = {
	type: 'object',
	properties: {
		rate: amount('VAT percent'),
		base: amount('taxable base'),
		amount: amount('VAT amount'),
		surchargeRate: amount('recargo de equivalencia percent'),
		surchargeAmount: amount('recargo de equivalencia amount'),
	},
	required: ['rate', 'base', 'amount', 'surchargeRate', 'surchargeAmount'],
};

const properties = {
	documentType: { type: 'string', enum: ['invoice', 'creditNote', 'simplifiedInvoice'] },
	invoiceNumber: text('as printed'),
	correctedInvoiceNumber: text('for a credit note: the invoice it corrects'),
	issueDate: text('YYYY-MM-DD'),
	dueDate: text('YYYY-MM-DD'),
	currency: text('ISO 4217 code'),
	supplier: party,
	customer: party,
	lines: { type: 'array', items: line },
	taxBreakdown: { type: 'array', items: taxEntry },
	withholdingRate: amount('IRPF percent'),
	withholdingAmount: amount('IRPF amount'),
	netTotal: amount('total before tax'),
	taxTotal: amount('total VAT'),
	total: amount('amount payable'),
	paymentTerms: text('as printed'),
	iban: text('IBAN'),
};

/**
 * The fields our node extracts, as a user would ask n8n's Information Extractor for them:
 * amounts as numbers and dates as ISO text, so the model converts them itself.
 */
export const theirInvoiceSchema = {
	type: 'object',
	properties,
	required: Object.keys(properties),
};

const partyAnswer = ({ name, taxId, address }: InvoiceRecord['supplier']) => ({
	name,
	taxId,
	address,
});

/** A faithful answer in that schema, inside the code block its format instructions ask for. */
export function theirAnswer(record: InvoiceRecord): string {
	const answer = {
		documentType: record.documentType,
		invoiceNumber: record.invoiceNumber,
		correctedInvoiceNumber: record.correctedInvoiceNumber,
		issueDate: record.issueDate,
		dueDate: record.dueDate,
		currency: record.currency,
		supplier: partyAnswer(record.supplier),
		customer: partyAnswer(record.customer),
		lines: record.lines.map((line) => ({
			description: line.description,
			quantity: line.quantity,
			unitPrice: line.unitPrice,
			discountPercent: line.discountPercent,
			taxRate: line.taxRate,
			net: line.net,
		})),
		taxBreakdown: record.taxBreakdown.map((entry) => ({
			rate: entry.rate,
			base: entry.base,
			amount: entry.amount,
			surchargeRate: entry.surchargeRate,
			surchargeAmount: entry.surchargeAmount,
		})),
		withholdingRate: record.withholding?.rate ?? null,
		withholdingAmount: record.withholding?.amount ?? null,
		netTotal: record.netTotal,
		taxTotal: record.taxTotal,
		total: record.total,
		paymentTerms: record.paymentTerms,
		iban: record.iban,
	};
	return `\`\`\`json\n${JSON.stringify(answer)}\n\`\`\``;
}
