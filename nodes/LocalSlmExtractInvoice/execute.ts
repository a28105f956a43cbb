import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { extractInvoice } from '../engine/invoice/extractInvoice';
import type { InvoiceValidation } from '../engine/invoice/record';
import { validateInvoice } from '../engine/invoice/validate';
import { lazyConnection } from '../shared/connection';
import { processItems, routeOutcomes } from '../shared/perItem';
import { readDocument, readInvoiceSetup } from './readInput';

const validOutput = 0;
const needsReviewOutput = 1;

function withScanReview(validation: InvoiceValidation, fromImages: boolean): InvoiceValidation {
	if (!fromImages) return validation;
	const problem = {
		code: 'readFromImages',
		field: 'source',
		message:
			'The invoice was read from page images, so its values could not be checked against a text layer.',
	};
	return { valid: false, problems: [...validation.problems, problem] };
}

export async function executeExtractInvoice(
	this: IExecuteFunctions,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const { setup, requiredFields, reviewScans } = readInvoiceSetup(this);
	if (items.length === 0) return [[], []];

	const connect = lazyConnection(this);

	const outcomes = await processItems(this, items.length, 1, async (itemIndex) => {
		const document = await readDocument(this, items[itemIndex], itemIndex);
		const extracted = await extractInvoice(connect, setup, document);
		const checked = validateInvoice(extracted.record, {
			sourceText: extracted.sourceText,
			requiredFields,
			// Added up by code from the breakdown, so it is not printed anywhere to be found.
			computedFields: ['surchargeTotal'],
		});
		const readFromImages = extracted.source === 'pdfImages' || extracted.source === 'image';
		const validation = withScanReview(checked, reviewScans && readFromImages);
		const model = readFromImages ? setup.visionModel : setup.model;
		this.logger.debug('Extracted an invoice', {
			itemIndex,
			source: extracted.source,
			pages: extracted.pages,
			valid: validation.valid,
			problems: validation.problems.map((problem) => problem.code),
			modelCalls: extracted.usage.modelCalls,
		});

		return {
			outputs: [validation.valid ? validOutput : needsReviewOutput],
			item: {
				json: {
					...items[itemIndex].json,
					invoice: extracted.record,
					validation,
					extraction: {
						source: extracted.source,
						fileName: document.fileName,
						pages: extracted.pages,
						textMillisecondsPerPage: Math.round(extracted.textMillisecondsPerPage * 10) / 10,
						model: extracted.usage.modelCalls > 0 ? model : null,
						usage: extracted.usage,
					},
				},
				binary: items[itemIndex].binary,
				pairedItem: { item: itemIndex },
			},
		};
	});

	return routeOutcomes(this, items, outcomes, 2, needsReviewOutput);
}
