import type { InvoiceRecord } from '../record';
import { readCii } from './cii';
import { acceptedFormats, formatOfRoot, type EInvoiceFormat } from './detect';
import { EInvoiceError } from './errors';
import { readFacturae } from './facturae';
import { readUbl } from './ubl';
import { parseXml, type XmlElement } from './xmlTree';

const readers: Record<EInvoiceFormat, (root: XmlElement) => InvoiceRecord> = {
	facturae: readFacturae,
	ciiXml: readCii,
	ublXml: readUbl,
};

/**
 * Reads an e-invoice exactly, without a model: amounts as the XML writes them, dates ISO.
 * `printed` keeps the XML text of every number, date, tax id and IBAN it read. Throws
 * EInvoiceError when the XML is malformed, is not an e-invoice, or is a kind not supported.
 */
export function readEInvoiceXml(xml: string): { format: EInvoiceFormat; record: InvoiceRecord } {
	const root = parseXml(xml);

	const format = formatOfRoot(root);
	if (!format) {
		const namespace = root.namespace ? ` in namespace ${root.namespace}` : ' without a namespace';
		throw new EInvoiceError(
			`The XML is not an e-invoice: its root element is ${root.name}${namespace}. Accepted: ${acceptedFormats}.`,
		);
	}

	return { format, record: readers[format](root) };
}
