import {
	guessDecimalSeparator,
	parseAmount,
	parsePercent,
} from '../../../nodes/engine/invoice/normalize/amount';
import { parseDate } from '../../../nodes/engine/invoice/normalize/date';
import { normalizeIban, normalizeTaxId } from '../../../nodes/engine/invoice/normalize/identifiers';

describe('reading a printed amount', () => {
	it.each([
		['1.234,56 €', 1234.56],
		['1,234.56', 1234.56],
		['€ 1 234,56', 1234.56],
		['1\u00a0234,56\u00a0€', 1234.56],
		['1\u202f234,56 EUR', 1234.56],
		['1\u2009234.56', 1234.56],
		["CHF 1'234.50", 1234.5],
		['-45,00', -45],
		['45,00-', -45],
		['(45.00)', -45],
		['− 45,00 €', -45],
		['-€45.00', -45],
		['EUR -45,00', -45],
		['+12,50', 12.5],
		['1234', 1234],
		['1234.5', 1234.5],
		['0,00', 0],
		['-0,00', 0],
		['$1,234,567.89', 1234567.89],
		['£ 99.99', 99.99],
		['1.234.567', 1234567],
		['12,5', 12.5],
		['0,125', 0.125],
		['1234,567', 1234.567],
		['917,13 €', 917.13],
		['2.069,90 €', 2069.9],
		['USD 45', 45],
		['45 euros', 45],
	])('reads %s as %d', (printed, expected) => {
		expect(parseAmount(printed)).toBe(expected);
	});

	it.each([
		['1.234', ',', 1234],
		['1.234', '.', 1.234],
		['1,234', ',', 1.234],
		['1,234', '.', 1234],
		['-1.234 €', ',', -1234],
	] as const)('reads the ambiguous %s by the hint %s as %d', (printed, separator, expected) => {
		expect(parseAmount(printed, { decimalSeparator: separator })).toBe(expected);
	});

	it('gives null for an ambiguous amount without a hint instead of guessing', () => {
		expect(parseAmount('1.234')).toBeNull();
		expect(parseAmount('1,234')).toBeNull();
	});

	it('lets evident separators win over a wrong hint', () => {
		expect(parseAmount('1.234,56', { decimalSeparator: '.' })).toBe(1234.56);
		expect(parseAmount('12,5', { decimalSeparator: '.' })).toBe(12.5);
	});

	it.each([
		'12,5 %',
		'12/03/2026',
		'12.03.2026',
		'FV26-000214',
		'abc',
		'',
		'€',
		'1.23.456',
		'12 5',
		'1,2,3',
		'--45',
		'B96412739',
	])('gives null for %p, which is not an amount', (printed) => {
		expect(parseAmount(printed)).toBeNull();
	});
});

describe('reading a printed percentage', () => {
	it.each([
		['21 %', 21],
		['21%', 21],
		['12,5 %', 12.5],
		['5,2%', 5.2],
		['0,5 %', 0.5],
		['1.75', 1.75],
		['21,00 %', 21],
		['-15 %', -15],
		['0 %', 0],
	])('reads %s as %d', (printed, expected) => {
		expect(parsePercent(printed)).toBe(expected);
	});

	it.each(['IVA', '150 %', '21 % IVA', '1.234,5 %', ''])('gives null for %p', (printed) => {
		expect(parsePercent(printed)).toBeNull();
	});
});

describe('guessing the decimal separator of a document', () => {
	it('follows the amounts that show their separator', () => {
		expect(guessDecimalSeparator(['1.234', '757,96 €', '12,5', '1.210,00'])).toBe(',');
		expect(guessDecimalSeparator(['1,234', '757.96', '$1,210.00'])).toBe('.');
	});

	it('decides nothing when no amount shows its separator, or on a tie', () => {
		expect(guessDecimalSeparator(['1.234', '1234', '2,345'])).toBeUndefined();
		expect(guessDecimalSeparator(['12,50', '12.50'])).toBeUndefined();
		expect(guessDecimalSeparator([])).toBeUndefined();
	});

	it('counts repeated separators as thousands', () => {
		expect(guessDecimalSeparator(['1.234.567'])).toBe(',');
		expect(guessDecimalSeparator(['1,234,567'])).toBe('.');
	});
});

