import type { InvoiceRecord } from '../record';
import { countryOfTaxId } from './taxId';

/**
 * A credit note names itself in a heading ("FACTURA RECTIFICATIVA", "Credit note 12"); the
 * same words inside a sentence, as in terms of sale, do not make one.
 */
const creditNoteWords = [
	'factura rectificativa',
	'rectificativa',
	'nota de (?:abono|cr[eé]dito)',
	'factura de abono',
	'credit note',
	"facture d'avoir",
	'avoir',
	'nota di credito',
	'creditnota',
	'rechnungskorrektur',
	'stornorechnung',
];
const creditNoteHeading = new RegExp(`^\\s*(?:${creditNoteWords.join('|')})\\b.{0,40}$`, 'im');

const reverseChargeWords = new RegExp(
	[
		'inversi[oó]n del sujeto pasivo',
		'reverse charge',
		'autoliquidaci[oó]n',
		'autoliquidation',
		'steuerschuldnerschaft des leistungsempf',
		'inversione contabile',
		'btw verlegd',
		'autoliquida[cç][aã]o',
		'entrega intracomunitaria',
		'intra-community supply',
		'livraison intracommunautaire',
		'innergemeinschaftliche lieferung',
	].join('|'),
	'i',
);

/** Why a document reads as a credit note whatever its type says: a negative total, or its words. */
export function creditNoteEvidence(
	record: InvoiceRecord,
	sourceText: string | undefined,
): 'negativeTotal' | 'words' | undefined {
	if (record.total !== null && record.total < 0) return 'negativeTotal';
	if (sourceText !== undefined && creditNoteHeading.test(sourceText)) return 'words';
	return undefined;
}

export function isCreditNote(record: InvoiceRecord, sourceText: string | undefined): boolean {
	return (
		record.documentType === 'creditNote' || creditNoteEvidence(record, sourceText) !== undefined
	);
}

/** The supplier's country: its VAT prefix first, then the country printed, then a Spanish NIF. */
export function supplierCountry(record: InvoiceRecord): string | null {
	const { taxId, countryCode } = record.supplier;
	const byTaxId = taxId ? countryOfTaxId(taxId) : null;
	const hasPrefix = taxId !== null && /^[A-Z]{2}/i.test(taxId.trim());
	if (byTaxId && hasPrefix) return byTaxId;
	return countryCode?.toUpperCase() ?? byTaxId;
}

/**
 * Whether no tax is charged because the customer accounts for it: the document says so
 * (inversión del sujeto pasivo, reverse charge), or the customer has a VAT id of another EU
 * country than the supplier's.
 */
export function isReverseCharge(
	record: InvoiceRecord,
	sourceText: string | undefined,
	supplier: string | null,
): boolean {
	if (sourceText !== undefined && reverseChargeWords.test(sourceText)) return true;
	if (record.paymentTerms && reverseChargeWords.test(record.paymentTerms)) return true;

	const customerTaxId = record.customer.taxId;
	if (!customerTaxId || !/^[A-Z]{2}/i.test(customerTaxId.trim())) return false;
	const customer = countryOfTaxId(customerTaxId);
	return customer !== null && supplier !== null && customer !== supplier;
}
