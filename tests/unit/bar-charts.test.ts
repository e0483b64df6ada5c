// Bar charts: the balance diverging from a centre axis, product groups on one scale for both flows.
import { describe, expect, it } from "vitest";
import { categoryBars, divergingBars } from "../../src/render/bar-charts.js";
import { displayWidth } from "../../src/render/text.js";
import type { Bar, BarsChart, ChartPoint, DivergingChart } from "../../src/result.js";

const point = (value: number | null, status = "final", hedge = "exact"): ChartPoint =>
  ({ value, status, hedge }) as ChartPoint;
const bar = (label: string, value: number | null, share: number | null, status?: string): Bar => ({
  id: label,
  label,
  point: point(value, status),
  share,
});

const balance: DivergingChart = {
  type: "diverging",
  years: [2019, 2020, 2021, 2022],
  series: {
    id: "balance",
    label: "balance",
    points: [point(870), point(-1060, "derived"), point(null), point(500, "final", "about")],
  },
  negative: "deficit",
  positive: "surplus",
};

const groups: BarsChart = {
  type: "bars",
  groups: [
    {
      id: "exports",
      label: "Exports",
      bars: [bar("Textiles", 4595, 17.2), bar("Wood", 2153, 8), bar("Pepper", null, null)],
      rest: bar("Other / not itemised", 13_200, 49.3, "derived"),
      total: bar("Total exports", 26_770, 100),
    },
    {
      id: "imports",
      label: "Imports",
      bars: [bar("Computers", 8347, 33.8)],
      rest: null,
      total: bar("Total imports", 24_680, 100),
    },
  ],
};

describe("diverging bars", () => {
  for (const width of [40, 60, 80, 120])
    it(`put deficits left and surpluses right of the axis, within ${width} columns`, () => {
      const { lines } = divergingBars(balance, { width, color: false, ascii: false });
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      const axis = lines[1]!.indexOf("│");
      expect(lines[1]!.lastIndexOf("█")).toBeGreaterThan(axis);
      expect(lines[2]!.indexOf("█")).toBeLessThan(axis);
      expect(lines[3]).not.toContain("█");
      expect(lines[3]).toMatch(/n\/a/);
    });

  it("print each value with its marks, and explain them", () => {
    const { lines, notes } = divergingBars(balance, { width: 60, color: false, ascii: true });
    expect(lines[2]).toMatch(/-1\.06 d$/);
    expect(lines[4]).toMatch(/~\+0\.50 {2}$/);
    expect(notes).toEqual(["Marks: ~ about · d derived (see --explain)."]);
  });
});

describe("category bars", () => {
  const { lines, notes } = categoryBars(groups, { width: 80, color: false, ascii: true });

  it("draw both flows on one scale, largest first, the rest listed last without a bar", () => {
    const textiles = lines.find((l) => l.startsWith("Textiles"))!;
    const computers = lines.find((l) => l.startsWith("Computers"))!;
    const count = (l: string) => l.split("#").length - 1;
    // 8347 draws the longest bar; 4595 draws 4595 / 8347 of it.
    expect(count(textiles)).toBe(Math.round((4595 / 8347) * count(computers)));
    const order = lines.map((l) => l.split(/ {2,}/)[0]);
    expect(order.indexOf("Other / not itemised")).toBe(order.indexOf("Pepper") + 1);
    expect(lines.find((l) => l.startsWith("Other"))).not.toContain("#");
    expect(notes.join(" ")).toContain("it has no bar");
  });

  it("align values and shares in columns", () => {
    const rows = lines.filter((l) => /\d%$/.test(l));
    const ends = (pattern: RegExp) =>
      new Set(rows.map((l) => l.search(pattern) + (pattern.exec(l)?.[0].length ?? 0)));
    expect(ends(/\d+\.\d\d(?= )/).size).toBe(1);
    expect(ends(/\d+\.\d%$/).size).toBe(1);
    expect(lines.find((l) => l.startsWith("Other"))).toMatch(/13\.20 d +49\.3%$/);
  });
});
