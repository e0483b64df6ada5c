// Every year of the bundled trade series, as vnjp shows it: the row adds up, and its growth is the
// growth its reports state, or the row says it is not.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { mergeFiles, readDir } from "../../src/data/loader.js";
import type { Figure } from "../../src/domain/figures.js";
import { FigureResolver } from "../../src/domain/figures.js";
import { DataIndex } from "../../src/domain/select.js";
import { growthConflicts, tradeYear, tradeYears } from "../../src/domain/trade.js";

const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
const index = new DataIndex(mergeFiles(readDir(DATA, "bundled data")));
const resolver = new FigureResolver(index);
const years = tradeYears(index, resolver).filter((y) => y >= 1999 && y <= 2025);
const rows = years.map((y) => tradeYear(resolver, y));

// A level, with the half-width of what it allows: its own rounding, or what it was computed from.
const level = (f: Figure) =>
  f.value === null || f.hedge === "more_than" || f.hedge === "nearly"
    ? null
    : { v: f.value, tol: f.range ? (f.range[1] - f.range[0]) / 2 : 0 };

describe("the bundled trade series, 1999–2025", () => {
  it("covers the years of the record", () => {
    expect(years[0]).toBe(1999);
    expect(years.at(-1)).toBe(2025);
  });

  it.each(rows.map((r) => [r.year, r] as const))("%i: T = X + M and B = X − M", (_, row) => {
    const [t, x, m, b] = (["turnover", "exports", "imports", "balance"] as const).map((k) =>
      level(row.figures[k]),
    );
    if (t && x && m) expect(Math.abs(t.v - x.v - m.v)).toBeLessThanOrEqual(t.tol + x.tol + m.tol);
    if (b && x && m) expect(Math.abs(b.v - x.v + m.v)).toBeLessThanOrEqual(b.tol + x.tol + m.tol);
  });

  it.each(rows.map((r) => [r.year, r] as const))("%i: growth as stated, or marked", (_, row) => {
    const notes = growthConflicts([row]);
    for (const k of ["turnover", "exports", "imports"] as const) {
      const g = row.growth[k];
      if (g.basis !== "levels" || g.pct === null || g.stated == null) continue;
      const cur = level(row.figures[k])!;
      const base = level(row.prior[k])!;
      // The rate as stated, within a unit of its last digit and the rounding of both levels.
      const own = row.figures[k].rate?.value;
      const reach = Math.max(cur.tol, own != null ? Math.abs(own - cur.v) + 10 : 0);
      const lo = ((cur.v - reach) / (base.v + base.tol) - 1) * 100;
      const hi = ((cur.v + reach) / (base.v - base.tol) - 1) * 100;
      const unit = String(g.stated).includes(".")
        ? 10 ** -String(g.stated).split(".")[1]!.length
        : 1;
      const agrees = g.stated + unit >= lo && g.stated - unit <= hi;
      expect(agrees || g.conflict, `${row.year} ${k}`).toBe(true);
      if (!agrees) expect(notes.map((n) => n.measure)).toContain(k);
    }
  });

  it("shows 2025 growth as the 2025 reports state it, with no conflict", () => {
    const row = rows.find((r) => r.year === 2025)!;
    expect(row.growth.turnover.pct).toBeCloseTo(11.28, 1);
    expect(Math.abs(row.growth.turnover.pct! - 11.28)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(row.growth.exports.pct! - 8.77)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(row.growth.imports.pct! - 14.13)).toBeLessThanOrEqual(0.05);
    expect(growthConflicts([row])).toEqual([]);
  });
});
