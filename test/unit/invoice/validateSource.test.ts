import { codesOf, line, problemsOf, spanishInvoice, vat } from './invoiceRecords';

/** The text layer of an invoice as pdf-parse reads it: table cells joined by single spaces. */
const invoiceText = `CL Distribuciones Ciclo Levante S.L.
Pol. Ind. El Pedalet, nave 14
46970 Alaquàs (Valencia)
CIF: B-46.183.059
FACTURA
Nº factura: FV26-000214
Fecha: 10/02/2026
Vencimiento: 12 de marzo de 2026
CLIENTE
BICIS  TURIA S.L.
CIF: B96412739
Ref. Descripción Cant. Precio Dto. % IVA % Importe
CAM-70028 Cámara 700x28-32C válvula presta 48 mm 50 2,35 21 117,50
CUB-70035R Cubierta urbana antipinchazos 700x35C 12 11,40 5 21 129,96
Base imponible 247,46 €
IVA 21 % 51,97 €
TOTAL FACTURA 299,43 €
IBAN: ES91 2100 0418 4502 0005 1332`;

const ticketText = `FERRETERIA LA TUERCA
Ferretería La Tuerca del Cabanyal S.L.
CIF B97031587
FACTURA SIMPLIFICADA
N. FS-2026/003187
FECHA 09/03/2026 18:42
BRIDAS NYLON 200MM 100U
2 x 3,63 7,26
GUANTES NITRILO T-L 100U
1 x 8,47 8,47
TOTAL EUR 15,73
(IVA INCLUIDO)
TIPO BASE CUOTA
21% 13,00 2,73`;

const ticket = () =>
	spanishInvoice({
		documentType: 'simplifiedInvoice',
		invoiceNumber: 'FS-2026/003187',
		issueDate: '2026-03-09',
		dueDate: null,
		supplier: {
			name: 'Ferretería La Tuerca del Cabanyal S.L.',
			taxId: 'B97031587',
			address: null,
			countryCode: 'ES',
		},
		customer: { name: null, taxId: null, address: null, countryCode: null },
		lines: [line(2, 3, 0, 6), line(1, 7, 0, 7)],
		taxBreakdown: [vat(21, 13, 2.73)],
		netTotal: 13,
		taxTotal: 2.73,
		total: 15.73,
		paymentTerms: null,
		iban: null,
	});

