import { mean, percentile, round } from '../statistics';
import { spanishTextInvoices } from './corpus';
import type { OurPass, TheirPass } from './passes';
import type { InvoiceScriptedModel, Route } from './scriptedModel';

type Row = Record<string, string | number>;

const spanishPdfs = spanishTextInvoices.map((name) => `${name}.pdf`);

const versus = (ours: number, theirs: number) =>
	`${round(ours)} vs ${round(theirs)} (ratio ${round(ours / theirs, 2)})`;

function meanUsage(
	model: InvoiceScriptedModel,
	route: Route,
	field: 'calls' | 'promptTokens' | 'outputTokens',
) {
	return mean(spanishPdfs.map((file) => model.usageOf(route, file)[field]));
}

function medianMs<T extends { file: string }>(passes: T[], time: (pass: T) => number): number {
	return percentile(passes.filter((pass) => spanishPdfs.includes(pass.file)).map(time), 0.5);
}

const describe = (passes: Array<{ file: string; outcome: string }>) =>
	passes.map((pass) => `${pass.file}, ${pass.outcome}`).join('; ');

const theirChecks =
	"nothing beyond the answer's JSON shape (types, required keys, enum): no sums, tax ids or values looked up in the text; every PDF, inv10's invalid CIF included, leaves on the one output";

/** Ours before theirs in every figure; means over the Spanish text PDFs both send to a model. */
export function summary(ours: OurPass[], theirs: TheirPass[], model: InvoiceScriptedModel): Row {
	const usage = (field: 'calls' | 'promptTokens' | 'outputTokens') =>
		versus(meanUsage(model, 'localSlm', field), meanUsage(model, 'n8n', field));
	const flagged = ours.filter(
		(pass) => spanishPdfs.includes(pass.file) && !pass.outcome.startsWith('Valid'),
	);
	const attachedCalls = theirs
		.filter((pass) => !spanishPdfs.includes(pass.file))
		.map((pass) => `${model.usageOf('n8n', pass.file).calls} (${pass.file})`);

	return {
		node: `Extract Invoice vs n8n's route (ours vs theirs, ${spanishPdfs.length} Spanish text PDFs)`,
		modelCallsPerInvoice: usage('calls'),
		promptTokensPerInvoice: usage('promptTokens'),
		outputTokensPerInvoice: usage('outputTokens'),
		nodeMsPerInvoiceMedian: versus(
			medianMs(ours, (pass) => pass.nodeMs),
			medianMs(theirs, (pass) => pass.textMs + pass.extractorMs),
		),
		timesNote: "medians: a route's first PDF and first model call also load code (see the tables)",
		pdfsWithAttachedXml: `0 model calls vs ${attachedCalls.join(', ')}`,
		oursChecked: `${flagged.length} of ${spanishPdfs.length} to Needs Review: ${describe(flagged)}`,
		theirsChecked: theirChecks,
	};
}
