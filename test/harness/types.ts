/** One item as a node emits it. */
export interface Item {
	json: Record<string, unknown>;
	binary?: Record<string, unknown>;
	pairedItem?: unknown;
	error?: unknown;
}

export interface RunError {
	message: string;
	description?: string;
	/** n8n's error class, e.g. NodeOperationError or NodeApiError. */
	name?: string;
	/** The node that failed, when n8n names it. */
	nodeName?: string;
	/** The error object as n8n printed it. */
	raw: Record<string, unknown>;
}

export interface NodeResult {
	/** Items of the node's last run, one array per main output (index 0 is the first output). */
	outputs: Item[][];
	/** Every run of the node in order (a node in a loop runs more than once); same shape. */
	runs: Item[][][];
	/** n8n's executionStatus of the last run: 'success' or 'error'. */
	status?: string;
	error?: RunError;
	/** n8n's executionTime of the last run in milliseconds; a root node's includes its sub-nodes. */
	executionTime?: number;
}

export interface WorkflowRun {
	/** The execution status n8n reported: 'success', 'error', 'crashed', 'canceled', ... */
	status: string;
	finished: boolean;
	/** Keyed by node name; nodes that did not run are absent. */
	nodes: Record<string, NodeResult>;
	/** The error that stopped the execution, if any. */
	error?: RunError;
	lastNodeExecuted?: string;
	/** From startedAt to stoppedAt as n8n recorded them: the execution without n8n's start-up. */
	durationMs?: number;
	/** Everything n8n printed while executing, for failure messages. */
	output: string;
}

export interface CredentialToImport {
	/** Up to 16 letters and digits; one is made up when absent. */
	id?: string;
	name: string;
	type: string;
	/** The credential's fields in plain text; n8n encrypts them on import. */
	data: Record<string, unknown>;
}
