import type { InvoiceRecord, TaxBreakdownEntry, Withholding } from '../record';
import { child, childrenNamed, textAt } from './elements';
import { valueAddedTaxCodes } from './facturaeParts';
import { numberOf, type ValueReader } from './values';
import type { XmlElement } from './xmlTree';

type FacturaeTaxes = Pick<
	InvoiceRecord,
	'taxBreakdown' | 'taxTotal' | 'surchargeTotal' | 'withholding'
>;

function taxEntry(tax: XmlElement, values: ValueReader, path: string): TaxBreakdownEntry {
	return {
		rate: values.requiredNumber(`${path}.rate`, child(tax, 'TaxRate'), 'tax rate (TaxRate)'),
		base: values.requiredNumber(
			`${path}.base`,
			child(tax, 'TaxableBase', 'TotalAmount'),
			'taxable base (TaxableBase)',
		),
		amount: values.number(`${path}.amount`, child(tax, 'TaxAmount', 'TotalAmount')) ?? 0,
		surchargeRate: values.number(`${path}.surchargeRate`, child(tax, 'EquivalenceSurcharge')),
		surchargeAmount: values.number(
			`${path}.surchargeAmount`,
			child(tax, 'EquivalenceSurchargeAmount', 'TotalAmount'),
		),
	};
}

function withholdingOf(
	invoice: XmlElement,
	totals: XmlElement | undefined,
	values: ValueReader,
): Withholding | null {
	const withheld = childrenNamed(child(invoice, 'TaxesWithheld'), 'Tax');
	const amounts = withheld.map((tax) => child(tax, 'TaxAmount', 'TotalAmount'));
	const sources = amounts.some(Boolean) ? amounts : [child(totals, 'TotalTaxesWithheld')];
	if (!sources.some((element) => numberOf(element))) return null;

	const amount = values.sum('withholding.amount', sources)!;
	const rates = withheld.map((tax) => textAt(tax, 'TaxRate'));
	return {
		// Two withheld taxes at different rates have no single rate.
		rate:
			new Set(rates).size === 1
				? values.number('withholding.rate', child(withheld[0], 'TaxRate'))
				: null,
		base: values.number('withholding.base', child(withheld[0], 'TaxableBase', 'TotalAmount')),
		amount: Math.abs(amount),
	};
}

/**
 * IVA, IPSI and IGIC become the breakdown; recargo de equivalencia stays on its IVA entry.
 * TotalTaxOutputs includes the recargo, which the record keeps apart, so with recargo the tax
 * total is the sum of the entries' tax amounts.
 */
export function facturaeTaxes(
	invoice: XmlElement,
	totals: XmlElement | undefined,
	values: ValueReader,
): FacturaeTaxes {
	const outputs = childrenNamed(child(invoice, 'TaxesOutputs'), 'Tax').filter((tax) =>
		valueAddedTaxCodes.has(textAt(tax, 'TaxTypeCode') ?? ''),
	);
	const taxBreakdown = outputs.map((tax, index) => taxEntry(tax, values, `taxBreakdown[${index}]`));
	const surchargeTotal = values.sum(
		'surchargeTotal',
		outputs.map((tax) => child(tax, 'EquivalenceSurchargeAmount', 'TotalAmount')),
	);
	const taxTotal =
		surchargeTotal === null
			? values.number('taxTotal', child(totals, 'TotalTaxOutputs'))
			: values.sum(
					'taxTotal',
					outputs.map((tax) => child(tax, 'TaxAmount', 'TotalAmount')),
				);

	return {
		taxBreakdown,
		taxTotal,
		surchargeTotal,
		withholding: withholdingOf(invoice, totals, values),
	};
}
