import { findClaims, numberKey } from '../../../nodes/engine/grounding/claims';
import { checkGrounding } from '../../../nodes/engine/grounding/grounding';

const catalogRow =
	'sku: BT-COM-004; name: Cubierta urbana antipinchazos 700x35C reflectante; price_eur_incl_vat: 27.95; stock_units: 12';
const hours = '| Lunes a viernes | 9:30–14:00 y 16:30–20:00 |\n| Sábados | 10:00–14:00 |';

describe('reading numbers however they are written', () => {
	it.each([
		['27,95', '27.95'],
		['27.95', '27.95'],
		['1.234,56', '1234.56'],
		['1,234.56', '1234.56'],
		['1.234', '1234'],
		['0.250', '0.25'],
		['449', '449'],
	])('reads %s as %s', (written, expected) => expect(numberKey(written)).toBe(expected));
});

describe('finding claims', () => {
	it('finds a price, a time, a percentage and a product code', () => {
		const kinds = findClaims(
			'La BT-COM-004 cuesta 27,95 € y abrimos a las 9:30, con un 10 % de descuento.',
		).map((claim) => claim.kind);
		expect(kinds).toEqual(expect.arrayContaining(['code', 'amount', 'time', 'percent']));
	});

	it('reads a written Spanish date', () => {
		expect(findClaims('Llega el 3 de marzo')[0]).toMatchObject({ kind: 'date', key: 'date:3/3' });
	});
});

describe('checking a text against its sources', () => {
	it('accepts a price written differently from the catalog', () => {
		expect(checkGrounding('Cuesta 27,95 €.', [catalogRow]).grounded).toBe(true);
	});

	it('accepts a product code and opening times taken from the facts', () => {
		expect(
			checkGrounding('La BT-COM-004 la tenemos; abrimos de 9:30 a 14:00.', [catalogRow, hours])
				.grounded,
		).toBe(true);
	});

	it('rejects an invented price and names it', () => {
		const result = checkGrounding('Cuesta 24,95 €.', [catalogRow]);
		expect(result.grounded).toBe(false);
		expect(result.unsupported.map((claim) => claim.text)).toEqual(['24,95 €']);
	});

	it('rejects an invented opening time', () => {
		expect(checkGrounding('Los sábados abrimos hasta las 20:00.', [hours]).grounded).toBe(true);
		expect(checkGrounding('Los domingos abrimos a las 11:00.', [hours]).grounded).toBe(false);
	});

	it('rejects an invented discount percentage', () => {
		expect(checkGrounding('Te hacemos un 15 % de descuento.', [catalogRow]).grounded).toBe(false);
	});

	it('accepts numbers that come from the message itself when it is a source', () => {
		expect(checkGrounding('Sobre tu pedido BT-10482:', ['Hice el pedido BT-10482']).grounded).toBe(
			true,
		);
	});

	it('accepts a text with no numbers', () => {
		expect(checkGrounding('Gracias por escribirnos.', []).grounded).toBe(true);
	});
});