describe('reading a printed date', () => {
	it.each([
		['12/03/2026', '2026-03-12'],
		['12.03.2026', '2026-03-12'],
		['12-03-2026', '2026-03-12'],
		['2026-03-12', '2026-03-12'],
		['2026/03/12', '2026-03-12'],
		['20260312', '2026-03-12'],
		['12-03-26', '2026-03-12'],
		['1/3/2026', '2026-03-01'],
		['09/03/2026 18:42', '2026-03-09'],
		['2026-03-12T10:15:00Z', '2026-03-12'],
		['3 de marzo de 2026', '2026-03-03'],
		['3 marzo 2026', '2026-03-03'],
		['03-mar-2026', '2026-03-03'],
		['3-Mar-26', '2026-03-03'],
		['15 de enero de 2026', '2026-01-15'],
		['March 3, 2026', '2026-03-03'],
		['March 3rd, 2026', '2026-03-03'],
		['3 March 2026', '2026-03-03'],
		['3 mars 2026', '2026-03-03'],
		['1er février 2026', '2026-02-01'],
		['3. März 2026', '2026-03-03'],
		['3. Maerz 2026', '2026-03-03'],
		['3 marzo 2026', '2026-03-03'],
		['3 dicembre 2026', '2026-12-03'],
		['3 de març de 2026', '2026-03-03'],
		["3 d'abril de 2026", '2026-04-03'],
		['3 d’octubre de 2026', '2026-10-03'],
		['3 de março de 2026', '2026-03-03'],
		['3 de dezembro de 2026', '2026-12-03'],
		['3 maart 2026', '2026-03-03'],
		['martes, 3 de marzo de 2026', '2026-03-03'],
		['València, 3 de marzo de 2026', '2026-03-03'],
		['29/02/2028', '2028-02-29'],
	])('reads %s as %s', (printed, expected) => {
		expect(parseDate(printed)).toBe(expected);
	});

	it('reads numeric dates month first when the hint says so', () => {
		expect(parseDate('03/12/2026', { order: 'monthFirst' })).toBe('2026-03-12');
		expect(parseDate('03/12/2026')).toBe('2026-12-03');
	});

	it.each([
		'31/02/2026',
		'29/02/2026',
		'32/01/2026',
		'12/13/2026',
		'31 de junio de 2026',
		'2026-02-30',
		'marzo de 2026',
		'FV26-000214',
		'3 de marzo',
		'',
	])('gives null for %p, which is not a real date', (printed) => {
		expect(parseDate(printed)).toBeNull();
	});

	it('gives null for a day that cannot be a month when the hint says month first', () => {
		expect(parseDate('25/03/2026', { order: 'monthFirst' })).toBeNull();
	});
});

describe('normalising identifiers', () => {
	it('writes a tax id in capitals without spaces, dots or hyphens', () => {
		expect(normalizeTaxId(' es b-96.412.739 ')).toBe('ESB96412739');
		expect(normalizeTaxId('X-5253868-R')).toBe('X5253868R');
		expect(normalizeTaxId('DE 136\u00a0695 976')).toBe('DE136695976');
	});

	it.each([
		['CIF: B96412739', 'B96412739'],
		['N.I.F.: 12345678Z', '12345678Z'],
		['NIF/CIF B-96412739', 'B96412739'],
		['VAT No.: DE 136 695 976', 'DE136695976'],
		['USt-IdNr.: DE136695976', 'DE136695976'],
		['UID-Nr. ATU13585627', 'ATU13585627'],
		['P.IVA 00118439991', '00118439991'],
		['N1234567J', 'N1234567J'],
		['DNI 24731856W', '24731856W'],
	])('leaves the label out of the tax id %p', (printed, expected) => {
		expect(normalizeTaxId(printed)).toBe(expected);
	});

	it('writes an IBAN in capitals without its label, spaces or hyphens', () => {
		expect(normalizeIban('IBAN: es43 0237 1180 2755 0031 7281')).toBe('ES4302371180275500317281');
		expect(normalizeIban('ES43-0237-1180-2755-0031-7281')).toBe('ES4302371180275500317281');
	});
});
