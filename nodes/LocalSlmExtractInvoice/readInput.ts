import type { IBinaryData, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { describeValueShort } from '../engine/classify/messageText';
import { documentKind, type DocumentInput } from '../engine/invoice/documentInput';
import type { InvoiceSetup } from '../engine/invoice/extractInvoice';
import type { ExtraField } from '../engine/invoice/extract/schema';
import { InvoiceInputError } from '../engine/invoice/inputErrors';

interface InvoiceOptions {
	password?: string;
	requiredFields?: string;
	reviewScans?: boolean;
	maximumMegabytes?: number;
	maximumPages?: number;
	partTokenBudget?: number;
	extraInstructions?: string;
	keepAlive?: string;
}

export interface InvoiceNodeSetup {
	setup: InvoiceSetup;
	requiredFields: string[];
	reviewScans: boolean;
}

const modelName = (context: IExecuteFunctions, name: string) =>
	String(context.getNodeParameter(name, 0, '', { extractValue: true }) ?? '').trim();

/** Models, fields and limits are the same for every invoice of the run. */
export function readInvoiceSetup(context: IExecuteFunctions): InvoiceNodeSetup {
	const options = context.getNodeParameter('options', 0, {}) as InvoiceOptions;
	const extra = context.getNodeParameter('extraFields', 0, {}) as { field?: ExtraField[] };

	return {
		setup: {
			model: modelName(context, 'model'),
			visionModel: modelName(context, 'visionModel'),
			extraFields: (extra.field ?? []).filter((field) => field.name.trim()),
			extraInstructions: options.extraInstructions ?? '',
			partTokenBudget: options.partTokenBudget ?? 6000,
			keepAlive: options.keepAlive || undefined,
			limits: {
				maximumBytes: (options.maximumMegabytes ?? 20) * 1_048_576,
				maximumPages: options.maximumPages ?? 30,
				password: options.password || undefined,
			},
		},
		requiredFields: (
			options.requiredFields ??
			'supplier.name, supplier.taxId, invoiceNumber, issueDate, total, currency'
		)
			.split(',')
			.map((field) => field.trim())
			.filter(Boolean),
		reviewScans: options.reviewScans ?? true,
	};
}

function pickBinary(item: INodeExecutionData, wanted: string): [string, IBinaryData] {
	const binaries = Object.entries(item.binary ?? {});
	const named = binaries.find(([name]) => name === wanted);
	if (named) return named;
	const fitting = binaries.find(
		([, binary]) =>
			/pdf|xml|image\//.test(binary.mimeType ?? '') ||
			/\.(pdf|xml|png|jpe?g)$/i.test(binary.fileName ?? ''),
	);
	if (fitting) return fitting;

	const present = binaries.map(
		([name, binary]) => `${name} (${binary.fileName ?? binary.mimeType})`,
	);
	throw new InvoiceInputError(
		'notSupported',
		present.length > 0
			? `The item has no binary field "${wanted}" and no PDF, XML or image; it has ${present.join(', ')}.`
			: `The item has no binary data; expected a PDF, XML or image in the field "${wanted}".`,
		'Set "Input Binary Field" to the field that holds the invoice, or send the attachment on to this node.',
	);
}

export async function readDocument(
	context: IExecuteFunctions,
	item: INodeExecutionData,
	itemIndex: number,
): Promise<DocumentInput> {
	if (context.getNodeParameter('inputType', itemIndex) === 'text') {
		const text = context.getNodeParameter('text', itemIndex, undefined);
		if (typeof text !== 'string') {
			throw new InvoiceInputError(
				'notSupported',
				`The invoice text should be text, but the expression gave ${describeValueShort(text)}.`,
				'Point "Text" at the field that holds the invoice text.',
			);
		}
		return { kind: 'text', data: Buffer.from(text, 'utf8'), fileName: '', mimeType: 'text/plain' };
	}

	const [name, binary] = pickBinary(
		item,
		String(context.getNodeParameter('binaryPropertyName', itemIndex, 'data')),
	);
	const data = await context.helpers.getBinaryDataBuffer(itemIndex, name);
	const fileName = binary.fileName ?? name;
	const kind = documentKind(data, binary.mimeType ?? '', fileName);
	if (!kind && data.length > 0) {
		throw new InvoiceInputError(
			'notSupported',
			`The file "${fileName}" (${binary.mimeType}) is neither a PDF, an XML e-invoice nor an image.`,
			'Send the invoice as PDF, as Facturae, UBL or CII XML, or as a PNG or JPEG image.',
		);
	}
	return { kind: kind ?? 'pdf', data, fileName, mimeType: binary.mimeType ?? '' };
}
