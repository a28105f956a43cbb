import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { knowledgeFixtures } from '../../../bench/knowledgeQuality';
import { documentIdFromSource, formatFromFileName } from '../../../nodes/engine/knowledge';
import { prepareDocument } from '../../../nodes/engine/knowledge/prepareDocument';

const fixture = (name: string) => readFileSync(join(knowledgeFixtures(), name), 'utf8');

const passagesOf = (...args: Parameters<typeof prepareDocument>) =>
	prepareDocument(...args).passages.map(({ section, heading, text, fields }) => ({
		section,
		heading,
		text,
		fields,
	}));

describe('turning Markdown into passages', () => {
	const faq = prepareDocument({ source: 'faq.md', format: 'markdown', content: fixture('faq.md') });

	it('takes the title from the first heading and the id from the source', () => {
		expect(faq).toMatchObject({
			id: 'faq.md',
			title: 'Preguntas frecuentes — Bicis Turia',
			source: 'faq.md',
		});
	});

	it('cites a section by the anchor just above its heading', () => {
		const sections = [...new Set(faq.passages.map((passage) => passage.section))];

		expect(sections).toEqual([
			'preguntas-frecuentes-bicis-turia',
			'tienda',
			'horario',
			'envios',
			'devoluciones',
			'garantia',
			'pagos',
			'alquiler',
			'reparaciones',
		]);
	});

	it('keeps a table whole with the rest of its section when they fit', () => {
		const horario = faq.passages.filter((passage) => passage.section === 'horario');

		expect(horario).toHaveLength(1);
		expect(horario[0].heading).toBe('Preguntas frecuentes — Bicis Turia > Horario');
		expect(horario[0].text).toContain('| Sábados | 10:00–14:00 |');
		expect(horario[0].text).toContain('Fallas (15 al 18 de marzo)');
		expect(
			horario[0].embeddingInput.startsWith('Preguntas frecuentes — Bicis Turia > Horario\n'),
		).toBe(true);
	});

	it('cuts a long list between its items, never inside a table', () => {
		const alquiler = faq.passages.filter((passage) => passage.section === 'alquiler');

		expect(alquiler.length).toBeGreaterThan(1);
		expect(alquiler.every((passage) => passage.text.length <= 1000)).toBe(true);
		expect(alquiler[0].text).toContain('| Sillita portabebés (extra) | — | 3 € | 5 € | 15 € |');
		expect(alquiler.slice(1).every((passage) => passage.text.startsWith('- '))).toBe(true);
	});

	it('makes each row of a table with anchored rows a passage cited by its anchor', () => {
		const rates = passagesOf({
			source: 'repair-rates.md',
			format: 'markdown',
			content: fixture('repair-rates.md'),
		});

		expect(rates.find((passage) => passage.section === 'R06')).toEqual({
			section: 'R06',
			heading: 'Tarifas del taller — Bicis Turia > Ruedas y neumáticos',
			text: 'Código: R06; Servicio: Cambio de cubierta; Precio: 10 € por rueda; Tiempo aprox.: 20 min; Notas: Cubierta aparte. Incluye el montaje de la cámara',
			fields: {
				Código: 'R06',
				Servicio: 'Cambio de cubierta',
				Precio: '10 € por rueda',
				'Tiempo aprox.': '20 min',
				Notas: 'Cubierta aparte. Incluye el montaje de la cámara',
			},
		});
	});

	it('names a section without an anchor after its heading, and accepts {#id}', () => {
		const markdown =
			'# Guía\n\n## Cómo llegar\n\nEn metro.\n\n## Aparcamiento {#parking}\n\nNo hay.';

		const sections = passagesOf({ source: 'guia.md', format: 'markdown', content: markdown }).map(
			(passage) => passage.section,
		);

		expect(sections).toEqual(['como-llegar', 'parking']);
	});
});

