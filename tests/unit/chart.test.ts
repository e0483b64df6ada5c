import { describe, expect, it } from "vitest";
import {
  divergingBars,
  horizontalBars,
  lineChart,
  sparkline,
  wrap,
} from "../../src/render/chart.js";

const WIDTHS = [60, 80, 160];
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes begin with ESC
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, "");
const widest = (s: string) =>
  Math.max(
    ...plain(s)
      .split("\n")
      .map((l) => [...l].length),
  );
const years = Array.from({ length: 21 }, (_, i) => 2005 + i);
const turnover = years.map((_, i) => 8500 + i * 2100);

describe("line charts", () => {
  for (const width of WIDTHS)
    it(`fit ${width} columns and label the first and last year`, () => {
      for (const color of [false, true]) {
        const out = lineChart(years, [{ name: "turnover", values: turnover }], {
          width,
          color,
          ascii: false,
        });
        expect(widest(out)).toBeLessThanOrEqual(width);
        const labels = plain(out)
          .split("\n")
          .find((l) => /^\s+2005/.test(l))!;
        expect(labels).toContain("2005");
        expect(labels).toContain("2025");
        for (const label of labels.trim().split(/\s+/)) expect(years).toContain(Number(label));
      }
    });

  it("puts negative values below the zero line and positive ones above", () => {
    const out = lineChart(
      [2019, 2020, 2021, 2022],
      [{ name: "balance", values: [870, -1060, -2520, 800] }],
      { width: 60, color: false, ascii: true },
    );
    const rows = out.split("\n");
    const zero = rows.findIndex((l) => /^\s*0 \|/.test(l));
    expect(zero).toBeGreaterThan(0);
    const pointRows = rows.map((l, i) => (l.includes("o") ? i : -1)).filter((i) => i >= 0);
    const lowest = Math.max(...pointRows);
    const highest = Math.min(...pointRows);
    expect(lowest).toBeGreaterThan(zero); // -2520 below the zero line
    expect(highest).toBeLessThan(zero); // +870 above it
  });

  it("leaves a missing year as a gap, never a zero", () => {
    const out = lineChart([2020, 2021, 2022], [{ name: "x", values: [100, null, 300] }], {
      width: 40,
      color: false,
      ascii: true,
    });
    const drawing = out.split("\n").filter((l) => / \|/.test(l));
    // Only the two points are drawn: no connecting strokes and no point at a zero level.
    expect(
      drawing
        .join("")
        .match(/[o\-/\\]/g)
        ?.filter((c) => c === "o"),
    ).toHaveLength(2);
    expect(drawing.join("")).not.toMatch(/[/\\]/);
  });

  it("draws a single year, an all-negative series and ranges wider than the terminal", () => {
    expect(
      lineChart([2025], [{ name: "x", values: [51430] }], {
        width: 60,
        color: false,
        ascii: false,
      }),
    ).toContain("2025");
    const negative = lineChart([2019, 2020, 2021], [{ name: "b", values: [-100, -300, -200] }], {
      width: 60,
      color: false,
      ascii: true,
    });
    expect(negative).toMatch(/^\s*0(\.0+)? \|/m);
    const many = Array.from({ length: 400 }, (_, i) => 1700 + i);
    const wide = lineChart(many, [{ name: "x", values: many.map((y) => y) }], {
      width: 60,
      color: false,
      ascii: false,
    });
    expect(widest(wide)).toBeLessThanOrEqual(60);
    expect(wide).toMatch(/year averages/);
    expect(wide).toContain("1700");
  });

  it("uses only ASCII with --ascii", () => {
    const out = lineChart(
      years,
      [
        { name: "a", values: turnover },
        { name: "b", values: turnover.map((v) => v / 2) },
      ],
      { width: 80, color: false, ascii: true },
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every 7-bit character
    expect(out).toMatch(/^[\x00-\x7f]*$/);
    expect(out).toMatch(/o a {3}\* b/);
  });
});

describe("bars and sparklines", () => {
  for (const width of WIDTHS)
    it(`diverging and horizontal bars fit ${width} columns`, () => {
      const d = divergingBars(["2019", "2020", "2021"], [870, -1060, null], {
        width,
        color: true,
        ascii: false,
      });
      expect(widest(d)).toBeLessThanOrEqual(width);
      const lines = plain(d).split("\n");
      const axis = lines[1]!.indexOf("│");
      expect(lines[2]!.indexOf("█")).toBeLessThan(axis); // the deficit to the left
      expect(lines[1]!.lastIndexOf("█")).toBeGreaterThan(axis); // the surplus to the right
      expect(lines[3]).toContain("n/a");
      const h = horizontalBars(
        [
          { label: "Textiles and garments", value: 4595, note: "4.60 bn  17.2%" },
          { label: "Wood", value: 2153, note: "2.15 bn  8.0%" },
        ],
        { width, color: false, ascii: true },
      );
      expect(widest(h)).toBeLessThanOrEqual(width);
      expect(h.split("\n")[0]!.split("#").length).toBeGreaterThan(
        h.split("\n")[1]!.split("#").length,
      );
    });

  it("sparklines scale between the lowest and highest value and leave gaps", () => {
    expect(sparkline([1, 2, null, 8], false)).toBe("▁▂ █");
    expect(sparkline([5, 5], true)).toBe("==");
    expect(wrap("a bb ccc", 4)).toEqual(["a bb", "ccc"]);
  });
});
