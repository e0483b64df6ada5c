// Rows whose turnover or balance is not exports and imports combined are named in one note.
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/domain/figure.js";
import { roundingGaps, roundingNote } from "../../src/domain/trade.js";
import type { TradeMeasure } from "../../src/values.js";

const figure = (measure: TradeMeasure, value: number | null): Figure => ({
  key: { series: "trade", measure, reporter: "vn", year: 2007, period: "FY" },
  value,
  status: value === null ? null : "final",
  hedge: value === null ? null : "exact",
  candidates: [],
});
const year = (t: number | null, x: number | null, m: number | null, b: number | null) => ({
  turnover: figure("turnover", t),
  exports: figure("exports", x),
  imports: figure("imports", m),
  balance: figure("balance", b),
});

describe("rows that add up only within rounding", () => {
  it("finds nothing where T = X + M and B = X − M, a deficit and zeros included", () => {
    expect(roundingGaps(2025, year(51443, 26766, 24677, 2089))).toEqual([]);
    expect(roundingGaps(2016, year(29600, 14600, 15000, -400))).toEqual([]);
    expect(roundingGaps(2000, year(0, 0, 0, 0))).toEqual([]);
    // Floating-point noise is no gap: 0.1 + 0.2 ≠ 0.3.
    expect(roundingGaps(2000, year(0.3, 0.1, 0.2, -0.1))).toEqual([]);
    // 2024, derived from growth rates: 24,607.888 + 21,621.835 = 46,229.723, 1.29 from 46,228.433,
    // which no table shows (46.23 = 24.61 + 21.62).
    expect(roundingGaps(2024, year(46228.433, 24607.888, 21621.835, null))).toEqual([]);
  });

  it("names the turnover and the balance that differ, by USD 5 mn or more", () => {
    // 2007: 6,500 + 6,000 = 12,500 against a turnover of 12,000; 6,500 − 6,000 = 500 as shown.
    expect(roundingGaps(2007, year(12000, 6500, 6000, 500))).toEqual([
      { year: 2007, measures: ["turnover"] },
    ]);
    // 2014: 14,700 + 12,916.5 = 27,616.5 against 27,600; 14,700 − 12,916.5 = 1,783.5 against 1,767.
    expect(roundingGaps(2014, year(27600, 14700, 12916.5, 1767))).toEqual([
      { year: 2014, measures: ["turnover", "balance"] },
    ]);
    // −230 against a balance of −218: a deficit, 12 apart.
    expect(roundingGaps(2015, year(28490, 14130, 14360, -218))).toEqual([
      { year: 2015, measures: ["balance"] },
    ]);
    expect(roundingGaps(2000, year(15, 10, 0, 10))).toEqual([
      { year: 2000, measures: ["turnover"] },
    ]);
    expect(roundingGaps(2000, year(14.9, 10, 0, 10))).toEqual([]);
  });

  it("checks no sum a missing figure takes part in", () => {
    expect(roundingGaps(2008, year(17000, 9100, null, null))).toEqual([]);
    expect(roundingGaps(2008, year(null, 9100, 8000, 500))).toEqual([
      { year: 2008, measures: ["balance"] },
    ]);
  });

  it("gives one line for every year, or none", () => {
    expect(roundingNote([])).toEqual([]);
    const [note, ...rest] = roundingNote([
      { year: 2007, measures: ["turnover"] },
      { year: 2014, measures: ["turnover", "balance"] },
    ]);
    expect(rest).toEqual([]);
    expect(note).toMatch(/: 2007 turnover; 2014 turnover and balance$/);
  });
});
