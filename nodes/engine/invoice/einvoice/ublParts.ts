import type { InvoiceLine, Party, TaxBreakdownEntry } from '../record';
import { emptyParty } from '../record';
import { oneLineAddress } from './address';
import { alpha2Country, countryOfTaxId } from './countryCodes';
import { child, childrenNamed, linesAt, textAt } from './elements';
import { pricePerUnit } from './linePrice';
import { numberOf, type ValueReader } from './values';
import type { XmlElement } from './xmlTree';

export function ublParty(party: XmlElement | undefined, values: ValueReader, path: string): Party {
	if (!party) return emptyParty();

	const schemes = childrenNamed(party, 'PartyTaxScheme');
	const vatScheme =
		schemes.find((scheme) => textAt(scheme, 'TaxScheme', 'ID') === 'VAT') ?? schemes[0];
	const taxId = values.taxId(`${path}.taxId`, child(vatScheme, 'CompanyID'));
	const address = child(party, 'PostalAddress');

	return {
		// The registered (legal) name is the seller name of EN 16931; the trading name may differ.
		name:
			textAt(party, 'PartyLegalEntity', 'RegistrationName') ?? textAt(party, 'PartyName', 'Name'),
		taxId,
		address: oneLineAddress({
			streetLines: [
				textAt(address, 'StreetName'),
				textAt(address, 'AdditionalStreetName'),
				...childrenNamed(address, 'AddressLine').map((line) => textAt(line, 'Line')),
			],
			postcode: textAt(address, 'PostalZone'),
			city: textAt(address, 'CityName'),
			region: textAt(address, 'CountrySubentity'),
		}),
		countryCode:
			alpha2Country(textAt(address, 'Country', 'IdentificationCode')) ?? countryOfTaxId(taxId),
	};
}

function lineTaxRate(line: XmlElement): XmlElement | undefined {
	const subtotal = child(line, 'TaxTotal', 'TaxSubtotal');
	return (
		child(line, 'Item', 'ClassifiedTaxCategory', 'Percent') ??
		child(subtotal, 'TaxCategory', 'Percent') ??
		child(subtotal, 'Percent')
	);
}

function discountPercentElements(line: XmlElement): XmlElement[] {
	return childrenNamed(line, 'AllowanceCharge')
		.filter((allowance) => textAt(allowance, 'ChargeIndicator') === 'false')
		.flatMap((allowance) => childrenNamed(allowance, 'MultiplierFactorNumeric'));
}

export function ublLine(line: XmlElement, values: ValueReader, path: string): InvoiceLine {
	const item = child(line, 'Item');
	const price = child(line, 'Price');

	const quantity = values.number(
		`${path}.quantity`,
		child(line, 'InvoicedQuantity') ?? child(line, 'CreditedQuantity'),
	);
	const net = values.number(`${path}.net`, child(line, 'LineExtensionAmount'));
	const unitPrice = values.number(`${path}.unitPrice`, child(price, 'PriceAmount'));

	return {
		description: linesAt(item, 'Name') ?? linesAt(item, 'Description') ?? '',
		quantity,
		unitPrice: pricePerUnit(unitPrice, numberOf(child(price, 'BaseQuantity')), quantity, net),
		discountPercent: values.sum(`${path}.discountPercent`, discountPercentElements(line)),
		taxRate: values.number(`${path}.taxRate`, lineTaxRate(line)),
		net,
	};
}

export function ublTaxEntry(
	subtotal: XmlElement,
	values: ValueReader,
	path: string,
): TaxBreakdownEntry {
	const rate = child(subtotal, 'TaxCategory', 'Percent') ?? child(subtotal, 'Percent');
	return {
		rate: values.number(`${path}.rate`, rate) ?? 0,
		base: values.requiredNumber(
			`${path}.base`,
			child(subtotal, 'TaxableAmount'),
			'taxable amount (TaxableAmount) in a tax subtotal',
		),
		amount: values.requiredNumber(
			`${path}.amount`,
			child(subtotal, 'TaxAmount'),
			'tax amount (TaxAmount) in a tax subtotal',
		),
		surchargeRate: null,
		surchargeAmount: null,
	};
}
