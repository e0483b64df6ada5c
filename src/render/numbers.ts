// Number formatting. Machine formats get raw numbers without separators or exponents; tables get numbers
// for people: USD in billions to two decimals, percentages with a sign.

/** A plain decimal string: never an exponent, never -0. */
export function plainNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return "0";
  const text = String(x);
  if (!/e/i.test(text)) return text;
  // Numbers JavaScript would print with an exponent: expand through toFixed, then trim trailing zeros.
  const fixed = Math.abs(x) >= 1 ? x.toFixed(0) : x.toFixed(20);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

export function fixed(x: number, places: number): string {
  const text = x.toFixed(places);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

export function signed(x: number, places: number): string {
  const text = fixed(x, places);
  return x > 0 && Number(text) !== 0 ? `+${text}` : text;
}

export function usdBn(mn: number, places = 2): string {
  return fixed(mn / 1000, places);
}

export function withThousands(n: number): string {
  return fixed(n, 0).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
