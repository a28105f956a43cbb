const namesByPath: Record<string, string> = {
	documentType: 'document type',
	invoiceNumber: 'invoice number',
	correctedInvoiceNumber: 'number of the corrected invoice',
	issueDate: 'issue date',
	dueDate: 'due date',
	currency: 'currency',
	'supplier.name': 'supplier name',
	'supplier.taxId': 'supplier tax id',
	'supplier.address': 'supplier address',
	'supplier.countryCode': 'supplier country',
	'customer.name': 'customer name',
	'customer.taxId': 'customer tax id',
	'customer.address': 'customer address',
	'customer.countryCode': 'customer country',
	netTotal: 'net total',
	taxTotal: 'tax total',
	surchargeTotal: 'recargo de equivalencia total',
	total: 'total',
	paymentTerms: 'payment terms',
	iban: 'IBAN',
	'withholding.rate': 'withholding (IRPF) rate',
	'withholding.base': 'withholding (IRPF) base',
	'withholding.amount': 'withholding (IRPF) amount',
};

const lineParts: Record<string, string> = {
	description: 'description',
	quantity: 'quantity',
	unitPrice: 'unit price',
	discountPercent: 'discount',
	taxRate: 'VAT rate',
	net: 'net amount',
	rate: 'VAT rate',
	base: 'tax base',
	amount: 'tax amount',
	surchargeRate: 'recargo de equivalencia rate',
	surchargeAmount: 'recargo de equivalencia amount',
};

/** The field a path names, in words for a message: "lines[2].unitPrice" is "line 3 unit price". */
export function fieldName(path: string): string {
	const listItem = /^(lines|taxBreakdown)\[(\d+)\]\.(\w+)$/.exec(path);
	if (listItem) {
		const [, list, index, part] = listItem;
		const owner = list === 'lines' ? 'line' : 'tax breakdown row';
		return `${owner} ${Number(index) + 1} ${lineParts[part] ?? part}`;
	}
	if (path.startsWith('extraFields.')) return `field "${path.slice('extraFields.'.length)}"`;
	return namesByPath[path] ?? path;
}

/** The value at a field path such as "supplier.taxId", "lines[0].net" or "extraFields.code". */
export function valueAt(record: object, path: string): unknown {
	const steps = path.replace(/\[(\d+)\]/g, '.$1').split('.');
	let value: unknown = record;
	for (const step of steps) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<string, unknown>)[step];
	}
	return value;
}
