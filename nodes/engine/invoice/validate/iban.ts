import { normalizeIban } from '../normalize/identifiers';
import { mod97 } from './vatIdCheckDigits';

/** IBAN lengths by country, from the SWIFT IBAN registry (release 101). */
const ibanLengthTable = [
	'AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24',
	'DE22 DJ27 DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27',
	'GT28 HN28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20',
	'LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24',
	'PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 SK24 SM27 SO23 ST25',
	'SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30',
].join(' ');

const ibanLengths = new Map(
	ibanLengthTable.split(' ').map((entry) => [entry.slice(0, 2), Number(entry.slice(2))] as const),
);

function spanishAccountControl(digits: string): number {
	const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
	const sum = [...digits].reduce(
		(total, digit, index) => total + Number(digit) * weights[index],
		0,
	);
	const control = 11 - (sum % 11);
	return control === 11 ? 0 : control === 10 ? 1 : control;
}

/** The two control digits inside a Spanish account number (CCC), over bank+branch and account. */
function passesSpanishAccountControl(iban: string): boolean {
	const bankAndBranch = iban.slice(4, 12);
	const controls = iban.slice(12, 14);
	const account = iban.slice(14, 24);
	const first = spanishAccountControl(`00${bankAndBranch}`);
	const second = spanishAccountControl(account);
	return controls === `${first}${second}`;
}

/**
 * What is wrong with an IBAN, in a phrase that completes "The IBAN ... ", or undefined when it
 * is valid: the length its country requires, the mod-97 check, and for Spain the control digits
 * of the account number inside it.
 */
export function describeIbanError(value: string): string | undefined {
	const iban = normalizeIban(value);
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) {
		return 'is not in the form of an IBAN (two letters, two check digits, then the account)';
	}

	const country = iban.slice(0, 2);
	const expectedLength = ibanLengths.get(country);
	if (expectedLength && iban.length !== expectedLength) {
		return `has ${iban.length} characters, but an IBAN from ${country} has ${expectedLength}`;
	}

	if (mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) !== 1) {
		return 'fails the IBAN check digits (mod 97); a digit was probably misread or mistyped';
	}

	if (country === 'ES' && !passesSpanishAccountControl(iban)) {
		return 'fails the control digits of the Spanish account number inside it';
	}
	return undefined;
}
