import { normalizeTaxId } from '../normalize/identifiers';
import { checkSpanishTaxId, looksSpanish, type TaxIdVerdict } from './spanishTaxId';
import { passesVatCheckDigit } from './vatIdCheckDigits';
import {
	countryOfVatPrefix,
	vatIdFormat,
	vatPrefixOfCountry,
	type VatIdFormat,
} from './vatIdFormats';

export type { TaxIdVerdict } from './spanishTaxId';

function checkVatId(prefix: string, number: string, format: VatIdFormat): TaxIdVerdict {
	const kind = `VAT number of ${format.country}`;
	if (!format.pattern.test(number)) return { valid: false, kind, failure: 'format' };
	if (prefix === 'ES') return checkSpanishTaxId(number);

	const passes = passesVatCheckDigit(prefix, number);
	return passes === false ? { valid: false, kind, failure: 'checkDigit' } : { valid: true, kind };
}

function euPrefix(id: string): string | undefined {
	const prefix = id.slice(0, 2);
	return /^[A-Z]{2}$/.test(prefix) && vatIdFormat(prefix) ? prefix : undefined;
}

/**
 * Checks a tax id as the party's country reads it. An EU VAT prefix decides the country; a
 * Spanish id (or one that looks Spanish when the country is unknown) must be a valid NIF, NIE or
 * CIF; an id without prefix from another EU country is checked only when it has that country's
 * VAT number shape, since it may be a national number. Undefined when nothing can be said.
 */
export function checkTaxId(value: string, countryCode: string | null): TaxIdVerdict | undefined {
	const id = normalizeTaxId(value).replaceAll('/', '');
	const prefix = euPrefix(id);
	if (prefix) return checkVatId(prefix, id.slice(2), vatIdFormat(prefix)!);

	const country = countryCode?.toUpperCase() ?? (looksSpanish(id) ? 'ES' : null);
	if (country === 'ES') return checkSpanishTaxId(id);
	if (!country) return undefined;

	const countryPrefix = vatPrefixOfCountry(country);
	const format = vatIdFormat(countryPrefix);
	if (!format || !format.pattern.test(id)) return undefined;
	return checkVatId(countryPrefix, id, format);
}

/** The country (ISO 3166) a tax id shows by its VAT prefix or its Spanish shape, if any. */
export function countryOfTaxId(value: string): string | null {
	const id = normalizeTaxId(value);
	const prefix = euPrefix(id);
	if (prefix) return countryOfVatPrefix(prefix);
	return looksSpanish(id) ? 'ES' : null;
}

/** The id without an EU VAT prefix, to compare ids printed with and without one. */
export function withoutVatPrefix(value: string): string {
	const id = normalizeTaxId(value);
	return euPrefix(id) ? id.slice(2) : id;
}

/** A made-up id of the expected shape, for messages. */
export function taxIdExample(value: string, countryCode: string | null): string {
	const prefix = euPrefix(normalizeTaxId(value)) ?? vatPrefixOfCountry(countryCode ?? 'ES');
	if (prefix === 'ES') return '12345678Z, X1234567L or B12345678';
	return vatIdFormat(prefix)?.example ?? 'the form printed on the document';
}
