import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { readEInvoiceXml } from '../../../nodes/engine/invoice/einvoice';

const fixture = (path: string) => readFileSync(join(__dirname, '../../fixtures', path), 'utf8');
const facturae = fixture('einvoices/inv02_mixed_vat.facturae322.xml');

interface TruthLine {
	description: string;
	quantity: number;
	unit_price: number;
	vat_rate: number;
	line_net: number;
}

interface TruthTax {
	vat_rate: number;
	base: number;
	vat_amount: number;
}

/** Replaces the invoice-level taxes and totals of inv02; its lines keep their own taxes. */
function withTaxesAndTotals(taxes: string, totals: string): string {
	return facturae
		.replace(/<InvoiceTotals>[\s\S]*?<\/InvoiceTotals>/, '')
		.replace(/<\/InvoiceIssueData>[\s\S]*?<Items>/, `</InvoiceIssueData>${taxes}${totals}<Items>`);
}

const tax = (rate: string, base: string, amount: string, surcharge = '') => `
	<Tax>
		<TaxTypeCode>01</TaxTypeCode>
		<TaxRate>${rate}</TaxRate>
		<TaxableBase><TotalAmount>${base}</TotalAmount></TaxableBase>
		<TaxAmount><TotalAmount>${amount}</TotalAmount></TaxAmount>
		${surcharge}
	</Tax>`;

const surcharge = (rate: string, amount: string) => `
	<EquivalenceSurcharge>${rate}</EquivalenceSurcharge>
	<EquivalenceSurchargeAmount><TotalAmount>${amount}</TotalAmount></EquivalenceSurchargeAmount>`;

const totals = (net: string, taxes: string, withheld: string, total: string) => `
	<InvoiceTotals>
		<TotalGrossAmount>${net}</TotalGrossAmount>
		<TotalGrossAmountBeforeTaxes>${net}</TotalGrossAmountBeforeTaxes>
		<TotalTaxOutputs>${taxes}</TotalTaxOutputs>
		<TotalTaxesWithheld>${withheld}</TotalTaxesWithheld>
		<InvoiceTotal>${total}</InvoiceTotal>
		<TotalOutstandingAmount>${total}</TotalOutstandingAmount>
		<TotalExecutableAmount>${total}</TotalExecutableAmount>
	</InvoiceTotals>`;

