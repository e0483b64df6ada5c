// Line charts drawn by asciichart inside vnjp's frame: gaps, columns, the zero line, the balance's
// own panel, marks, width and ASCII.
import { describe, expect, it } from "vitest";
import { rowOf, valueScale, yearColumns } from "../../src/render/axis.js";
import { lineChart, runsOf } from "../../src/render/line-chart.js";
import { displayWidth } from "../../src/render/text.js";
import type { ChartPoint, LinesChart } from "../../src/result.js";

const final = (value: number | null): ChartPoint => ({
  value,
  status: value === null ? null : "final",
  hedge: value === null ? null : "exact",
});

function chart(years: number[], ...series: Array<Array<number | null>>): LinesChart {
  return {
    type: "lines",
    years,
    panels: [
      {
        signed: false,
        series: series.map((values, i) => ({
          id: `s${i}`,
          label: `s${i}`,
          points: values.map(final),
        })),
      },
    ],
  };
}

const plain = { width: 60, color: false, ascii: true };
// The plot's rows: those with the value axis, the label cut off (label width 2, a space, the axis).
const plotRows = (lines: string[]) => lines.filter((l) => /^ *-?[\d.]* [|]/.test(l));

describe("runs of consecutive years", () => {
  it("interpolate between yearly points and break at a missing year", () => {
    expect(runsOf([1, null, 3, 5], [0, 2, 4, 6])).toEqual([
      { start: 0, values: [1] },
      { start: 4, values: [3, 4, 5] },
    ]);
    expect(runsOf([null, null], [0, 1])).toEqual([]);
    expect(runsOf([-2, 2], [3, 7])).toEqual([{ start: 3, values: [-2, -1, 0, 1, 2] }]);
  });
});

describe("line charts", () => {
  it("draw each point on its year's column and its value's row", () => {
    const years = [2020, 2021, 2022];
    const { lines } = lineChart(chart(years, [10_000, 30_000, 20_000]), plain);
    const rows = plotRows(lines);
    const scale = valueScale([10, 30, 20], { signed: false, rows: 12, steps: 6 });
    const columns = yearColumns(3, 60 - 2 - 2 - 2);
    [10, 30, 20].forEach((v, i) => {
      // label width 2 + a space + the axis: column c is character 4 + c.
      expect(rows[rowOf(v, scale)]![4 + columns[i]!]).toBe("o");
    });
  });

  it("leave a missing year empty: nothing is drawn between its neighbours' columns", () => {
    const { lines } = lineChart(chart([2020, 2021, 2022], [10_000, null, 30_000]), plain);
    const columns = yearColumns(3, 54);
    const between = plotRows(lines).map((r) => r.slice(4 + columns[0]! + 1, 4 + columns[2]!));
    for (const cells of between) expect(cells.trim()).toBe("");
    expect(lines.join("\n").match(/o/g)).toHaveLength(3); // two points and the legend's marker
  });

  it("draws a zero line on the zero row, labelled 0, and lines across it", () => {
    const spec = chart([2019, 2020, 2021, 2022], [870, -1060, -2520, 800]);
    const { lines } = lineChart(spec, plain);
    const rows = plotRows(lines);
    const zero = rows.findIndex((r) => /^ *0 \|/.test(r));
    expect(rows[zero]).toMatch(/\.{5}/);
    const points = rows.map((r, i) => (r.slice(4).includes("o") ? i : -1)).filter((i) => i >= 0);
    expect(Math.min(...points)).toBeLessThan(zero); // +870 above the zero line
    expect(Math.max(...points)).toBeGreaterThan(zero); // -2520 below it
  });

  it("never puts the balance on the flows' axis: it has a panel of its own", () => {
    const spec = chart([2019, 2020], [5_000, 19_000]);
    spec.panels.push({
      signed: true,
      note: "on its own axis",
      series: [{ id: "balance", label: "balance", points: [870, -1060].map(final) }],
    });
    const { lines } = lineChart(spec, plain);
    const header = lines.findIndex((l) => l.startsWith("* balance"));
    const upper = plotRows(lines.slice(0, header));
    const lower = plotRows(lines.slice(header));
    expect(upper.join("\n")).not.toContain("*");
    expect(upper.at(-1)).toMatch(/^ *0 \|/); // the flows' axis: 0 upwards, no negatives
    expect(lower.join("\n")).toMatch(/^ *-[\d.]+ \|/m);
    expect(lower.join("\n").match(/\*/g)).toHaveLength(2);
  });

  it("puts each point's mark under its year and explains the marks", () => {
    const spec = chart([2019, 2020, 2021], [1000, 2000, 3000]);
    spec.panels[0]!.series[0]!.points[1] = { value: 2000, status: "derived", hedge: "about" };
    const { lines, notes } = lineChart(spec, plain);
    const axis = lines.find((l) => l.includes("+-"))!;
    const strip = lines.find((l) => l.includes("~d"))!;
    // The corner, then a tick on each year's column.
    const ticks = [...axis].flatMap((c, i) => (c === "+" ? [i] : [])).slice(1);
    expect(ticks).toHaveLength(3);
    expect(strip.indexOf("d")).toBe(ticks[1]);
    expect(notes.join("\n")).toContain("~ about");
    expect(notes.join("\n")).toContain("d derived");
  });

  it("says when the axis does not start at zero", () => {
    const { notes } = lineChart(chart([2019, 2025], [39_940, 51_440]), plain);
    expect(notes).toContain("The axis starts at 35, not at zero.");
    expect(lineChart(chart([2005, 2025], [8500, 51_440]), plain).notes).toEqual([]);
  });

  it("fits the width, in ASCII only under --ascii, and averages years wider than it", () => {
    const years = Array.from({ length: 400 }, (_, i) => 1700 + i);
    for (const width of [40, 60, 120]) {
      const { lines, notes } = lineChart(
        chart(
          years,
          years.map((y) => y * 10),
        ),
        {
          width,
          color: false,
          ascii: true,
        },
      );
      for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is every 7-bit character
      expect(lines.join("\n")).toMatch(/^[\x00-\x7f]*$/);
      const per = Number(/average of (\d+) years/.exec(notes.join(" "))![1]);
      const labels = lines
        .find((l) => /^ +1[789]\d\d /.test(l))!
        .trim()
        .split(/ +/);
      expect(labels.length).toBeGreaterThan(1);
      for (const label of labels) expect((Number(label) - 1700) % per).toBe(0);
    }
  });
});
