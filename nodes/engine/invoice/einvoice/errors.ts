/** An e-invoice that cannot be read; the message says what is wrong and what to do. */
export class EInvoiceError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EInvoiceError';
	}
}