describe('reading a Facturae e-invoice', () => {
	it('gives the same values as the ground truth of the same invoice printed as a PDF', () => {
		const truth = JSON.parse(fixture('invoices-es/inv02_mixed_vat.json'));

		const { format, record } = readEInvoiceXml(facturae);

		expect(format).toBe('facturae');
		expect(record.documentType).toBe(truth.document_type);
		expect(record.invoiceNumber).toBe(truth.invoice_number);
		expect(record.issueDate).toBe(truth.issue_date);
		expect(record.dueDate).toBe(truth.due_date);
		expect(record.currency).toBe(truth.currency);
		expect(record.supplier).toEqual({
			name: truth.supplier.name,
			taxId: truth.supplier.tax_id,
			address: truth.supplier.address,
			countryCode: 'ES',
		});
		expect(record.customer).toMatchObject({
			name: truth.customer.name,
			taxId: truth.customer.tax_id,
		});
		expect(record.taxBreakdown).toEqual(
			truth.tax_breakdown.map((entry: TruthTax) => ({
				rate: entry.vat_rate,
				base: entry.base,
				amount: entry.vat_amount,
				surchargeRate: null,
				surchargeAmount: null,
			})),
		);
		expect(record.netTotal).toBe(truth.net_total);
		expect(record.taxTotal).toBe(truth.vat_total);
		expect(record.total).toBe(truth.total);
		expect(record.withholding).toBe(truth.irpf_withholding);
		expect(record.surchargeTotal).toBe(truth.surcharge);
		expect(record.lines).toEqual(
			truth.lines.map((line: TruthLine) => ({
				description: line.description,
				quantity: line.quantity,
				unitPrice: line.unit_price,
				discountPercent: null,
				taxRate: line.vat_rate,
				net: line.line_net,
			})),
		);
	});

	it('keeps the XML text of numbers and dates in printed', () => {
		const { record } = readEInvoiceXml(facturae);

		expect(record.printed).toMatchObject({
			issueDate: '2026-03-05',
			total: '126.03',
			'lines[0].unitPrice': '0.890000',
			'taxBreakdown[2].rate': '4.00',
		});
	});

	it('reads IRPF withheld as a positive withholding and the amount payable after it', () => {
		const withheld = `
			<TaxesWithheld>
				<Tax>
					<TaxTypeCode>04</TaxTypeCode>
					<TaxRate>15.00</TaxRate>
					<TaxableBase><TotalAmount>610.00</TotalAmount></TaxableBase>
					<TaxAmount><TotalAmount>91.50</TotalAmount></TaxAmount>
				</Tax>
			</TaxesWithheld>`;
		const xml = withTaxesAndTotals(
			`<TaxesOutputs>${tax('21.00', '610.00', '128.10')}</TaxesOutputs>${withheld}`,
			totals('610.00', '128.10', '91.50', '646.60'),
		);

		const { record } = readEInvoiceXml(xml);

		expect(record.withholding).toEqual({ rate: 15, base: 610, amount: 91.5 });
		expect(record.netTotal).toBe(610);
		expect(record.taxTotal).toBe(128.1);
		expect(record.total).toBe(646.6);
	});

	it('keeps recargo de equivalencia apart from VAT and adds it without rounding errors', () => {
		const taxes = `
			<TaxesOutputs>
				${tax('21.00', '80.77', '16.96', surcharge('5.20', '4.20'))}
				${tax('10.00', '78.57', '7.86', surcharge('1.40', '1.10'))}
			</TaxesOutputs>`;
		const xml = withTaxesAndTotals(taxes, totals('159.34', '30.12', '0.00', '189.46'));

		const { record } = readEInvoiceXml(xml);

		expect(record.taxBreakdown[0]).toEqual({
			rate: 21,
			base: 80.77,
			amount: 16.96,
			surchargeRate: 5.2,
			surchargeAmount: 4.2,
		});
		// 4.20 + 1.10 in binary floating point is 5.300000000000001.
		expect(record.surchargeTotal).toBe(5.3);
		expect(record.taxTotal).toBe(24.82);
		expect(record.total).toBe(189.46);
		expect(record.withholding).toBeNull();
	});

	it('reads a corrective invoice as a credit note with the number it corrects', () => {
		const corrective = `
			<InvoiceClass>OR</InvoiceClass>
			<Corrective>
				<InvoiceNumber>000214</InvoiceNumber>
				<InvoiceSeriesCode>FV26-</InvoiceSeriesCode>
				<ReasonCode>01</ReasonCode>
				<ReasonDescription>Número de la factura</ReasonDescription>
				<CorrectionMethod>02</CorrectionMethod>
				<CorrectionMethodDescription>Rectificación por diferencias</CorrectionMethodDescription>
			</Corrective>`;
		const xml = facturae.replace('<InvoiceClass>OO</InvoiceClass>', corrective);

		const { record } = readEInvoiceXml(xml);

		expect(record.documentType).toBe('creditNote');
		expect(record.correctedInvoiceNumber).toBe('FV26-000214');
	});

	it('reads a simplified invoice and puts the series before the number', () => {
		const xml = facturae
			.replace(
				'<InvoiceNumber>2026-A-004417</InvoiceNumber>',
				'<InvoiceNumber>004417</InvoiceNumber><InvoiceSeriesCode>2026-A-</InvoiceSeriesCode>',
			)
			.replace('<InvoiceDocumentType>FC<', '<InvoiceDocumentType>FA<');

		const { record } = readEInvoiceXml(xml);

		expect(record.documentType).toBe('simplifiedInvoice');
		expect(record.invoiceNumber).toBe('2026-A-004417');
	});

	it('reads the due date, account and terms of the first instalment', () => {
		const payment = `
			<PaymentDetails>
				<Installment>
					<InstallmentDueDate>2026-04-04</InstallmentDueDate>
					<InstallmentAmount>126.03</InstallmentAmount>
					<PaymentMeans>04</PaymentMeans>
					<AccountToBeCredited><IBAN>ES43 0237 1180 2755 0031 7281</IBAN></AccountToBeCredited>
					<CollectionAdditionalInformation>Transferencia a 30 días</CollectionAdditionalInformation>
				</Installment>
			</PaymentDetails>`;
		const xml = facturae.replace('<AdditionalData>', `${payment}<AdditionalData>`);

		const { record } = readEInvoiceXml(xml);

		expect(record.dueDate).toBe('2026-04-04');
		expect(record.iban).toBe('ES4302371180275500317281');
		expect(record.printed.iban).toBe('ES43 0237 1180 2755 0031 7281');
		expect(record.paymentTerms).toBe('Transferencia a 30 días');
	});

	it('names a self-employed supplier in full and converts an overseas country to alpha-2', () => {
		const seller = `
			<Individual>
				<Name>Lucía</Name>
				<FirstSurname>Ferrándiz</FirstSurname>
				<SecondSurname>Soler</SecondSurname>
				<AddressInSpain>
					<Address>Carrer de la Sèpia Blava, 7, 3ª</Address>
					<PostCode>46011</PostCode>
					<Town>València</Town>
					<Province>Valencia</Province>
					<CountryCode>ESP</CountryCode>
				</AddressInSpain>
			</Individual>`;
		const buyerAddress = `
			<OverseasAddress>
				<Address>12 rue des Moulins</Address>
				<PostCodeAndTown>69001 Lyon</PostCodeAndTown>
				<Province>Rhône</Province>
				<CountryCode>FRA</CountryCode>
			</OverseasAddress>`;
		const xml = facturae
			.replace(/<LegalEntity>[\s\S]*?<\/LegalEntity>/, seller)
			.replace(
				/<AddressInSpain>\s*<Address>Calle del Papel[\s\S]*?<\/AddressInSpain>/,
				buyerAddress,
			);

		const { record } = readEInvoiceXml(xml);

		expect(record.supplier.name).toBe('Lucía Ferrándiz Soler');
		expect(record.supplier.address).toBe(
			'Carrer de la Sèpia Blava, 7, 3ª, 46011 València (Valencia)',
		);
		expect(record.customer.address).toBe('12 rue des Moulins, 69001 Lyon (Rhône)');
		expect(record.customer.countryCode).toBe('FR');
	});
});
