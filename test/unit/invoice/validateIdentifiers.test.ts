import { checkTaxId } from '../../../nodes/engine/invoice/validate/taxId';
import { describeIbanError } from '../../../nodes/engine/invoice/validate/iban';
import { codesOf, problemsOf, spanishInvoice } from './invoiceRecords';

const withSupplierTaxId = (taxId: string, countryCode: string | null = 'ES') => {
	const record = spanishInvoice();
	record.supplier = { ...record.supplier, taxId, countryCode };
	record.customer = { ...record.customer, taxId: 'B87523916' };
	return record;
};

describe('checking Spanish tax ids', () => {
	it.each([
		['B96412739', 'a company CIF'],
		['A28590347', 'a company CIF'],
		['B46183059', 'a company CIF'],
		['A-28184661', 'a CIF printed with a hyphen'],
		['ES B-58378431', 'a CIF with the ES prefix'],
		['ESA78109592', 'a CIF with the ES prefix run in'],
		['P2807900B', 'a CIF of a public body, which ends in a letter'],
		['Q2818015F', 'a CIF of a public body, which ends in a letter'],
		['W4003922D', 'a CIF of a branch of a foreign company'],
		['R9600075G', 'a CIF of a religious body'],
		['G12345674', 'a CIF of an association ending in a digit'],
		['G1234567D', 'a CIF of an association ending in the matching letter'],
		['24731856W', 'a DNI'],
		['54362315K', 'a DNI'],
		['X5253868R', 'a NIE starting with X'],
		['X-5253868-R', 'a NIE printed with hyphens'],
		['Y5277343F', 'a NIE starting with Y'],
		['Z5277343K', 'a NIE starting with Z'],
		['L1111111G', 'a NIF for a Spaniard living abroad'],
		['M1234567L', 'a NIF for a foreigner without NIE'],
	])('accepts %s, %s', (taxId) => {
		expect(codesOf(withSupplierTaxId(taxId))).toEqual([]);
	});

	it.each([
		['B85914375', 'a CIF with a wrong control digit'],
		['B96412738', 'a valid CIF with its last digit changed'],
		['A28590374', 'a valid CIF with two digits swapped'],
		['A2859034G', 'a company CIF ending in a letter, which must end in a digit'],
		['P28079002', 'a public body CIF ending in a digit, which must end in a letter'],
		['24731856X', 'a DNI with the wrong letter'],
		['24731865W', 'a DNI with two digits swapped'],
		['X5253868A', 'a NIE with the wrong letter'],
		['ES54362415K', 'a DNI with the ES prefix and a wrong digit'],
	])('reports %s, %s, as failing the check digit', (taxId) => {
		const [problem] = problemsOf(withSupplierTaxId(taxId));
		expect(problem.code).toBe('invalidSupplierTaxId');
		expect(problem.field).toBe('supplier.taxId');
		expect(problem.message).toMatch(/fails the check digit of a Spanish (CIF|DNI|NIE)/);
	});

	it('names the bad CIF and its kind in the message', () => {
		expect(problemsOf(withSupplierTaxId('B85914375'))).toEqual([
			{
				code: 'invalidSupplierTaxId',
				field: 'supplier.taxId',
				message:
					'The supplier tax id B85914375 fails the check digit of a Spanish CIF; a character was probably misread or mistyped.',
			},
		]);
	});

	it.each(['B8591437', 'A285903471', 'I12345678', '1234567Z', 'B96412739 S.L.'])(
		'reports %s as not having the form of a Spanish NIF',
		(taxId) => {
			const [problem] = problemsOf(withSupplierTaxId(taxId));
			expect(problem.code).toBe('invalidSupplierTaxId');
			expect(problem.message).toContain('does not have the form of a Spanish NIF');
			expect(problem.message).toContain('12345678Z, X1234567L or B12345678');
		},
	);

	it('checks a Spanish-looking id when the country is not known', () => {
		expect(codesOf(withSupplierTaxId('B96412739', null))).toEqual([]);
		expect(codesOf(withSupplierTaxId('B85914375', null))).toEqual(['invalidSupplierTaxId']);
	});

	it('reports an invalid customer tax id under its own code', () => {
		const record = spanishInvoice();
		record.customer = { ...record.customer, taxId: 'B96412738' };
		expect(codesOf(record)).toEqual(['invalidCustomerTaxId']);
	});

	it('reports the same tax id on supplier and customer, prefix or not', () => {
		const record = spanishInvoice();
		record.customer = { ...record.customer, taxId: 'ESB46183059' };

		expect(problemsOf(record)).toEqual([
			{
				code: 'customerTaxIdSameAsSupplier',
				field: 'customer.taxId',
				message:
					'The customer has the same tax id as the supplier (ESB46183059); one of the two parties was probably read from the wrong place.',
			},
		]);
	});
});

