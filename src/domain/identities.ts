// The two identities of a trade account, T = X + M and B = X − M, in every form the reconciliation
// uses them: as checks on reported figures, and as formulas for a figure from two others.
import type { TradeMeasure } from "../values.js";
import type { Range } from "./evidence.js";

/** A linear relation Σ coefficient × measure = 0 that every coherent account satisfies. */
export interface Identity {
  text: string;
  terms: Partial<Record<TradeMeasure, number>>;
}

// Any three of the four measures are tied by one of these; all four by the first two.
export const IDENTITIES: readonly Identity[] = [
  { text: "T = X + M", terms: { turnover: 1, exports: -1, imports: -1 } },
  { text: "B = X − M", terms: { balance: 1, exports: -1, imports: 1 } },
  { text: "T + B = 2X", terms: { turnover: 1, balance: 1, exports: -2 } },
  { text: "T − B = 2M", terms: { turnover: 1, balance: -1, imports: -2 } },
];

/** A measure from two others: value = a × first + b × second. */
export interface Formula {
  target: TradeMeasure;
  text: string;
  from: readonly [TradeMeasure, TradeMeasure];
  coef: readonly [number, number];
}

const f = (
  target: TradeMeasure,
  text: string,
  from: [TradeMeasure, TradeMeasure],
  coef: [number, number],
): Formula => ({ target, text, from, coef });

// In order of preference where two give ranges of the same width.
export const FORMULAS: readonly Formula[] = [
  f("turnover", "exports + imports", ["exports", "imports"], [1, 1]),
  f("turnover", "2 × exports − balance", ["exports", "balance"], [2, -1]),
  f("turnover", "2 × imports + balance", ["imports", "balance"], [2, 1]),
  f("exports", "(turnover + balance) / 2", ["turnover", "balance"], [0.5, 0.5]),
  f("exports", "turnover − imports", ["turnover", "imports"], [1, -1]),
  f("exports", "imports + balance", ["imports", "balance"], [1, 1]),
  f("imports", "(turnover − balance) / 2", ["turnover", "balance"], [0.5, -0.5]),
  f("imports", "turnover − exports", ["turnover", "exports"], [1, -1]),
  f("imports", "exports − balance", ["exports", "balance"], [1, -1]),
  f("balance", "exports − imports", ["exports", "imports"], [1, -1]),
  f("balance", "2 × exports − turnover", ["exports", "turnover"], [2, -1]),
  f("balance", "turnover − 2 × imports", ["turnover", "imports"], [1, -2]),
];

/** Σ coefficient × range: the range of a linear combination of ranged values. */
export function combine(terms: ReadonlyArray<readonly [number, Range]>): Range {
  let lo = 0;
  let hi = 0;
  for (const [c, [a, b]] of terms) {
    lo += c >= 0 ? c * a : c * b;
    hi += c >= 0 ? c * b : c * a;
  }
  return [lo, hi];
}

/** Σ coefficient × value, rounded to a thousandth of the unit (no binary-fraction noise). */
export function combineValues(terms: ReadonlyArray<readonly [number, number]>): number {
  const v = terms.reduce((s, [c, x]) => s + c * x, 0);
  const r = Math.round(v * 1000) / 1000;
  return r === 0 ? 0 : r;
}
