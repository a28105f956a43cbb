import { parseDecimal, sumDecimals } from './decimals';
import { EInvoiceError } from './errors';
import type { XmlElement } from './xmlTree';

function checkedDate(year: string, month: string, day: string): string | undefined {
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
	const valid =
		date.getUTCFullYear() === Number(year) &&
		date.getUTCMonth() === Number(month) - 1 &&
		date.getUTCDate() === Number(day);
	return valid ? `${year}-${month}-${day}` : undefined;
}

/**
 * CII writes dates as format 102 (YYYYMMDD); UBL and Facturae as xs:date, which may carry a
 * time zone. Formats that name a month or a week (610, 616) are not a day, so they give null.
 */
function isoDate(text: string, format: string | undefined, elementName: string): string | null {
	if (format !== undefined && format !== '102') return null;

	const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	const dashed = format === undefined ? /^(\d{4})-(\d{2})-(\d{2})/.exec(text) : null;
	const parts = compact ?? dashed;
	const date = parts ? checkedDate(parts[1], parts[2], parts[3]) : undefined;
	if (!date) {
		throw new EInvoiceError(
			`The date in ${elementName} is not a valid date: "${text}". Ask the supplier for a corrected invoice.`,
		);
	}
	return date;
}

/** A number from an element, for values the record does not keep. */
export function numberOf(element: XmlElement | undefined): number | null {
	const text = element?.text.trim();
	return element && text ? parseDecimal(text, element.name) : null;
}

/** Reads typed values from elements and keeps each one's text in `printed` under its path. */
export class ValueReader {
	constructor(private readonly printed: Record<string, string>) {}

	number(path: string, element: XmlElement | undefined): number | null {
		const value = numberOf(element);
		if (value !== null) this.printed[path] = element!.text.trim();
		return value;
	}

	requiredNumber(path: string, element: XmlElement | undefined, description: string): number {
		const value = this.number(path, element);
		if (value === null) {
			throw new EInvoiceError(
				`The invoice gives no ${description}. Ask the supplier for a complete invoice.`,
			);
		}
		return value;
	}

	/** The exact sum of the elements' numbers; null when none is given. */
	sum(path: string, elements: (XmlElement | undefined)[]): number | null {
		const present = elements.filter((element): element is XmlElement =>
			Boolean(element?.text.trim()),
		);
		if (present.length === 0) return null;
		if (present.length === 1) return this.number(path, present[0]);

		const texts = present.map((element) => element.text.trim());
		present.forEach((element, index) => parseDecimal(texts[index], element.name));
		this.printed[path] = texts.join(' + ');
		return sumDecimals(texts.map((text) => [text, 1]));
	}

	date(path: string, element: XmlElement | undefined): string | null {
		const text = element?.text.trim();
		if (!element || !text) return null;

		const value = isoDate(text, element.attributes.format, element.name);
		this.printed[path] = text;
		return value;
	}

	/** A tax id as the PDF path normalises it: capitals, no spaces, dots or hyphens. */
	taxId(path: string, element: XmlElement | undefined): string | null {
		const text = element?.text.trim();
		if (!text) return null;

		this.printed[path] = text;
		return text.toUpperCase().replace(/[\s.-]/g, '');
	}

	/** An account number as ERPs store it: no spaces, upper case. */
	iban(path: string, element: XmlElement | undefined): string | null {
		const text = element?.text.trim();
		if (!text) return null;

		this.printed[path] = text;
		return text.replace(/\s+/g, '').toUpperCase();
	}
}
