/** Element names that differ between CII D16B (Factur-X, ZUGFeRD 2, XRechnung) and ZUGFeRD 1.0. */
export interface CiiNames {
	document: string;
	transaction: string;
	agreement: string;
	settlement: string;
	summation: string;
	ratePercent: string;
	lineAgreement: string;
	lineDelivery: string;
	lineSettlement: string;
	lineSummation: string;
}

export const ciiD16bNames: CiiNames = {
	document: 'ExchangedDocument',
	transaction: 'SupplyChainTradeTransaction',
	agreement: 'ApplicableHeaderTradeAgreement',
	settlement: 'ApplicableHeaderTradeSettlement',
	summation: 'SpecifiedTradeSettlementHeaderMonetarySummation',
	ratePercent: 'RateApplicablePercent',
	lineAgreement: 'SpecifiedLineTradeAgreement',
	lineDelivery: 'SpecifiedLineTradeDelivery',
	lineSettlement: 'SpecifiedLineTradeSettlement',
	lineSummation: 'SpecifiedTradeSettlementLineMonetarySummation',
};

export const zugferd1Names: CiiNames = {
	document: 'HeaderExchangedDocument',
	transaction: 'SpecifiedSupplyChainTradeTransaction',
	agreement: 'ApplicableSupplyChainTradeAgreement',
	settlement: 'ApplicableSupplyChainTradeSettlement',
	summation: 'SpecifiedTradeSettlementMonetarySummation',
	ratePercent: 'ApplicablePercent',
	lineAgreement: 'SpecifiedSupplyChainTradeAgreement',
	lineDelivery: 'SpecifiedSupplyChainTradeDelivery',
	lineSettlement: 'SpecifiedSupplyChainTradeSettlement',
	lineSummation: 'SpecifiedTradeSettlementMonetarySummation',
};
