// The value scale and the year columns of a line chart, checked against hand-computed layouts.
import * as asciichart from "asciichart";
import { describe, expect, it } from "vitest";
import {
  labelledYears,
  niceStep,
  rowOf,
  ticks,
  valueScale,
  yearColumns,
} from "../../src/render/axis.js";

const FLOWS = { signed: false, rows: 12, steps: 6 };

describe("the value scale", () => {
  it("starts levels at zero when zero is nearer than half their span", () => {
    // 8.5..51.44: 8.5 < 51.44 / 3, so zero; steps of 10 to 60 are 6 steps of 2 rows.
    expect(valueScale([8.5, 51.44], FLOWS)).toEqual({
      min: 0,
      max: 60,
      step: 10,
      height: 12,
      decimals: 0,
    });
  });

  it("starts a narrow band of high values at a round tick below it", () => {
    // 39.94..51.44: steps of 2 would take 7 (38..52), so 5: 35..55 in 4 steps of 3 rows.
    expect(valueScale([39.94, 51.44], FLOWS)).toEqual({
      min: 35,
      max: 55,
      step: 5,
      height: 12,
      decimals: 0,
    });
  });

  it("always holds zero on a signed axis, and finds decimals for small steps", () => {
    expect(valueScale([-2.52, 2.99], { signed: true, rows: 8, steps: 4 })).toMatchObject({
      min: -4,
      max: 4,
      step: 2,
      height: 8,
    });
    // 0..1.9: steps of 0.2 would take 10, of 0.5 four (0..2).
    expect(valueScale([0.4, 1.9], { signed: true, rows: 8, steps: 4 })).toMatchObject({
      min: 0,
      max: 2,
      step: 0.5,
      decimals: 1,
    });
    expect(valueScale([-0.06, -0.02], { signed: true, rows: 8, steps: 4 })).toMatchObject({
      min: -0.06,
      max: 0,
      decimals: 2,
    });
  });

  it("gives an axis to nothing but zeros, and to a single value", () => {
    expect(valueScale([0, 0], FLOWS)).toMatchObject({ min: 0, max: 1 });
    expect(valueScale([51.44], FLOWS)).toMatchObject({ min: 0, max: 60, step: 10 });
  });

  it("chooses 1, 2 or 5 times a power of ten", () => {
    expect(niceStep(0, 51.44, 6)).toBe(10);
    expect(niceStep(0, 7, 6)).toBe(2);
    expect(niceStep(-2.52, 2.99, 6)).toBe(1);
    expect(niceStep(0, 0.3, 4)).toBe(0.1);
  });

  it("puts each tick on the row asciichart draws its value on", () => {
    const scale = valueScale([-2.52, 2.99], { signed: true, rows: 8, steps: 4 });
    expect(ticks(scale)).toEqual([-4, -2, 0, 2, 4]);
    for (const tick of ticks(scale)) {
      const rows = asciichart
        .plot([tick, tick, tick], {
          min: scale.min,
          max: scale.max,
          height: scale.height,
          format: () => "  ",
        })
        .split("\n");
      expect(rows).toHaveLength(scale.height + 1);
      expect(rows.findIndex((r) => r.slice(4).includes("─"))).toBe(rowOf(tick, scale));
    }
    expect(rowOf(4, scale)).toBe(0);
    expect(rowOf(-4, scale)).toBe(8);
    expect(rowOf(0, scale)).toBe(4);
  });
});

describe("the year columns", () => {
  it("put the first year first, the last year last, and a single year in the middle", () => {
    expect(yearColumns(3, 11)).toEqual([0, 5, 10]);
    expect(yearColumns(21, 74)).toHaveLength(21);
    expect(yearColumns(21, 74).at(-1)).toBe(73);
    expect(yearColumns(1, 11)).toEqual([5]);
  });

  it("label every k-th year back from the last, k the smallest that leaves room", () => {
    const years = Array.from({ length: 21 }, (_, i) => 2005 + i);
    // 74 columns: 3.65 a year, so every 2nd year (7.3 columns) fits "2005 ".
    expect([...labelledYears(years, yearColumns(21, 74))]).toEqual(
      years.filter((y) => y % 2 === 1),
    );
    // 40 columns: 1.95 a year; every 5th.
    expect([...labelledYears(years, yearColumns(21, 40))]).toEqual([2005, 2010, 2015, 2020, 2025]);
    // Every year fits at 120 columns.
    expect(labelledYears(years, yearColumns(21, 120)).size).toBe(21);
  });
});
