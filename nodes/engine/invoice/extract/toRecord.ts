import { guessDecimalSeparator, parseAmount, parsePercent } from '../normalize/amount';
import { parseDate } from '../normalize/date';
import { normalizeIban, normalizeTaxId } from '../normalize/identifiers';
import { emptyInvoice, type InvoiceRecord, type Party } from '../record';
import type { PrintedInvoice, PrintedParty } from './modelAnswer';
import type { ExtraField } from './schema';

const currencySymbols: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', 'Fr.': 'CHF' };

function currencyCode(printed: string | null): string | null {
	if (!printed) return null;
	const code = /\b[A-Z]{3}\b/.exec(printed.toUpperCase())?.[0];
	if (code) return code;
	return Object.entries(currencySymbols).find(([symbol]) => printed.includes(symbol))?.[1] ?? null;
}

const countryOfTaxId = (taxId: string | null) => {
	const prefix = taxId ? /^([A-Z]{2})[0-9A-Z]/.exec(taxId)?.[1] : undefined;
	if (prefix && prefix !== 'ES' && !/^[A-Z]\d/.test(taxId ?? '')) return prefix;
	// Spanish NIF, NIE and CIF have no country prefix: 8 digits and a letter, or X/Y/Z/letter + 7.
	return taxId && /^(ES)?([0-9XYZ]\d{7}[A-Z]|[A-HJ-NP-SUVW]\d{7}[0-9A-J])$/.test(taxId)
		? 'ES'
		: (prefix ?? null);
};

/**
 * Turns what the model copied as printed into the booked record: numbers and ISO dates made
 * by code, each printed string kept in `printed` so a person (and the source check) can see it.
 */
export function printedToRecord(answer: PrintedInvoice, extraFields: ExtraField[]): InvoiceRecord {
	const record = emptyInvoice();
	const printed: Record<string, string> = {};
	const amountTexts = [
		answer.total,
		answer.netTotal,
		answer.taxTotal,
		...(answer.lines ?? []).map((line) => line.net),
	];
	const decimalSeparator = guessDecimalSeparator(
		amountTexts.filter((text): text is string => !!text),
	);

	const amount = (path: string, text: string | null | undefined) => {
		if (!text) return null;
		printed[path] = text;
		return parseAmount(text, { decimalSeparator });
	};
	const percent = (path: string, text: string | null | undefined) => {
		if (!text) return null;
		printed[path] = text;
		return parsePercent(text) ?? parseAmount(text, { decimalSeparator });
	};
	const date = (path: string, text: string | null) => {
		if (!text) return null;
		printed[path] = text;
		return parseDate(text);
	};
	const party = (path: string, given: PrintedParty): Party => {
		const taxId = given.taxId ? normalizeTaxId(given.taxId) : null;
		if (given.taxId) printed[`${path}.taxId`] = given.taxId;
		return { name: given.name, taxId, address: given.address, countryCode: countryOfTaxId(taxId) };
	};

	record.documentType = answer.documentType;
	record.invoiceNumber = answer.invoiceNumber;
	record.correctedInvoiceNumber = answer.correctedInvoiceNumber;
	record.issueDate = date('issueDate', answer.issueDate);
	record.dueDate = date('dueDate', answer.dueDate);
	record.currency = currencyCode(answer.currency) ?? (decimalSeparator === ',' ? 'EUR' : null);
	if (answer.currency) printed.currency = answer.currency;
	record.supplier = party('supplier', answer.supplier);
	record.customer = party('customer', answer.customer);
	record.lines = (answer.lines ?? []).map((line, index) => ({
		description: line.description,
		quantity: amount(`lines[${index}].quantity`, line.quantity),
		unitPrice: amount(`lines[${index}].unitPrice`, line.unitPrice),
		discountPercent: percent(`lines[${index}].discountPercent`, line.discount),
		taxRate: percent(`lines[${index}].taxRate`, line.taxRate),
		net: amount(`lines[${index}].net`, line.net),
	}));
	record.taxBreakdown = answer.taxBreakdown.map((entry, index) => ({
		rate: percent(`taxBreakdown[${index}].rate`, entry.rate) ?? 0,
		base: amount(`taxBreakdown[${index}].base`, entry.base) ?? 0,
		amount: amount(`taxBreakdown[${index}].amount`, entry.amount) ?? 0,
		surchargeRate: percent(`taxBreakdown[${index}].surchargeRate`, entry.surchargeRate),
		surchargeAmount: amount(`taxBreakdown[${index}].surchargeAmount`, entry.surchargeAmount),
	}));
	const withholdingAmount = amount('withholding.amount', answer.withholdingAmount);
	record.withholding =
		withholdingAmount === null
			? null
			: {
					rate: percent('withholding.rate', answer.withholdingRate),
					base: null,
					amount: Math.abs(withholdingAmount),
				};
	record.netTotal = amount('netTotal', answer.netTotal);
	record.taxTotal = amount('taxTotal', answer.taxTotal);
	const surcharges = record.taxBreakdown.map((entry) => entry.surchargeAmount ?? 0);
	record.surchargeTotal = surcharges.some((value) => value !== 0)
		? Math.round(surcharges.reduce((sum, value) => sum + value, 0) * 100) / 100
		: null;
	record.total = amount('total', answer.total);
	record.paymentTerms = answer.paymentTerms;
	record.iban = answer.iban ? normalizeIban(answer.iban) : null;
	if (answer.iban) printed.iban = answer.iban;
	record.extraFields = readExtraFields(
		answer.extraFields ?? {},
		extraFields,
		printed,
		decimalSeparator,
	);
	record.printed = printed;
	return record;
}

function readExtraFields(
	given: Record<string, string | null>,
	fields: ExtraField[],
	printed: Record<string, string>,
	decimalSeparator: ',' | '.' | undefined,
) {
	const values: InvoiceRecord['extraFields'] = {};
	for (const field of fields) {
		const text = given[field.name] ?? null;
		if (text) printed[`extraFields.${field.name}`] = text;
		if (text === null) values[field.name] = null;
		else if (field.type === 'number') values[field.name] = parseAmount(text, { decimalSeparator });
		else if (field.type === 'date') values[field.name] = parseDate(text);
		else if (field.type === 'boolean')
			values[field.name] = /^(yes|sí|si|true|1|x)$/i.test(text.trim());
		else values[field.name] = text;
	}
	return values;
}