describe('checking EU VAT numbers', () => {
	it.each([
		'ATU13585627',
		'BE0202239951',
		'BE 0402 918 402',
		'DE136695976',
		'DK13202435',
		'EE100931558',
		'EL039868210',
		'GR039868210',
		'FI02459042',
		'FR13393892815',
		'FR 114 248 728 36',
		'IE4550159S',
		'IT00118439991',
		'LU10059929',
		'NL806753742B01',
		'PL5211355116',
		'PT500019720',
		'SE556200077701',
		'SI26808498',
		'CZ25596641',
	])('accepts the VAT number %s', (taxId) => {
		expect(checkTaxId(taxId, null)).toEqual({ valid: true, kind: expect.any(String) });
	});

	it.each([
		['ATU15169209', 'Austria'],
		['BE0406139583', 'Belgium'],
		['DE136695978', 'Germany'],
		['DK27996592', 'Denmark'],
		['EE100525487', 'Estonia'],
		['EL094013834', 'Greece'],
		['FI02459043', 'Finland'],
		['FR04409414264', 'France'],
		['IT00118439992', 'Italy'],
		['LU10059928', 'Luxembourg'],
		['NL806753743B01', 'the Netherlands'],
		['PL5211355117', 'Poland'],
		['PT500019721', 'Portugal'],
		['SE556200077801', 'Sweden'],
		['SI26808499', 'Slovenia'],
	])('reports %s as failing the check digit of a VAT number of %s', (taxId, country) => {
		expect(checkTaxId(taxId, null)).toEqual({
			valid: false,
			kind: `VAT number of ${country}`,
			failure: 'checkDigit',
		});
	});

	it.each(['DE12345678', 'ATU1234567', 'ITABC', 'NL123456789', 'FR1234', 'SE123456789012'])(
		'reports %s as not having the form of its country',
		(taxId) => {
			expect(checkTaxId(taxId, null)).toMatchObject({ valid: false, failure: 'format' });
		},
	);

	it('names the expected form of a foreign supplier VAT number in the message', () => {
		const [problem] = problemsOf(withSupplierTaxId('DE12345678', 'DE'));
		expect(problem.message).toBe(
			'The supplier tax id DE12345678 does not have the form of a VAT number of Germany (such as DE123456789).',
		);
	});

	it('checks a foreign number without prefix by its country when it has the VAT shape', () => {
		expect(checkTaxId('500019720', 'PT')).toMatchObject({ valid: true });
		expect(checkTaxId('500019721', 'PT')).toMatchObject({ valid: false });
	});

	it.each([
		['12/345/67890', 'DE', 'a German Steuernummer'],
		['GB123456789', null, 'a UK VAT number'],
		['CHE-123.456.789 MWST', null, 'a Swiss UID'],
		['500019721', null, 'digits without a country'],
		['123', 'US', 'a number from outside the EU'],
	] as Array<[string, string | null, string]>)(
		'does not judge %s (%s), %s',
		(taxId, countryCode) => {
			expect(checkTaxId(taxId, countryCode)).toBeUndefined();
		},
	);
});

describe('checking the IBAN', () => {
	it.each([
		'ES9121000418450200051332',
		'ES91 2100 0418 4502 0005 1332',
		'IBAN: ES43 0237 1180 2755 0031 7281',
		'DE89370400440532013000',
		'GB82WEST12345698765432',
		'FR1420041010050500013M02606',
	])('accepts %s', (iban) => {
		expect(describeIbanError(iban)).toBeUndefined();
	});

	it('reports an IBAN that fails mod 97', () => {
		expect(problemsOf(spanishInvoice({ iban: 'ES9121000418450200051333' }))).toEqual([
			{
				code: 'invalidIban',
				field: 'iban',
				message:
					'The IBAN ES9121000418450200051333 fails the IBAN check digits (mod 97); a digit was probably misread or mistyped.',
			},
		]);
	});

	it('reports an IBAN with two digits swapped', () => {
		expect(codesOf(spanishInvoice({ iban: 'ES9121000418450200053132' }))).toEqual(['invalidIban']);
	});

	it('reports an IBAN of the wrong length for its country', () => {
		expect(describeIbanError('ES912100041845020005133')).toBe(
			'has 23 characters, but an IBAN from ES has 24',
		);
		expect(describeIbanError('DE8937040044053201300')).toBe(
			'has 21 characters, but an IBAN from DE has 22',
		);
	});

	it('reports a Spanish IBAN whose account control digits are wrong though mod 97 passes', () => {
		expect(describeIbanError('ES6821000418000200051332')).toBe(
			'fails the control digits of the Spanish account number inside it',
		);
	});

	it('reports text that is not an IBAN', () => {
		expect(describeIbanError('2100 0418 4502 0005 1332')).toMatch(/not in the form of an IBAN/);
	});
});
