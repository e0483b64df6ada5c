// Number formatting. Machine formats get raw numbers without separators or exponents; tables get
// numbers for people: USD in billions to two decimals, percentages with a sign.

/** A plain decimal string that reads back as the same number: never an exponent, never -0. */
export function plainNumber(x: number): string {
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  if (x === 0) return "0";
  const text = String(x);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  // JavaScript's shortest round-trip digits, with the decimal point moved instead of an exponent.
  const [, sign, head, tail = "", exp] = m;
  const digits = head! + tail;
  const point = 1 + Number(exp);
  const body =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return sign + body;
}

export function fixed(x: number, places: number): string {
  // toFixed switches to an exponent from 1e21 on, where a double holds no fraction anyway.
  if (Math.abs(x) >= 1e21) return `${plainNumber(x)}${places > 0 ? `.${"0".repeat(places)}` : ""}`;
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
