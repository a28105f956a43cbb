import type { InvoiceRecord, ValidationProblem } from '../record';

/** What every check reads: the record, the settled options and what the document is. */
export interface CheckContext {
	record: InvoiceRecord;
	sourceText: string | undefined;
	requiredFields: string[];
	toleranceCents: number;
	computedFields: Set<string>;
	/** ISO date that "the future" is measured from. */
	today: string;
	/** A credit note, by its type, a negative total or the document's own words. */
	creditNote: boolean;
	simplified: boolean;
	/** Reverse charge or an intra-EU supply, where a rate may be printed with no tax charged. */
	reverseCharge: boolean;
	/** The supplier's country (ISO 3166) by its tax id prefix, its country code or its NIF. */
	supplierCountry: string | null;
}

export type Check = (context: CheckContext) => ValidationProblem[];
