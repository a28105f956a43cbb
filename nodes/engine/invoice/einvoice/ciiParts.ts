import type { InvoiceLine, Party, TaxBreakdownEntry } from '../record';
import { emptyParty } from '../record';
import { oneLineAddress } from './address';
import type { CiiNames } from './ciiNames';
import { alpha2Country, countryOfTaxId } from './countryCodes';
import { child, childrenNamed, linesAt, textAt } from './elements';
import { pricePerUnit } from './linePrice';
import { numberOf, type ValueReader } from './values';
import type { XmlElement } from './xmlTree';

export function ciiParty(party: XmlElement | undefined, values: ValueReader, path: string): Party {
	if (!party) return emptyParty();

	const registrations = childrenNamed(party, 'SpecifiedTaxRegistration').map((registration) =>
		child(registration, 'ID'),
	);
	// VA is the VAT id; FC, the national tax number, stands in when there is no VAT id.
	const taxIdElement =
		registrations.find((id) => id?.attributes.schemeID === 'VA') ?? registrations[0];
	const taxId = values.taxId(`${path}.taxId`, taxIdElement);
	const address = child(party, 'PostalTradeAddress');

	return {
		name: textAt(party, 'Name'),
		taxId,
		address: oneLineAddress({
			streetLines: ['LineOne', 'LineTwo', 'LineThree'].map((line) => textAt(address, line)),
			postcode: textAt(address, 'PostcodeCode'),
			city: textAt(address, 'CityName'),
			region: textAt(address, 'CountrySubDivisionName'),
		}),
		countryCode: alpha2Country(textAt(address, 'CountryID')) ?? countryOfTaxId(taxId),
	};
}

function isAllowance(allowanceCharge: XmlElement): boolean {
	return textAt(allowanceCharge, 'ChargeIndicator', 'Indicator') === 'false';
}

function discountPercentElements(item: XmlElement, names: CiiNames): XmlElement[] {
	const grossPrice = child(item, names.lineAgreement, 'GrossPriceProductTradePrice');
	const allowances = [
		...childrenNamed(child(item, names.lineSettlement), 'SpecifiedTradeAllowanceCharge'),
		...childrenNamed(grossPrice, 'AppliedTradeAllowanceCharge'),
	].filter(isAllowance);
	return allowances.flatMap((allowance) => childrenNamed(allowance, 'CalculationPercent'));
}

export function ciiLine(
	item: XmlElement,
	names: CiiNames,
	values: ValueReader,
	path: string,
): InvoiceLine {
	const product = child(item, 'SpecifiedTradeProduct');
	const netPrice = child(item, names.lineAgreement, 'NetPriceProductTradePrice');
	const settlement = child(item, names.lineSettlement);

	const quantity = values.number(
		`${path}.quantity`,
		child(item, names.lineDelivery, 'BilledQuantity'),
	);
	const net = values.number(
		`${path}.net`,
		child(settlement, names.lineSummation, 'LineTotalAmount'),
	);
	const price = values.number(`${path}.unitPrice`, child(netPrice, 'ChargeAmount'));
	const baseQuantity = numberOf(child(netPrice, 'BasisQuantity'));

	return {
		description: linesAt(product, 'Name') ?? linesAt(product, 'Description') ?? '',
		quantity,
		unitPrice: pricePerUnit(price, baseQuantity, quantity, net),
		discountPercent: values.sum(`${path}.discountPercent`, discountPercentElements(item, names)),
		taxRate: values.number(
			`${path}.taxRate`,
			child(settlement, 'ApplicableTradeTax', names.ratePercent),
		),
		net,
	};
}

export function ciiTaxEntry(
	tax: XmlElement,
	names: CiiNames,
	values: ValueReader,
	path: string,
): TaxBreakdownEntry {
	return {
		// Exempt and out-of-scope categories may leave the rate out: they are charged at 0 %.
		rate: values.number(`${path}.rate`, child(tax, names.ratePercent)) ?? 0,
		base: values.requiredNumber(
			`${path}.base`,
			child(tax, 'BasisAmount'),
			'tax base (BasisAmount)',
		),
		amount: values.requiredNumber(
			`${path}.amount`,
			child(tax, 'CalculatedAmount'),
			'tax amount (CalculatedAmount)',
		),
		surchargeRate: null,
		surchargeAmount: null,
	};
}
