export interface VatIdFormat {
	country: string;
	/** The number after the country prefix. */
	pattern: RegExp;
	/** A made-up number of the right shape, for messages. */
	example: string;
}

const formats: VatIdFormat[] = [
	{ country: 'Austria', pattern: /^U\d{8}$/, example: 'ATU12345678' },
	{ country: 'Belgium', pattern: /^[01]?\d{9}$/, example: 'BE0123456789' },
	{ country: 'Bulgaria', pattern: /^\d{9,10}$/, example: 'BG123456789' },
	{ country: 'Cyprus', pattern: /^\d{8}[A-Z]$/, example: 'CY12345678X' },
	{ country: 'Czechia', pattern: /^\d{8,10}$/, example: 'CZ12345678' },
	{ country: 'Germany', pattern: /^\d{9}$/, example: 'DE123456789' },
	{ country: 'Denmark', pattern: /^\d{8}$/, example: 'DK12345678' },
	{ country: 'Estonia', pattern: /^\d{9}$/, example: 'EE123456789' },
	{ country: 'Greece', pattern: /^\d{8,9}$/, example: 'EL123456789' },
	{ country: 'Spain', pattern: /^[0-9A-Z]\d{7}[0-9A-Z]$/, example: 'ESB12345678' },
	{ country: 'Finland', pattern: /^\d{8}$/, example: 'FI12345678' },
	{ country: 'France', pattern: /^[0-9A-HJ-NP-Z]{2}\d{9}$/, example: 'FR12345678901' },
	{ country: 'Croatia', pattern: /^\d{11}$/, example: 'HR12345678901' },
	{ country: 'Hungary', pattern: /^\d{8}$/, example: 'HU12345678' },
	{
		country: 'Ireland',
		pattern: /^(?:\d{7}[A-W][A-IW]?|\d[A-Z+*]\d{5}[A-W])$/,
		example: 'IE1234567X',
	},
	{ country: 'Italy', pattern: /^\d{11}$/, example: 'IT12345678901' },
	{ country: 'Lithuania', pattern: /^(?:\d{9}|\d{12})$/, example: 'LT123456789' },
	{ country: 'Luxembourg', pattern: /^\d{8}$/, example: 'LU12345678' },
	{ country: 'Latvia', pattern: /^\d{11}$/, example: 'LV12345678901' },
	{ country: 'Malta', pattern: /^\d{8}$/, example: 'MT12345678' },
	{ country: 'the Netherlands', pattern: /^\d{7,9}B\d{2}$/, example: 'NL123456789B01' },
	{ country: 'Poland', pattern: /^\d{10}$/, example: 'PL1234567890' },
	{ country: 'Portugal', pattern: /^\d{9}$/, example: 'PT123456789' },
	{ country: 'Romania', pattern: /^(?:\d{2,10}|\d{13})$/, example: 'RO1234567' },
	{ country: 'Sweden', pattern: /^\d{10}01$/, example: 'SE123456789001' },
	{ country: 'Slovenia', pattern: /^\d{8}$/, example: 'SI12345678' },
	{ country: 'Slovakia', pattern: /^\d{10}$/, example: 'SK1234567890' },
	{
		country: 'Northern Ireland',
		pattern: /^(?:\d{9}|\d{12}|GD\d{3}|HA\d{3})$/,
		example: 'XI123456789',
	},
];

/** VAT prefixes by ISO 3166 code where they differ: Greece prints EL, sometimes GR. */
const prefixAliases: Record<string, string> = { GR: 'EL' };

const formatByPrefix = new Map(
	formats.map((format) => [format.example.slice(0, 2), format] as const),
);

/** The VAT id format for a prefix (AT ... SK, EL or GR, XI), or undefined outside the EU. */
export function vatIdFormat(prefix: string): VatIdFormat | undefined {
	return formatByPrefix.get(prefixAliases[prefix] ?? prefix);
}

/** The VAT prefix of a country given by its ISO 3166 code (GR prints EL). */
export function vatPrefixOfCountry(countryCode: string): string {
	return countryCode === 'GR' ? 'EL' : countryCode;
}

/** The ISO 3166 code of a VAT prefix (EL is GR). */
export function countryOfVatPrefix(prefix: string): string {
	return prefix === 'EL' ? 'GR' : prefix;
}