describe('finding extracted values in the document text', () => {
	it('finds every value of an invoice however the text prints it', () => {
		expect(codesOf(spanishInvoice(), { sourceText: invoiceText })).toEqual([]);
	});

	it('reports an invoice number the text does not contain', () => {
		const record = spanishInvoice({ invoiceNumber: 'FV26-000241' });

		expect(problemsOf(record, { sourceText: invoiceText })).toEqual([
			{
				code: 'notInSource',
				field: 'invoiceNumber',
				message:
					'The invoice number FV26-000241 does not appear in the document text; it may be misread or made up.',
			},
		]);
	});

	it('does not take part of a longer number for the invoice number', () => {
		const record = spanishInvoice({ invoiceNumber: 'FV26-00021' });
		expect(codesOf(record, { sourceText: invoiceText })).toEqual(['notInSource']);
	});

	it('reports a customer name the model made up', () => {
		const record = spanishInvoice();
		record.customer = { ...record.customer, name: 'Bicicletas del Turia S.A.' };
		expect(problemsOf(record, { sourceText: invoiceText })[0].field).toBe('customer.name');
	});

	it('reports a misread amount by the field that holds it', () => {
		const record = spanishInvoice({ lines: [line(50, 2.35, 0, 117.5), line(12, 11.4, 5, 129.69)] });
		const problems = problemsOf(record, { sourceText: invoiceText });
		expect(problems.filter((problem) => problem.code === 'notInSource')).toEqual([
			{
				code: 'notInSource',
				field: 'lines[1].net',
				message:
					'The line 2 net amount 129,69 does not appear in the document text; it may be misread or made up.',
			},
		]);
	});

	it.each([['TOTAL 1.234,50 €'], ['TOTAL 1,234.50'], ['TOTAL EUR 1 234,50'], ['Total: 1234,5']])(
		'finds the amount 1234,5 in %p',
		(text) => {
			const record = spanishInvoice({ total: 1234.5 });
			const problems = problemsOf(record, { sourceText: `${invoiceText}\n${text}` });
			expect(problems.filter((problem) => problem.field === 'total')).toEqual([
				expect.objectContaining({ code: 'totalMismatch' }),
			]);
		},
	);

	it.each([
		['Fecha: 10/02/2026'],
		['Fecha: 10.02.26'],
		['Date: February 10, 2026'],
		['Data: 10 de fevereiro de 2026'],
		['Data: 10 de febrer de 2026'],
		['Datum: 10. Februar 2026'],
	])('finds the issue date 2026-02-10 in %p', (dateText) => {
		const sourceText = invoiceText.replace('Fecha: 10/02/2026', dateText);
		expect(codesOf(spanishInvoice(), { sourceText })).toEqual([]);
	});

	it('finds a tax id printed with the ES prefix and separators, and an IBAN in groups', () => {
		const record = spanishInvoice();
		record.supplier = { ...record.supplier, taxId: 'ESB46183059' };
		expect(codesOf(record, { sourceText: invoiceText })).toEqual([]);
	});

	it('finds a ticket line price and net by their VAT-included printed values', () => {
		expect(codesOf(ticket(), { sourceText: ticketText })).toEqual([]);
	});

	it('finds a value through the text the model copied for it', () => {
		const record = spanishInvoice({
			printed: { 'supplier.name': 'CL Distribuciones Ciclo Levante' },
		});
		record.supplier = { ...record.supplier, name: 'Distribuciones Ciclo Levante' };
		expect(codesOf(record, { sourceText: invoiceText })).toEqual([]);
	});

	it('does not look for values the code computed, such as a recargo total it added up', () => {
		const record = spanishInvoice({
			lines: [line(50, 2.35, 0, 117.5, 21), line(12, 11.4, 5, 129.96, 10)],
			taxBreakdown: [vat(21, 117.5, 24.68, 5.2, 6.11), vat(10, 129.96, 13, 1.4, 1.82)],
			taxTotal: 37.68,
			surchargeTotal: 7.93,
			total: 293.07,
		});
		const sourceText = invoiceText
			.replace(
				'IVA 21 % 51,97 €',
				'IVA 21 % 117,50 24,68 R.E. 5,2 % 6,11\nIVA 10 % 129,96 13,00 R.E. 1,4 % 1,82\nTotal IVA 37,68',
			)
			.replace('299,43', '293,07');

		expect(problemsOf(record, { sourceText }).map(({ code, field }) => [code, field])).toEqual([
			['notInSource', 'surchargeTotal'],
		]);
		expect(codesOf(record, { sourceText, computedFields: ['surchargeTotal'] })).toEqual([]);
	});

	it('skips every line of a computed path written with [*]', () => {
		const record = spanishInvoice({ lines: [line(50, 2.35, 0, 117.5), line(12, 11.4, 5, 129.96)] });
		const sourceText = invoiceText.replace(' 117,50', '').replace(' 129,96', '');

		expect(codesOf(record, { sourceText })).toEqual(['notInSource', 'notInSource']);
		expect(codesOf(record, { sourceText, computedFields: ['lines[*].net'] })).toEqual([]);
	});

	it('looks for nothing when there is no text, as for an e-invoice', () => {
		const record = spanishInvoice({ invoiceNumber: 'not printed anywhere' });
		expect(codesOf(record)).toEqual([]);
	});

	it('reports a document marked as an invoice that calls itself a factura rectificativa', () => {
		const sourceText = invoiceText.replace('FACTURA\n', 'FACTURA RECTIFICATIVA\n');
		expect(codesOf(spanishInvoice(), { sourceText })).toEqual(['creditNoteNotMarked']);
	});

	it('does not take credit-note words inside a sentence for a heading', () => {
		const sourceText = `${invoiceText}\nUn error en esta factura se corregirá con una factura rectificativa.`;
		expect(codesOf(spanishInvoice(), { sourceText })).toEqual([]);
	});

	it('accepts a rate printed over no tax when the text says inversión del sujeto pasivo', () => {
		const record = spanishInvoice({
			taxBreakdown: [vat(21, 247.46, 0)],
			taxTotal: 0,
			total: 247.46,
		});
		const sourceText = invoiceText
			.replace('IVA 21 % 51,97 €', 'IVA 21 % 0,00 € Inversión del sujeto pasivo')
			.replace('299,43', '247,46');
		expect(codesOf(record, { sourceText })).toEqual([]);
	});
});

