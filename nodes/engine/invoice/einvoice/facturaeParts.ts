import type { InvoiceLine, Party } from '../record';
import { emptyParty } from '../record';
import { oneLineAddress } from './address';
import { alpha2Country } from './countryCodes';
import { child, childrenNamed, joinTexts, linesAt, textAt } from './elements';
import type { ValueReader } from './values';
import type { XmlElement } from './xmlTree';

/** Output taxes that play the part of VAT: IVA, IPSI (Ceuta, Melilla) and IGIC (Canarias). */
export const valueAddedTaxCodes = new Set(['01', '02', '03']);

function partyAddress(entity: XmlElement | undefined): Pick<Party, 'address' | 'countryCode'> {
	const spanish = child(entity, 'AddressInSpain');
	const overseas = child(entity, 'OverseasAddress');
	const address = spanish ?? overseas;

	return {
		address: oneLineAddress({
			streetLines: [textAt(address, 'Address')],
			postcode: spanish ? textAt(spanish, 'PostCode') : null,
			city: spanish ? textAt(spanish, 'Town') : textAt(overseas, 'PostCodeAndTown'),
			region: textAt(address, 'Province'),
		}),
		countryCode: alpha2Country(textAt(address, 'CountryCode')),
	};
}

export function facturaeParty(
	party: XmlElement | undefined,
	values: ValueReader,
	path: string,
): Party {
	if (!party) return emptyParty();

	const legalEntity = child(party, 'LegalEntity');
	const individual = child(party, 'Individual');
	const personName = joinTexts(
		['Name', 'FirstSurname', 'SecondSurname'].map((part) => textAt(individual, part)),
		' ',
	);

	return {
		name: legalEntity
			? (textAt(legalEntity, 'CorporateName') ?? textAt(legalEntity, 'TradeName'))
			: personName,
		taxId: values.taxId(
			`${path}.taxId`,
			child(party, 'TaxIdentification', 'TaxIdentificationNumber'),
		),
		...partyAddress(legalEntity ?? individual),
	};
}

export function facturaeLine(line: XmlElement, values: ValueReader, path: string): InvoiceLine {
	const valueAddedTax = childrenNamed(child(line, 'TaxesOutputs'), 'Tax').find((tax) =>
		valueAddedTaxCodes.has(textAt(tax, 'TaxTypeCode') ?? ''),
	);
	const discountRates = childrenNamed(child(line, 'DiscountsAndRebates'), 'Discount').map(
		(discount) => child(discount, 'DiscountRate'),
	);

	return {
		description: linesAt(line, 'ItemDescription') ?? '',
		quantity: values.number(`${path}.quantity`, child(line, 'Quantity')),
		unitPrice: values.number(`${path}.unitPrice`, child(line, 'UnitPriceWithoutTax')),
		discountPercent: values.sum(`${path}.discountPercent`, discountRates),
		taxRate: values.number(`${path}.taxRate`, child(valueAddedTax, 'TaxRate')),
		// GrossAmount is the line after its discounts and charges, before tax.
		net: values.number(`${path}.net`, child(line, 'GrossAmount')),
	};
}
