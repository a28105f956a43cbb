import type { ValidationProblem } from '../record';
import type { CheckContext } from './context';
import { formatRate } from './money';
import { problem } from './problems';
import {
	includesRate,
	ratesOn,
	surchargeRatesByVatRate,
	vatRates,
	withholdingRates,
} from './taxRates';

const countryNames: Record<string, string> = {
	ES: 'Spain',
	PT: 'Portugal',
	FR: 'France',
	DE: 'Germany',
	IT: 'Italy',
	NL: 'the Netherlands',
	BE: 'Belgium',
	IE: 'Ireland',
	AT: 'Austria',
};

/** The Canary Islands (IGIC), Ceuta and Melilla (IPSI) charge their own taxes, not IVA. */
const outsideIvaAddress =
	/\b(?:35|38|51|52)\d{3}\b|canarias|las palmas|tenerife|lanzarote|fuerteventura|ceuta|melilla/i;
const outsideIvaTaxes = /\b(?:IGIC|IPSI)\b/;

function listRates(rates: number[]): string {
	const printed = [...new Set(rates)].sort((first, second) => second - first).map(formatRate);
	return printed.length > 1
		? `${printed.slice(0, -1).join(', ')} and ${printed[printed.length - 1]}`
		: printed.join('');
}

function chargesIva(context: CheckContext): boolean {
	const address = context.record.supplier.address ?? '';
	if (outsideIvaAddress.test(address)) return false;
	return !outsideIvaTaxes.test(context.sourceText ?? '');
}

function checkVatRates(context: CheckContext, country: string, date: string | null) {
	const { record } = context;
	const allowed = ratesOn(vatRates[country], date);
	const when = date ? ` on ${date}` : '';
	const rated: Array<[string, number | null]> = [
		...record.taxBreakdown.map((entry, index) => [`taxBreakdown[${index}].rate`, entry.rate]),
		...record.lines.map((line, index) => [`lines[${index}].taxRate`, line.taxRate]),
	] as Array<[string, number | null]>;

	const reported = new Set<number>();
	const problems: ValidationProblem[] = [];
	for (const [field, rate] of rated) {
		if (rate === null || includesRate(allowed, rate) || reported.has(rate)) continue;
		reported.add(rate);
		const message = `The VAT rate ${formatRate(rate)} is not a rate of ${countryNames[country]}${when} (its rates are ${listRates(allowed)}).`;
		problems.push(problem('invalidTaxRate', field, message));
	}
	return problems;
}

function checkSpanishExtras(context: CheckContext, date: string | null): ValidationProblem[] {
	const { taxBreakdown, withholding } = context.record;
	const problems: ValidationProblem[] = [];

	taxBreakdown.forEach((entry, index) => {
		if (!entry.surchargeRate) return;
		const pair = surchargeRatesByVatRate.find((candidate) => candidate.vatRate === entry.rate);
		if (!pair) return;
		const allowed = ratesOn(pair.surcharge, date);
		if (includesRate(allowed, entry.surchargeRate)) return;
		const message = `The recargo de equivalencia rate ${formatRate(entry.surchargeRate)} does not go with IVA at ${formatRate(entry.rate)} (it should be ${listRates(allowed).replace(' and ', ' or ')}).`;
		problems.push(problem('invalidSurchargeRate', `taxBreakdown[${index}].surchargeRate`, message));
	});

	const withholdingRate = withholding?.rate;
	if (withholdingRate && !includesRate(ratesOn(withholdingRates, date), withholdingRate)) {
		const allowed = listRates(ratesOn(withholdingRates, date));
		const message = `The IRPF withholding rate ${formatRate(withholdingRate)} is not one in use (they are ${allowed}).`;
		problems.push(problem('invalidWithholdingRate', 'withholding.rate', message));
	}
	return problems;
}

/**
 * Rates that do not exist in the supplier's country on the issue date. Countries without a
 * table are not checked; 0 % is always allowed (exempt, intra-EU and reverse-charge supplies).
 */
export function checkTaxRates(context: CheckContext): ValidationProblem[] {
	const country = context.supplierCountry;
	if (!country || !vatRates[country]) return [];
	if (country === 'ES' && !chargesIva(context)) return [];

	const issueDate = context.record.issueDate;
	const date = issueDate && /^\d{4}-\d{2}-\d{2}$/.test(issueDate) ? issueDate : null;
	const problems = checkVatRates(context, country, date);
	if (country === 'ES') problems.push(...checkSpanishExtras(context, date));
	return problems;
}
