import { NodeApiError, NodeOperationError, type INode, type JsonObject } from 'n8n-workflow';

import { OllamaFailure } from '../engine/ollama/errors';

/**
 * Server and connection failures become NodeApiError, problems of the item itself (a prompt
 * too long, an unusable answer) NodeOperationError; both are tied to the item that caused them.
 */
export function toNodeError(node: INode, error: unknown, itemIndex?: number) {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;

	if (!(error instanceof OllamaFailure)) {
		const message = error instanceof Error ? error.message : String(error);
		// Input errors of the engines (invoice, knowledge) carry what to do in `description`.
		const description = (error as { description?: unknown })?.description;
		return new NodeOperationError(node, message, {
			itemIndex,
			...(typeof description === 'string' ? { description } : {}),
		});
	}

	if (error.concernsItem || error.kind === 'remoteNotAllowed' || error.kind === 'invalidBaseUrl') {
		return new NodeOperationError(node, error.message, {
			description: error.description,
			itemIndex,
		});
	}

	return new NodeApiError(node, { message: error.message, kind: error.kind } as JsonObject, {
		message: error.message,
		description: error.description,
		httpCode: error.httpStatus ? String(error.httpStatus) : undefined,
		itemIndex,
	});
}
