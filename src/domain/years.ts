// The years a command can show. Listing them all can mean resolving every year's figures (a year
// may exist only by derivation), while `--year 2025` needs one answer: a YearSet answers for one
// year at a time and lists every year only when asked to (for latest, lastN, an open range, or an
// error naming what exists).

export interface YearSet {
  has(year: number): boolean;
  /** Every year, ascending. */
  all(): readonly number[];
}

/** A set known in full. */
export function yearsOf(years: Iterable<number>): YearSet {
  const list = [...new Set(years)].sort((a, b) => a - b);
  return { has: (y) => list.includes(y), all: () => list };
}

/**
 * A set decided year by year by `test`, among `candidates` (a superset of the years that can pass
 * it, so
 * that `all()` and `has()` agree).
 */
export function yearsWhere(
  test: (year: number) => boolean,
  candidates: () => Iterable<number>,
): YearSet {
  let list: readonly number[] | undefined;
  return {
    has: (y) => (list ? list.includes(y) : test(y)),
    all: () => (list ??= [...new Set(candidates())].filter(test).sort((a, b) => a - b)),
  };
}

/** "2000–2025", or a list of runs when years are missing: "2000–2003, 2005–2025". */
export function describeYears(years: readonly number[]): string {
  if (years.length === 0) return "none";
  const runs: string[] = [];
  let start = years[0]!;
  let prev = start;
  for (const y of [...years.slice(1), Number.NaN]) {
    if (y === prev + 1) {
      prev = y;
      continue;
    }
    runs.push(start === prev ? String(start) : `${start}–${prev}`);
    start = prev = y;
  }
  return runs.join(", ");
}
