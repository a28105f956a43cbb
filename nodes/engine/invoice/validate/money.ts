/** Rounds half away from zero to the cent, as invoices round, without binary-fraction slips. */
export function roundToCents(value: number): number {
	const cents = Math.round(Math.abs(value) * 100 + 1e-7);
	return cents === 0 ? 0 : (Math.sign(value) * cents) / 100;
}

export function sumOf(values: number[]): number {
	return Math.round(values.reduce((sum, value) => sum + value, 0) * 1e6) / 1e6;
}

/** Whether two amounts differ by no more than the tolerance, given in cents. */
export function isClose(first: number, second: number, toleranceCents: number): boolean {
	return Math.abs(first - second) <= toleranceCents / 100 + 1e-7;
}

function groupThousands(whole: string): string {
	return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** An amount as a Spanish accountant reads it: 1.210,00 and -81,84. */
export function formatAmount(value: number): string {
	const [whole, fraction] = Math.abs(value).toFixed(2).split('.');
	return `${value < 0 ? '-' : ''}${groupThousands(whole)},${fraction}`;
}

/** A quantity or rate with only the decimals it has: 2,5 and 1.234 and 5,2. */
export function formatNumber(value: number): string {
	const [whole, fraction] = String(Math.abs(Math.round(value * 10000) / 10000)).split('.');
	const sign = value < 0 ? '-' : '';
	return `${sign}${groupThousands(whole)}${fraction ? `,${fraction}` : ''}`;
}

export function formatRate(value: number): string {
	return `${formatNumber(value)} %`;
}
