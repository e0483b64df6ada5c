// The arithmetic of vnjp, in one pure module. Every function returns null where the answer is
// undefined (a missing value, a zero or negative base), so no NaN, Infinity or -0 ever reaches a
// renderer.

export type Num = number | null | undefined;

/** Rounds to `places` decimals and folds -0 into 0. */
export function round(x: number, places: number): number {
  const f = 10 ** places;
  // Beyond about 1e300 scaling overflows; such a number has no decimals left to round anyway.
  const r = Number.isFinite(x * f) ? Math.round(x * f) / f : x;
  return r === 0 ? 0 : r;
}

const clean = (x: number, places: number): number | null => {
  const r = Number.isFinite(x) ? round(x, places) : null;
  return r !== null && Number.isFinite(r) ? r : null;
};

/** Absolute change from `base` to `current`. */
export function change(base: Num, current: Num): number | null {
  if (base == null || current == null) return null;
  return clean(current - base, 6);
}

/**
 * Percentage change from `base` to `current`. Undefined for a zero or negative base: a balance
 * moving from
 * a deficit to a surplus has no meaningful percentage.
 */
export function pctChange(base: Num, current: Num): number | null {
  if (base == null || current == null || base <= 0) return null;
  return clean(((current - base) / base) * 100, 4);
}

/** Compound annual growth rate, in percent, from `start` to `end` over `years` years. */
export function cagr(start: Num, end: Num, years: number): number | null {
  if (start == null || end == null || !(years > 0) || start <= 0 || end < 0) return null;
  return clean(((end / start) ** (1 / years) - 1) * 100, 4);
}

/** `part` as a percentage of `total`. */
export function share(part: Num, total: Num): number | null {
  if (part == null || total == null || total <= 0) return null;
  return clean((part / total) * 100, 4);
}

/** How many percentage points a part's change adds to the growth of its total. */
export function contribution(partBase: Num, partCurrent: Num, totalBase: Num): number | null {
  if (partBase == null || partCurrent == null || totalBase == null || totalBase <= 0) return null;
  return clean(((partCurrent - partBase) / totalBase) * 100, 4);
}

/** Exports over imports: above 1 a surplus, below 1 a deficit. */
export function ratio(numerator: Num, denominator: Num): number | null {
  if (numerator == null || denominator == null || denominator <= 0 || numerator < 0) return null;
  return clean(numerator / denominator, 4);
}

/**
 * The value that grew by `pct` percent to become `current`: how a prior year is derived from a
 * stated growth rate.
 */
export function baseFromGrowth(current: Num, pct: Num): number | null {
  if (current == null || pct == null || pct <= -100) return null;
  return clean(current / (1 + pct / 100), 3);
}

/** `base` grown by `pct` percent. */
export function grow(base: Num, pct: Num): number | null {
  if (base == null || pct == null) return null;
  return clean(base * (1 + pct / 100), 3);
}

export function sum(a: Num, b: Num): number | null {
  return a == null || b == null ? null : clean(a + b, 3);
}

export function difference(a: Num, b: Num): number | null {
  return a == null || b == null ? null : clean(a - b, 3);
}
