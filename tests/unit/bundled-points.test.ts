// The investment and people series of the bundled data, walked point by point: every change is
// between two values that measure the same thing the same way, no "new" value is negative, every
// count sits at the kind of date its measure names, and the sources behind them can be cited.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readDir } from "../../src/data/loader.js";
import type { Observation, Source } from "../../src/data/schema.js";
import { NO_REASON, points } from "../../src/domain/points.js";
import { FDI_MEASURES, PEOPLE_MEASURES } from "../../src/values.js";

const files = readDir(fileURLToPath(new URL("../../data/", import.meta.url)), "bundled data");
const observations: Observation[] = files.flatMap((f) => f.content.observations ?? []);
const sources = new Map<string, Source>(
  files.flatMap((f) => f.content.sources ?? []).map((s) => [s.id, s]),
);
const series = (name: "fdi" | "people") =>
  points(
    observations.filter((o) => o.series === name),
    sources,
  );
const agency = (o: Observation) => sources.get(o.source ?? "")?.agency;

describe.each(["fdi", "people"] as const)("bundled %s points", (name) => {
  const all = series(name);

  it("compare only values of one measure, reporter and agency, neither a bound", () => {
    const changed = all.filter((p) => p.change !== null);
    expect(changed.length).toBeGreaterThan(3);
    for (const p of changed) {
      const base = all.find(
        (q) => q.measure === p.measure && q.reporter === p.reporter && q.asOf === p.changeSince,
      );
      const what = `${p.measure} ${p.asOf}`;
      expect(base, what).toBeDefined();
      expect(p.asOf, what).not.toBeNull();
      expect(agency(base!.chosen), what).toBe(agency(p.chosen));
      expect(agency(p.chosen), what).not.toBe("other");
      for (const o of [base!.chosen, p.chosen]) expect(["exact", "about"], what).toContain(o.hedge);
      expect(p.change, what).toBeCloseTo(p.chosen.value! - base!.chosen.value!, 6);
      // Nothing of the same measure and reporter lies between the two.
      const between = all.filter(
        (q) => q.measure === p.measure && q.reporter === p.reporter && q.month > base!.month,
      );
      expect(between[0], what).toBe(p);
    }
  });

  it("hold no negative value and only this series' measures", () => {
    const measures: readonly string[] = name === "fdi" ? FDI_MEASURES : PEOPLE_MEASURES;
    for (const p of all) {
      expect(measures).toContain(p.measure);
      expect(p.chosen.value!, p.chosen.id).toBeGreaterThanOrEqual(0);
    }
  });

  it("explain every fall in a cumulative stock, or flag it", () => {
    for (const p of all.filter((q) => q.change !== null && q.change < 0))
      if (["projects_cumulative", "capital_registered_cumulative"].includes(p.measure))
        expect(p.fall, p.chosen.id).toBeTruthy();
  });

  it("cite sources with a publisher, a date or 'undated', and a clean title", () => {
    const cited = new Set(all.flatMap((p) => p.candidates.map((c) => c.source!)));
    for (const id of cited) {
      const s = sources.get(id)!;
      expect(s.publisher, id).not.toBe("");
      expect(s.published, id).toMatch(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/);
      expect(s.title, id).not.toMatch(/not visible|not shown|not captured|per URL|slug|^\[/i);
      expect(s.publisher, id).not.toMatch(/mirror|blog/i);
    }
  });
});

describe("bundled people counts", () => {
  const all = series("people");

  it("sit at the date their measure names: end of December, end of June, or none stated", () => {
    const dates = (measure: string) =>
      all.filter((p) => p.measure === measure).map((p) => p.asOf ?? "none");
    for (const m of ["residents_year_end", "technical_interns_year_end"])
      for (const d of dates(m)) expect(d, m).toMatch(/^\d{4}-12(-31)?$/);
    for (const m of ["residents_mid_year", "technical_interns_mid_year"])
      for (const d of dates(m)) expect(d, m).toMatch(/^\d{4}-06(-30)?$/);
    expect(new Set(dates("residents_cited"))).toEqual(new Set(["none"]));
  });

  it("give the official year-end changes, and none from a count cited in a speech", () => {
    const at = (measure: string, asOf: string) =>
      all.find((p) => p.measure === measure && p.asOf === asOf)!;
    expect(at("residents_year_end", "2024-12-31").change).toBe(634361 - 565026);
    expect(at("residents_year_end", "2023-12-31").change).toBe(565026 - 489312);
    for (const p of all.filter((q) => q.measure === "residents_cited")) expect(p.change).toBeNull();
  });
});

describe("bundled investment stock", () => {
  it("shows the fall from 79.4 to 78.9 bn with the reason its source gives", () => {
    const p = series("fdi").find(
      (q) => q.measure === "capital_registered_cumulative" && q.asOf === "2026-01-31",
    )!;
    expect(p.change).toBe(-500);
    expect(p.changeSince).toBe("2025-07-31");
    expect(p.fall).not.toBe(NO_REASON);
  });
});
