import { describe, expect, it } from "vitest";
import {
  baseFromGrowth,
  cagr,
  change,
  contribution,
  grow,
  pctChange,
  ratio,
  round,
  share,
} from "../../src/domain/metrics.js";

describe("pctChange", () => {
  it("computes growth by hand-checked cases", () => {
    expect(pctChange(100, 110)).toBe(10);
    expect(pctChange(46220, 51430)).toBe(11.2722); // (51430 − 46220) / 46220 = 0.112722…
    expect(pctChange(200, 150)).toBe(-25);
    expect(pctChange(100, 0)).toBe(-100);
  });
  it("is undefined (null) for a zero, negative or missing base", () => {
    expect(pctChange(0, 10)).toBeNull();
    expect(pctChange(-500, 2090)).toBeNull();
    expect(pctChange(null, 10)).toBeNull();
    expect(pctChange(10, undefined)).toBeNull();
  });
  it("never returns -0", () => {
    expect(Object.is(pctChange(5, 5), 0)).toBe(true);
  });
});

describe("change", () => {
  it("subtracts, across zero and with negatives", () => {
    expect(change(2987, 2090)).toBe(-897);
    expect(change(-2520, 800)).toBe(3320);
    expect(change(null, 1)).toBeNull();
    expect(Object.is(change(-3, -3), 0)).toBe(true);
  });
});

describe("cagr", () => {
  it("compounds over the span", () => {
    // 100 → 121 over 2 years is 10% a year.
    expect(cagr(100, 121, 2)).toBe(10);
    // 47600 → 51430 over 3 years: 51430/47600 = 1.080462; ln = 0.077389; /3 = 0.025796; e^ =
    // 1.026132 → 2.6132%
    expect(cagr(47600, 51430, 3)).toBe(2.6132);
    expect(cagr(100, 50, 1)).toBe(-50);
    expect(cagr(100, 0, 4)).toBe(-100);
  });
  it("is undefined for a zero or negative start, a negative end, or no span", () => {
    expect(cagr(0, 10, 3)).toBeNull();
    expect(cagr(-1, 10, 3)).toBeNull();
    expect(cagr(10, -1, 3)).toBeNull();
    expect(cagr(10, 20, 0)).toBeNull();
    expect(cagr(null, 20, 2)).toBeNull();
  });
});

describe("share and contribution", () => {
  it("computes shares of a total", () => {
    expect(share(4595, 26770)).toBe(17.1647); // 4595 / 26770 = 0.171647…
    expect(share(0, 100)).toBe(0);
    expect(share(5, 0)).toBeNull();
    expect(share(5, -10)).toBeNull();
    expect(share(null, 10)).toBeNull();
  });
  it("computes the percentage points a part adds to its total's growth", () => {
    // A part rising 10 → 15 in a total that was 200 adds 2.5 points.
    expect(contribution(10, 15, 200)).toBe(2.5);
    expect(contribution(15, 10, 200)).toBe(-2.5);
    expect(contribution(1, 2, 0)).toBeNull();
  });
});

describe("ratio, growth inversions, rounding", () => {
  it("coverage ratio is exports over imports", () => {
    expect(ratio(26770, 24680)).toBe(1.0847);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(-1, 5)).toBeNull();
  });
  it("recovers a prior year from a stated growth rate and back", () => {
    expect(baseFromGrowth(51430, 11.28)).toBe(46216.751); // 51430 / 1.1128 = 46216.7505…
    expect(grow(46216.751, 11.28)).toBe(51430.001); // 46216.751 × 1.1128 = 51430.00051…
    expect(baseFromGrowth(100, -100)).toBeNull();
    expect(baseFromGrowth(null, 5)).toBeNull();
  });
  it("rounds half away and folds -0", () => {
    expect(round(2.345, 2)).toBe(2.35);
    expect(Object.is(round(-0.0001, 2), 0)).toBe(true);
  });
});
