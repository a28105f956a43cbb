import { NodeOperationError, type IExecuteFunctions, type INodeExecutionData } from 'n8n-workflow';

import { readPdf } from '../engine/invoice/pdf/readPdf';
import { formatFromFileName, type DocumentInput } from '../engine/knowledge';
import { readMetadata, type KnowledgeOptions } from './options';

const pdfLimits = { maximumBytes: 100 * 1_048_576, maximumPages: 2000 };

async function fromBinary(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	options: KnowledgeOptions,
) {
	const field = String(context.getNodeParameter('binaryPropertyName', itemIndex, 'data'));
	const binary = item.binary?.[field];
	if (!binary) {
		const present = Object.keys(item.binary ?? {});
		throw new NodeOperationError(context.getNode(), `The item has no binary field "${field}".`, {
			itemIndex,
			description: present.length
				? `It has ${present.join(', ')}. Set "Input Binary Field" to one of them.`
				: 'Read the file first (for example with Read Files from Disk), or choose "Text".',
		});
	}
	const data = await context.helpers.getBinaryDataBuffer(itemIndex, field);
	const source = binary.fileName ?? field;
	const format =
		options.format && options.format !== 'auto' ? options.format : formatFromFileName(source);
	if (!format) {
		throw new NodeOperationError(context.getNode(), `Cannot tell the format of "${source}".`, {
			itemIndex,
			description:
				'Supported are PDF, plain text, Markdown, HTML, CSV and JSON. Set "Format" in the options.',
		});
	}
	return { data, source, format };
}

/** One document from an item: a file of any supported kind, or text. */
export async function readDocument(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
	options: KnowledgeOptions,
): Promise<DocumentInput> {
	const id =
		String(context.getNodeParameter('documentId', itemIndex, '') ?? '').trim() || undefined;
	const base = {
		id,
		title: options.title || undefined,
		metadata: readMetadata(context, options.metadata, 'Metadata', itemIndex),
	};

	if (context.getNodeParameter('documentFrom', itemIndex) === 'text') {
		const text = context.getNodeParameter('text', itemIndex, undefined);
		if (typeof text !== 'string' || !text.trim()) {
			throw new NodeOperationError(context.getNode(), 'The document text is empty or not text.', {
				itemIndex,
				description: 'Point "Text" at the field that holds the document.',
			});
		}
		if (!id) {
			throw new NodeOperationError(
				context.getNode(),
				'A document given as text needs a Document ID.',
				{
					itemIndex,
					description: 'Set "Document ID" so that a later version replaces this one.',
				},
			);
		}
		const format =
			options.format && options.format !== 'auto' && options.format !== 'pdf'
				? options.format
				: 'text';
		return format === 'json'
			? {
					...base,
					source: id,
					format,
					rows: JSON.parse(text) as unknown[],
					keyColumn: options.keyColumn,
				}
			: { ...base, source: id, format, content: text, keyColumn: options.keyColumn };
	}

	const { data, source, format } = await fromBinary(context, item, itemIndex, options);
	if (format === 'pdf') {
		const pdf = await readPdf(data, pdfLimits);
		return { ...base, source, format, pages: pdf.pages.map((page) => page.text) };
	}
	const content = data.toString('utf8');
	if (format === 'json') {
		const parsed: unknown = JSON.parse(content);
		const rows = Array.isArray(parsed) ? parsed : [parsed];
		return { ...base, source, format, rows, keyColumn: options.keyColumn || undefined };
	}
	if (format === 'csv')
		return { ...base, source, format, content, keyColumn: options.keyColumn || undefined };
	return { ...base, source, format, content };
}
