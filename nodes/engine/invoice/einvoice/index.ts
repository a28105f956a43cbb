export { detectEInvoiceFormat, type EInvoiceFormat } from './detect';
export { findEmbeddedInvoiceXml } from './embedded';
export { EInvoiceError } from './errors';
export { readEInvoiceXml } from './readEInvoice';
