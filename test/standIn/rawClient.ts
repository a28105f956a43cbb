/** Loosely typed on purpose: tests read whatever JSON the stand-in sends. */
export interface RawAnswer {
	status: number;
	contentType: string | null;
	text: string;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any JSON shape
	json(): any;
	// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any JSON shape
	lines(): any[];
}

export interface RawCall {
	method?: string;
	body?: unknown;
	headers?: Record<string, string>;
	signal?: AbortSignal;
}

export async function callStandIn(
	url: string,
	path: string,
	call: RawCall = {},
): Promise<RawAnswer> {
	const method = call.method ?? (call.body === undefined ? 'GET' : 'POST');
	const body = typeof call.body === 'string' ? call.body : JSON.stringify(call.body);
	const response = await fetch(`${url}${path}`, {
		method,
		body: call.body === undefined ? undefined : body,
		headers: { 'Content-Type': 'application/json', ...call.headers },
		signal: call.signal,
	});
	const text = await response.text();

	return {
		status: response.status,
		contentType: response.headers.get('content-type'),
		text,
		json: () => JSON.parse(text),
		lines: () =>
			text
				.split('\n')
				.filter((line) => line !== '')
				.map((line) => JSON.parse(line)),
	};
}
