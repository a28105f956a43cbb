type CheckDigitTest = (number: string) => boolean;

const digitsOf = (number: string) => [...number].map(Number);

/** The sum of the first digits, as many as there are weights, each times its weight. */
function weightedSum(number: string, weights: number[]): number {
	return weights.reduce((sum, weight, index) => sum + Number(number[index]) * weight, 0);
}

/** Luhn: every second digit from the right doubled, digits summed, total a multiple of 10. */
function passesLuhn(number: string): boolean {
	const sum = digitsOf(number)
		.reverse()
		.reduce((total, digit, index) => {
			if (index % 2 === 0) return total + digit;
			const doubled = digit * 2;
			return total + (doubled > 9 ? doubled - 9 : doubled);
		}, 0);
	return sum % 10 === 0;
}

/** ISO 7064 MOD 11,10: the last digit closes the chain of the ones before it. */
function passesMod11Mod10(number: string): boolean {
	let product = 10;
	for (const digit of digitsOf(number.slice(0, -1))) {
		const sum = (digit + product) % 10 || 10;
		product = (sum * 2) % 11;
	}
	const check = (11 - product) % 10;
	return check === Number(number.slice(-1));
}

/** 11 minus the weighted sum modulo 11: from 1 to 11, which each country maps to a digit. */
function elevenComplement(number: string, weights: number[]): number {
	return 11 - (weightedSum(number, weights) % 11);
}

function checkPortugal(number: string): boolean {
	const complement = elevenComplement(number, [9, 8, 7, 6, 5, 4, 3, 2]);
	return (complement >= 10 ? 0 : complement) === Number(number[8]);
}

function checkFinland(number: string): boolean {
	const complement = elevenComplement(number, [7, 9, 10, 5, 8, 4, 2]);
	return (complement === 11 ? 0 : complement) === Number(number[7]);
}

function checkSlovenia(number: string): boolean {
	const complement = elevenComplement(number, [8, 7, 6, 5, 4, 3, 2]);
	return (complement === 10 ? 0 : complement) === Number(number[7]);
}

/** Mod 97 on the number with letters as 10-35, as for IBANs (new Dutch VAT ids). */
export function mod97(text: string): number {
	let remainder = 0;
	for (const character of text) {
		const value = parseInt(character, 36);
		remainder = Number(`${remainder}${value}`) % 97;
	}
	return remainder;
}

function checkAustria(number: string): boolean {
	const sum = digitsOf(number.slice(1, 8)).reduce((total, digit, index) => {
		const product = digit * (index % 2 === 0 ? 1 : 2);
		return total + Math.floor(product / 10) + (product % 10);
	}, 0);
	return (96 - sum) % 10 === Number(number[8]);
}

function checkBelgium(number: string): boolean {
	const full = number.padStart(10, '0');
	return 97 - (Number(full.slice(0, 8)) % 97) === Number(full.slice(8));
}

function checkFrance(number: string): boolean {
	const key = number.slice(0, 2);
	if (!/^\d{2}$/.test(key)) return true;
	return (12 + 3 * (Number(number.slice(2)) % 97)) % 97 === Number(key);
}

function checkNetherlands(printed: string): boolean {
	const number = printed.padStart(12, '0');
	const digits = number.slice(0, 9);
	const remainder = weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11;
	if (remainder !== 10 && remainder === Number(digits[8])) return true;
	return mod97(`NL${number}`) === 1;
}

function checkGreece(number: string): boolean {
	const full = number.padStart(9, '0');
	const sum = weightedSum(full, [256, 128, 64, 32, 16, 8, 4, 2]);
	return (sum % 11) % 10 === Number(full[8]);
}

/**
 * Check-digit tests for the countries where the rule is public and simple. A country without
 * one here is checked by its format only.
 */
const checkDigitTests: Record<string, CheckDigitTest> = {
	AT: checkAustria,
	BE: checkBelgium,
	DE: passesMod11Mod10,
	DK: (number) => weightedSum(number, [2, 7, 6, 5, 4, 3, 2, 1]) % 11 === 0,
	EE: (number) =>
		(10 - (weightedSum(number, [3, 7, 1, 3, 7, 1, 3, 7]) % 10)) % 10 === Number(number[8]),
	EL: checkGreece,
	FI: checkFinland,
	FR: checkFrance,
	HR: passesMod11Mod10,
	IT: passesLuhn,
	LU: (number) => Number(number.slice(0, 6)) % 89 === Number(number.slice(6)),
	NL: checkNetherlands,
	PL: (number) => weightedSum(number, [6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 === Number(number[9]),
	PT: checkPortugal,
	SE: (number) => passesLuhn(number.slice(0, 10)),
	SI: checkSlovenia,
};

/** Whether the number (after its prefix) passes its country's check digit, when one is known. */
export function passesVatCheckDigit(prefix: string, number: string): boolean | undefined {
	const test = checkDigitTests[prefix === 'GR' ? 'EL' : prefix];
	return test ? test(number) : undefined;
}