describe('comparing values with the text copied for them', () => {
	it('accepts values that read as the text copied for them', () => {
		const record = spanishInvoice({
			printed: {
				total: '299,43 €',
				'lines[0].quantity': '50',
				'lines[1].discountPercent': '5 %',
				issueDate: '10/02/2026',
				'supplier.taxId': 'CIF: B-46.183.059'.slice(5),
				iban: 'ES91 2100 0418 4502 0005 1332',
			},
		});
		expect(codesOf(record, { sourceText: invoiceText })).toEqual([]);
	});

	it('reports a total that differs from its printed text', () => {
		const record = spanishInvoice({ printed: { total: '299,43 €' }, total: 293.43 });
		const problems = problemsOf(record);

		expect(problems.map((problem) => problem.code)).toEqual([
			'totalMismatch',
			'printedValueMismatch',
		]);
		expect(problems[1]).toEqual({
			code: 'printedValueMismatch',
			field: 'total',
			message: 'The total is printed as "299,43 €" but was extracted as 293,43.',
		});
	});

	it('reads ambiguous printed amounts by the separator of the others', () => {
		const record = spanishInvoice({
			lines: [line(1, 1234, 0, 1234)],
			taxBreakdown: [vat(21, 1234, 259.14)],
			netTotal: 1234,
			taxTotal: 259.14,
			total: 1493.14,
			printed: { netTotal: '1.234', taxTotal: '259,14', total: '1.493,14' },
		});
		expect(codesOf(record)).toEqual([]);
	});

	it('reports a date read with day and month swapped', () => {
		const record = spanishInvoice({
			issueDate: '2026-02-10',
			printed: { issueDate: '02/11/2026' },
		});
		expect(codesOf(record)).toEqual(['printedValueMismatch']);
	});

	it('reports a tax id that differs from the one printed', () => {
		const record = spanishInvoice({ printed: { 'customer.taxId': 'B96412793' } });
		expect(codesOf(record)).toEqual(['printedValueMismatch']);
	});

	it('does not judge printed text it cannot read', () => {
		const record = spanishInvoice({ printed: { total: 'see overleaf' } });
		expect(codesOf(record)).toEqual([]);
	});
});

describe('bank accounts in the document', () => {
	const { validateInvoice } = require('../../../nodes/engine/invoice/validate');
	const { emptyInvoice } = require('../../../nodes/engine/invoice/record');

	const recordWith = (iban: string) => ({ ...emptyInvoice(), iban });
	const problemsFor = (text: string, iban: string) =>
		(
			validateInvoice(recordWith(iban), { sourceText: text, requiredFields: [] })
				.problems as Array<{
				code: string;
			}>
		).map((entry) => entry.code);

	it('accepts a document that prints one account', () => {
		const text = 'Pago por transferencia a ES43 0237 1180 2755 0031 7281.';
		expect(problemsFor(text, 'ES4302371180275500317281')).not.toContain('severalIbans');
	});

	it('flags a document that prints a second, changed account', () => {
		const text =
			'Pago a ES43 0237 1180 2755 0031 7281.\nAVISO: hemos cambiado de banco, pague a ES91 2100 0418 4502 0005 1332.';
		expect(problemsFor(text, 'ES9121000418450200051332')).toContain('severalIbans');
	});
});
