/**
 * VAT rates (percent) by the supplier's country, with the dates a temporary rate applied.
 * Regional rates count for the whole country (Madeira and the Azores for PT, Corsica and the
 * overseas departments for FR, Jungholz and Mittelberg for AT); so do German flat rates for
 * farmers. Sources: the EU Commission's rate tables and each tax authority's announcements.
 */
export interface RatePeriod {
	rate: number;
	/** First and last day (ISO) the rate applied; open when absent. */
	from?: string;
	until?: string;
}

const always = (...rates: number[]): RatePeriod[] => rates.map((rate) => ({ rate }));

export const vatRates: Record<string, RatePeriod[]> = {
	ES: [
		...always(21, 10, 4, 0),
		// Electricity, gas and some foods were cut to 5 % from mid-2022 to the end of 2024.
		{ rate: 5, from: '2022-06-25', until: '2024-12-31' },
		{ rate: 2, from: '2024-10-01', until: '2024-12-31' },
		{ rate: 7.5, from: '2024-10-01', until: '2024-12-31' },
	],
	PT: always(23, 22, 16, 13, 12, 9, 6, 5, 4, 0),
	FR: always(20, 13, 10, 8.5, 5.5, 2.1, 1.75, 1.05, 0.9, 0),
	DE: [
		...always(19, 7, 5.5, 0),
		{ rate: 16, from: '2020-07-01', until: '2020-12-31' },
		{ rate: 5, from: '2020-07-01', until: '2020-12-31' },
		{ rate: 10.7, until: '2021-12-31' },
		{ rate: 9.5, from: '2022-01-01', until: '2022-12-31' },
		{ rate: 9, from: '2023-01-01', until: '2023-12-31' },
		{ rate: 8.4, from: '2024-01-01', until: '2024-12-31' },
		{ rate: 7.8, from: '2025-01-01' },
	],
	IT: always(22, 10, 5, 4, 0),
	NL: [...always(21, 9, 0), { rate: 6, until: '2018-12-31' }],
	BE: always(21, 12, 6, 0),
	IE: [...always(23, 13.5, 9, 4.8, 0), { rate: 21, from: '2020-09-01', until: '2021-02-28' }],
	AT: [...always(20, 19, 13, 10, 0), { rate: 5, from: '2020-07-01', until: '2021-12-31' }],
};

/** Spanish recargo de equivalencia: the surcharge rates that go with each IVA rate. */
export const surchargeRatesByVatRate: Array<{ vatRate: number; surcharge: RatePeriod[] }> = [
	// 1,75 % is the surcharge on tobacco, which carries IVA at 21 %.
	{ vatRate: 21, surcharge: always(5.2, 1.75) },
	{ vatRate: 10, surcharge: always(1.4) },
	{ vatRate: 7.5, surcharge: [{ rate: 1, from: '2024-10-01', until: '2024-12-31' }] },
	{ vatRate: 5, surcharge: [{ rate: 0.62, from: '2022-06-25', until: '2024-12-31' }] },
	{ vatRate: 4, surcharge: always(0.5) },
	{ vatRate: 2, surcharge: [{ rate: 0.26, from: '2024-10-01', until: '2024-12-31' }] },
	{ vatRate: 0, surcharge: always(0) },
];

/** Spanish IRPF withholding rates printed on invoices, with the years of the old ones. */
export const withholdingRates: RatePeriod[] = [
	// 1 % modules and pig or poultry farming, 2 % other farming, 7 % new professionals,
	// 15 % professionals, 19 % rents and capital, 24 % image rights, 35 % board members.
	...always(1, 2, 7, 15, 19, 24, 35),
	{ rate: 21, until: '2014-12-31' },
	{ rate: 9, until: '2014-12-31' },
	{ rate: 20, from: '2015-01-01', until: '2015-07-11' },
	{ rate: 19.5, from: '2015-07-12', until: '2015-12-31' },
];

/** The rates of a table that applied on a date; all of them when the date is unknown. */
export function ratesOn(periods: RatePeriod[], date: string | null): number[] {
	return periods
		.filter(
			(period) =>
				!date || ((!period.from || date >= period.from) && (!period.until || date <= period.until)),
		)
		.map((period) => period.rate);
}

export function includesRate(rates: number[], rate: number): boolean {
	return rates.some((candidate) => Math.abs(candidate - rate) < 0.001);
}
