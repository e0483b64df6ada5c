// Sparklines: one cell per year, a blank for a year without a figure, never collapsed.
import { describe, expect, it } from "vitest";
import { sparkline, trendLines } from "../../src/render/sparkline.js";
import type { Result } from "../../src/result.js";

describe("sparklines", () => {
  it("scale from the lowest value to the highest and leave a blank for a missing one", () => {
    expect(sparkline([1, 2, null, 8], false)).toBe("▁▂ █");
    expect(sparkline([5, 5], true)).toBe("==");
    expect(sparkline([null], false)).toBe("");
  });

  it("under a table, give every calendar year a cell and name the first and last", () => {
    const result = {
      columns: [{ key: "t", label: "Turnover (USD bn)", kind: "usd_mn", description: "" }],
      rows: [
        { year: 2000, t: 1 },
        { year: 2001, t: 2 },
        { year: 2003, t: 3 },
        { year: 2004, t: null },
        { year: 2005, t: 8 },
      ],
      trend: ["t"],
    } as unknown as Result;
    // 2002 is not a row and 2004 has no figure: six years, two blanks.
    expect(trendLines(result, true)).toEqual([
      "Trend, one cell a year (blank: no figure):",
      "turnover 2000 _. - @ 2005",
    ]);
  });
});
