const cent = 0.005;

/**
 * A price may be given per base quantity (per 100 pieces). It is brought down to one unit only
 * when the line net confirms that reading, since some generators put the billed quantity there.
 */
export function pricePerUnit(
	price: number | null,
	baseQuantity: number | null,
	quantity: number | null,
	net: number | null,
): number | null {
	if (price === null || !baseQuantity || baseQuantity === 1) return price;
	if (quantity === null || net === null) return price;

	const perUnit = price / baseQuantity;
	const netOfPerUnit = Math.abs(quantity * perUnit - net) < cent;
	const netOfGiven = Math.abs(quantity * price - net) < cent;
	return netOfPerUnit && !netOfGiven ? perUnit : price;
}
