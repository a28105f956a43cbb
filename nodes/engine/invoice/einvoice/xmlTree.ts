import { XMLParser, XMLValidator } from 'fast-xml-parser';

import { EInvoiceError } from './errors';

export interface XmlElement {
	/** The local name, without its prefix. */
	name: string;
	namespace: string;
	/** By local name, entities decoded. */
	attributes: Record<string, string>;
	children: XmlElement[];
	/** The element's own text and CDATA, untrimmed. */
	text: string;
}

type OrderedNode = Record<string, unknown>;

// E-invoices nest about 10 deep; the limit keeps a hostile file from exhausting the stack.
const maximumDepth = 100;

// Entities are decoded here rather than by the parser, so that `&amp;#233;` stays `&#233;`.
const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	processEntities: false,
	cdataPropName: '#cdata',
	maxNestedTags: maximumDepth,
});

const predefinedEntities: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
};

function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
		if (entity[0] !== '#') return predefinedEntities[entity] ?? whole;
		const codePoint =
			entity[1] === 'x' || entity[1] === 'X'
				? parseInt(entity.slice(2), 16)
				: parseInt(entity.slice(1), 10);
		return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : whole;
	});
}

function splitName(qualifiedName: string): { prefix: string; local: string } {
	const colon = qualifiedName.indexOf(':');
	if (colon < 0) return { prefix: '', local: qualifiedName };
	return { prefix: qualifiedName.slice(0, colon), local: qualifiedName.slice(colon + 1) };
}

function tagOf(node: OrderedNode): string | undefined {
	return Object.keys(node).find((key) => key !== ':@' && key[0] !== '#' && key[0] !== '?');
}

function textOfCdata(node: OrderedNode): string {
	const parts = node['#cdata'] as OrderedNode[];
	return parts.map((part) => String(part['#text'] ?? '')).join('');
}

function toElement(node: OrderedNode, scope: Map<string, string>): XmlElement {
	const tag = tagOf(node)!;
	const rawAttributes = (node[':@'] ?? {}) as Record<string, string>;

	const ownScope = new Map(scope);
	for (const [name, value] of Object.entries(rawAttributes)) {
		if (name === 'xmlns') ownScope.set('', value);
		if (name.startsWith('xmlns:')) ownScope.set(name.slice(6), value);
	}

	const attributes: Record<string, string> = {};
	for (const [name, value] of Object.entries(rawAttributes)) {
		if (name !== 'xmlns' && !name.startsWith('xmlns:')) {
			attributes[splitName(name).local] = decodeEntities(String(value));
		}
	}

	const children: XmlElement[] = [];
	let text = '';
	for (const content of node[tag] as OrderedNode[]) {
		if ('#text' in content) text += decodeEntities(String(content['#text']));
		else if ('#cdata' in content) text += textOfCdata(content);
		else if (tagOf(content)) children.push(toElement(content, ownScope));
	}

	const { prefix, local } = splitName(tag);
	return { name: local, namespace: ownScope.get(prefix) ?? '', attributes, children, text };
}

/** Parses a whole XML document into its root element; throws EInvoiceError when malformed. */
export function parseXml(xml: string): XmlElement {
	const source = xml.replace(/^\uFEFF/, '');
	if (source.trim() === '') {
		throw new EInvoiceError('The XML is empty. Pass the text of the invoice XML file.');
	}
	if (/<!DOCTYPE/i.test(source)) {
		throw new EInvoiceError(
			'The XML declares a DOCTYPE, which e-invoices never use, so it is refused. Ask the supplier for the invoice XML as their system produced it.',
		);
	}

	const validation = XMLValidator.validate(source);
	if (validation !== true) {
		const { msg, line, col } = validation.err;
		const place = col ? `line ${line}, column ${col}` : `line ${line}`;
		const reason = msg.replace(/\.?$/, '.');
		throw new EInvoiceError(
			`The XML is malformed at ${place}: ${reason} Ask the supplier to send the file again.`,
		);
	}

	let nodes: OrderedNode[];
	try {
		nodes = parser.parse(source) as OrderedNode[];
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new EInvoiceError(
			`The XML cannot be read: ${reason}. Check that the file is the invoice XML.`,
		);
	}

	const roots = nodes.filter((node) => tagOf(node));
	if (roots.length !== 1) {
		throw new EInvoiceError(
			`The XML has ${roots.length} root elements; a document has exactly one. Ask the supplier to send the file again.`,
		);
	}
	return toElement(roots[0], new Map());
}
