import { EInvoiceError } from './errors';
import { parseXml, type XmlElement } from './xmlTree';

export type EInvoiceFormat = 'facturae' | 'ciiXml' | 'ublXml';

const roots: { name: string; namespace: string; format: EInvoiceFormat }[] = [
	{
		name: 'CrossIndustryInvoice',
		namespace: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
		format: 'ciiXml',
	},
	{
		name: 'CrossIndustryDocument',
		namespace: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
		format: 'ciiXml',
	},
	{
		name: 'Invoice',
		namespace: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
		format: 'ublXml',
	},
	{
		name: 'CreditNote',
		namespace: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
		format: 'ublXml',
	},
];

export const acceptedFormats =
	'UN/CEFACT CII (Factur-X, ZUGFeRD 2, XRechnung), ZUGFeRD 1.0, UBL 2.1 Invoice or CreditNote, Facturae 3.2.x';

export function formatOfRoot(root: XmlElement): EInvoiceFormat | undefined {
	// Facturae versions each have their own namespace, and generators in the wild misspell it.
	if (root.name === 'Facturae' && /facturae/i.test(root.namespace)) return 'facturae';
	return roots.find((known) => known.name === root.name && known.namespace === root.namespace)
		?.format;
}

/** The e-invoice format of an XML text, from its root element; undefined for anything else. */
export function detectEInvoiceFormat(xml: string): EInvoiceFormat | undefined {
	try {
		return formatOfRoot(parseXml(xml));
	} catch (error) {
		if (error instanceof EInvoiceError) return undefined;
		throw error;
	}
}
