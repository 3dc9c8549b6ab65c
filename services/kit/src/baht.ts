/**
 * Baht as typed, with at most two decimals (satang): 1234.5 or 1234.56, never negative,
 * at most `max`. The amount (rounded to whole satang), or null when it is not one; each
 * feature refuses with its own code.
 */
export function bahtAmount(value: number, max: number): number | null {
  const satang = Math.round(value * 100);
  if (!Number.isFinite(value) || value < 0 || value > max || Math.abs(satang - value * 100) > 1e-6) return null;
  return satang / 100;
}
