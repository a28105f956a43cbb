import { joinTexts } from './elements';

export interface AddressParts {
	streetLines: (string | null)[];
	postcode: string | null;
	city: string | null;
	region: string | null;
}

/** One line as Spanish and German invoices print it: "street, postcode city (region)". */
export function oneLineAddress({
	streetLines,
	postcode,
	city,
	region,
}: AddressParts): string | null {
	const place = joinTexts([postcode, city], ' ');
	const regionNote = region && region !== city ? `(${region})` : null;
	const locality = joinTexts([place, regionNote], ' ');
	return joinTexts([...streetLines, locality], ', ');
}