describe('turning other formats into passages', () => {
	it('reads HTML with its headings, anchors, lists and tables', () => {
		const html = `<html><head><title>Tienda</title><style>p{}</style></head><body>
			<h1>Bicis Turia</h1>
			<a id="horario"></a><h2>Horario</h2>
			<p>Abrimos de lunes a s&aacute;bado.</p>
			<table><tr><th>Día</th><th>Horas</th></tr><tr><td>Lunes</td><td>9:30&ndash;20:00</td></tr></table>
			<h2 id="pagos">Pagos</h2><ul><li>Bizum</li><li>Tarjeta</li></ul>
			<script>alert(1)</script></body></html>`;

		const document = prepareDocument({
			source: 'https://bicis.example/info.html',
			format: 'html',
			content: html,
		});

		expect(document.title).toBe('Tienda');
		expect(
			document.passages.map(({ section, heading, text }) => ({ section, heading, text })),
		).toEqual([
			{
				section: 'horario',
				heading: 'Bicis Turia > Horario',
				text: 'Abrimos de lunes a sábado.\n\n| Día | Horas |\n| --- | --- |\n| Lunes | 9:30–20:00 |',
			},
			{ section: 'pagos', heading: 'Bicis Turia > Pagos', text: '- Bizum\n- Tarjeta' },
		]);
	});

	it('makes each CSV row a passage with its columns as fields and its key as section', () => {
		const catalog = passagesOf({
			source: 'catalog.csv',
			format: 'csv',
			content: fixture('catalog.csv'),
		});

		expect(catalog).toHaveLength(48);
		expect(catalog[0].section).toBe('BT-BIC-001');
		expect(catalog[0].text).toMatch(
			/^sku: BT-BIC-001; name: Bicicleta urbana Turia City 7V; category: Bicicletas; description: Cuadro de aluminio, .*; price_eur_incl_vat: 449.00; stock_units: 6; brand: Turia Bikes$/,
		);
		expect(catalog[0].fields).toMatchObject({ sku: 'BT-BIC-001', price_eur_incl_vat: '449.00' });
	});

	it('reads a semicolon CSV with quoted line breaks and finds an id-like key column', () => {
		const csv = '\uFEFFnombre;ref;precio\n"Casco ""Kids""";K-1;29,90\n"Luz\ndelantera";L-2;34,90\n';

		const rows = passagesOf({ source: 'precios.csv', format: 'csv', content: csv });

		expect(rows.map((row) => row.section)).toEqual(['K-1', 'L-2']);
		expect(rows[0].fields).toEqual({ nombre: 'Casco "Kids"', ref: 'K-1', precio: '29,90' });
		expect(rows[1].text).toBe('nombre: Luz\ndelantera; ref: L-2; precio: 34,90');
	});

	it('makes each JSON row a passage, numbering rows when no column is a key', () => {
		const rows = [
			{ name: 'Timbre', price: 9.9, tags: ['latón'] },
			{ name: 'Timbre', price: 12 },
		];

		const passages = passagesOf({ source: 'extras.json', format: 'json', rows });

		expect(passages.map((passage) => passage.section)).toEqual(['row=1', 'row=2']);
		expect(passages[0].text).toBe('name: Timbre; price: 9.9; tags: ["latón"]');
		expect(passages[0].fields).toEqual({ name: 'Timbre', price: 9.9, tags: ['latón'] });
	});

	it('cites PDF passages by page', () => {
		const passages = passagesOf({
			source: 'manual.pdf',
			format: 'pdf',
			pages: ['Montaje del manillar.', '', 'Frenos.'],
		});

		expect(passages.map((passage) => passage.section)).toEqual(['page=1', 'page=3']);
	});

	it('splits long prose at sentence ends with the chosen overlap, in characters or tokens', () => {
		const sentence = (index: number) => `Frase número ${index} sobre la cadena y el cambio.`;
		const text = Array.from({ length: 40 }, (_, index) => sentence(index)).join(' ');

		const byCharacters = passagesOf(
			{ source: 'a.txt', format: 'text', content: text },
			{ maximumSize: 300, overlap: 100 },
		);
		const byTokens = passagesOf(
			{ source: 'a.txt', format: 'text', content: text },
			{ unit: 'tokens', maximumSize: 100, overlap: 0 },
		);

		const lastSentences = (passage: { text: string }, count: number) =>
			passage.text
				.split(/(?<=\.) /)
				.slice(-count)
				.join(' ');
		expect(byCharacters.every((passage) => passage.text.length <= 300)).toBe(true);
		expect(byCharacters[1].text.startsWith(lastSentences(byCharacters[0], 2))).toBe(true);
		expect(byTokens.every((passage) => passage.text.length <= 300)).toBe(true);
		expect(byTokens[1].text.startsWith(lastSentences(byTokens[0], 1))).toBe(false);
	});

	it('derives stable ids and formats from file names', () => {
		expect(documentIdFromSource('./docs\\faq.md#horario')).toBe('docs/faq.md');
		expect(formatFromFileName('Catálogo 2026.CSV')).toBe('csv');
		expect(formatFromFileName('notes')).toBeUndefined();
	});
});
