import { describe, expect, it } from "vitest";
import {
  accountFindings,
  conflicts,
  growthMismatches,
  interval,
  rowFindings,
  sumMismatches,
} from "../../src/domain/consistency.js";
import type { Figure } from "../../src/domain/figures.js";
import { DataIndex } from "../../src/domain/select.js";
import type { Growth, TradeYear } from "../../src/domain/trade.js";
import { TRADE_MEASURES, type TradeMeasure } from "../../src/values.js";
import { dataset, obs } from "./helpers.js";

const figure = (measure: string, year: number, value: number | null, unit = 10): Figure => ({
  key: { series: "trade", measure, reporter: "vn", year, period: "FY" },
  value,
  status: value === null ? null : "final",
  hedge: value === null ? null : "exact",
  candidates: [],
  range: value === null ? undefined : [value - unit, value + unit],
});

// A row as the trade command builds it, from levels and the prior year's levels.
function row(
  values: Partial<Record<TradeMeasure, number>>,
  prior: Partial<Record<TradeMeasure, number>> = {},
  growth: Partial<Record<TradeMeasure, Partial<Growth>>> = {},
): TradeYear {
  const rec = <T>(f: (m: TradeMeasure) => T) =>
    Object.fromEntries(TRADE_MEASURES.map((m) => [m, f(m)])) as Record<TradeMeasure, T>;
  return {
    year: 2025,
    figures: rec((m) => figure(m, 2025, values[m] ?? null)),
    prior: rec((m) => figure(m, 2024, prior[m] ?? null)),
    growth: rec((m) => ({ pct: null, change: null, basis: null, ...growth[m] })),
  };
}

describe("interval", () => {
  it("allows a whole rounding unit either way, and the open side of a hedge", () => {
    expect(interval(obs({ id: "a", measure: "exports", year: 2025, value: 26770 }))).toEqual([
      26760, 26780,
    ]);
    // "40 bn" is stated to the billion, not to ten billions.
    expect(interval(obs({ id: "b", measure: "turnover", year: 2020, value: 40000 }))).toEqual([
      39000, 41000,
    ]);
    const more = interval(
      obs({ id: "c", measure: "turnover", year: 2025, value: 51430, hedge: "more_than" }),
    );
    expect(more[0]).toBe(51430);
    expect(more[1]).toBeCloseTo(51430 + 10 + 0.05 * 51430);
  });
});

describe("shown rows against the rules", () => {
  it("passes a row that adds up within rounding", () => {
    expect(rowFindings(row({ turnover: 51443, exports: 26766, imports: 24677 }), "vn")).toEqual([]);
  });

  it("reports T ≠ X + M beyond rounding as an error", () => {
    const found = rowFindings(row({ turnover: 48180, exports: 24610, imports: 21620 }), "vn");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ check: "identity", level: "error" });
    expect(found[0]!.detail).toMatch(/T = X \+ M fails/);
  });

  it("reports B ≠ X − M beyond rounding as an error; a negative balance is no special case", () => {
    const ok = rowFindings(row({ exports: 19284, imports: 20341, balance: -1057 }), "vn");
    expect(ok).toEqual([]);
    const bad = rowFindings(row({ exports: 10740, imports: 10260, balance: 400 }), "vn");
    expect(bad.map((f) => f.detail)).toEqual([
      "B = X − M fails: balance 400, exports 10740, imports 10260",
    ]);
  });

  it("reports a stated rate the levels cannot give: an error unless the row marks it", () => {
    const g = { pct: 6.7455, change: 3250, basis: "levels" as const, stated: 11.28 };
    const unmarked = rowFindings(
      row({ turnover: 51430 }, { turnover: 48180 }, { turnover: g }),
      "vn",
    );
    expect(unmarked).toMatchObject([{ check: "growth", level: "error" }]);
    const marked = rowFindings(
      row({ turnover: 51430 }, { turnover: 48180 }, { turnover: { ...g, conflict: true } }),
      "vn",
    );
    expect(marked).toMatchObject([{ check: "growth", level: "warning" }]);
    expect(marked[0]!.detail).toMatch(/^marked: /);
  });

  it("accepts a stated rate the levels give within their rounding", () => {
    // 51443 / 46228 − 1 = 11.2816%: the stated +11.28% within the rounding of both levels.
    const g = { pct: 11.2816, change: 5215, basis: "levels" as const, stated: 11.28 };
    expect(
      rowFindings(row({ turnover: 51443 }, { turnover: 46228 }, { turnover: g }), "vn"),
    ).toEqual([]);
  });
});

describe("dataset findings", () => {
  const data = () =>
    dataset([
      obs({ id: "t24a", measure: "turnover", year: 2024, value: 46200, source: "s-other" }),
      obs({ id: "t24b", measure: "turnover", year: 2024, value: 48180 }),
      obs({ id: "t25", measure: "turnover", year: 2025, value: 51443, yoy_pct: 11.28 }),
      obs({ id: "x25", measure: "exports", year: 2025, value: 26766 }),
      obs({ id: "m25", measure: "imports", year: 2025, value: 24677 }),
      obs({ id: "x25s", measure: "exports", year: 2025, value: 28500, source: "s-other" }),
    ]);

  it("finds a sum that one source states and its own parts contradict", () => {
    const found = sumMismatches([
      obs({ id: "t", measure: "turnover", year: 2013, value: 24300 }),
      obs({ id: "x", measure: "exports", year: 2013, value: 13600 }),
      obs({ id: "m", measure: "imports", year: 2013, value: 11600 }),
    ]);
    expect(found.map((f) => f.ids)).toEqual([["t", "x", "m"]]);
  });

  it("names the reports that clash with the value shown", () => {
    const found = conflicts(new DataIndex(data()));
    const exports = found.find((f) => f.figure.startsWith("2025 trade exports"))!;
    expect(exports.detail).toMatch(/^shown 26766 \(x25\); also reported 28500 \(x25s\)/);
  });

  it("checks stated growth against the prior level shown, not against any report of it", () => {
    // 2024 shows 46.2 bn refined by the 2025 growth: 11.28% holds, and no finding is made.
    expect(growthMismatches(new DataIndex(data()))).toEqual([]);
  });

  it("finds no error in a dataset the reconciliation can make coherent", () => {
    expect(accountFindings(new DataIndex(data())).filter((f) => f.level === "error")).toEqual([]);
  });
});
