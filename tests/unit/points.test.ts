// The dated points of `invest` and `people`, on hand-made records: which values form one point,
// which two values may be compared, and what a fall in a cumulative stock carries.
import { describe, expect, it } from "vitest";
import type { Observation, Source } from "../../src/data/schema.js";
import {
  comparable,
  latestAtOrBefore,
  NO_REASON,
  periodBounds,
  points,
} from "../../src/domain/points.js";
import { obs, source } from "./helpers.js";

const SOURCES = new Map<string, Source>(
  [
    source("isa", "jp-moj", "2025-03-14"),
    source("isa-copy", "jp-moj", "2025-03-20"),
    source("mpi", "vn-mpi", "2025-08-13"),
    source("speech", "other", "2024-03-06"),
    source("molisa", "vn-molisa", "2023-07-01"),
  ].map((s) => [s.id, s]),
);

const resident = (id: string, as_of: string, value: number, extra: Partial<Observation> = {}) =>
  obs({
    id,
    series: "people",
    measure: "residents_year_end",
    reporter: "jp",
    year: Number(as_of.slice(0, 4)),
    as_of,
    value,
    unit: "count",
    source: "isa",
    ...extra,
  });

const stock = (id: string, measure: string, as_of: string, value: number, source = "mpi") =>
  obs({
    id,
    series: "fdi",
    measure,
    year: Number(as_of.slice(0, 4)),
    as_of,
    value,
    unit: measure.startsWith("capital") ? "USD_mn" : "count",
    source,
  });

describe("periodBounds", () => {
  it("gives a full year, a run of months, and February's last day in and out of leap years", () => {
    expect(periodBounds({ year: 2024, period: "FY" })).toEqual(["2024-01-01", "2024-12-31"]);
    expect(periodBounds({ year: 2025, period: "M01-M08" })).toEqual(["2025-01-01", "2025-08-31"]);
    expect(periodBounds({ year: 2024, period: "M02-M02" })).toEqual(["2024-02-01", "2024-02-29"]);
    expect(periodBounds({ year: 2023, period: "M01-M02" })).toEqual(["2023-01-01", "2023-02-28"]);
    expect(periodBounds({ year: 1900, period: "M02-M02" })[1]).toBe("1900-02-28");
    expect(periodBounds({ year: 2000, period: "M02-M02" })[1]).toBe("2000-02-29");
  });
});

describe("points", () => {
  it("makes one point of a month's stock from two sources, with the date the winner states", () => {
    const all = points(
      [
        resident("a", "2022-12", 489000, { hedge: "about", source: "isa-copy" }),
        resident("b", "2022-12-31", 489312),
      ],
      SOURCES,
    );
    expect(all).toHaveLength(1);
    expect(all[0]!.chosen.id).toBe("b");
    expect(all[0]!.asOf).toBe("2022-12-31");
    expect(all[0]!.candidates.map((c) => c.id)).toEqual(["b", "a"]);
  });

  it("gives the change between comparable values, zero included, and the date it runs from", () => {
    const all = points(
      [
        resident("y22", "2022-12-31", 489312),
        resident("y23", "2023-12-31", 565026),
        resident("y24", "2024-12-31", 565026),
      ],
      SOURCES,
    );
    expect(all.map((p) => p.change)).toEqual([null, 75714, 0]);
    expect(all.map((p) => p.changeSince)).toEqual([null, "2022-12-31", "2023-12-31"]);
  });

  it("never compares a year-end count with a mid-year one", () => {
    const all = points(
      [
        resident("dec", "2022-12-31", 489312),
        resident("jun", "2023-06-30", 520154, { measure: "residents_mid_year" }),
      ],
      SOURCES,
    );
    expect(all.map((p) => p.change)).toEqual([null, null]);
  });

  it("gives no change between values from different agencies, or from a speech", () => {
    const all = points(
      [
        resident("isa22", "2022-12-31", 489312),
        resident("molisa23", "2023-12-31", 345000, { source: "molisa" }),
        resident("speech24", "2024-12-31", 520000, { source: "speech" }),
        resident("speech25", "2025-12-31", 630000, { source: "speech" }),
      ],
      SOURCES,
    );
    expect(all.map((p) => p.change)).toEqual([null, null, null, null]);
  });

  it("gives no change from or to a bound, and does not skip over it to an older value", () => {
    const all = points(
      [
        stock("c1", "capital_registered_cumulative", "2022-08", 65690),
        stock("c2", "capital_registered_cumulative", "2022-12", 68890),
        stock("c3", "capital_registered_cumulative", "2023-07", 71200),
      ].map((o, i) => (i === 1 ? { ...o, hedge: "more_than" as const } : o)),
      SOURCES,
    );
    expect(all.map((p) => p.change)).toEqual([null, null, null]);
  });

  it("gives no change between different measures, or for a rank", () => {
    const all = points(
      [
        stock("p1", "projects_cumulative", "2025-01-31", 5512),
        stock("k1", "capital_registered_cumulative", "2025-07-31", 79400),
        stock("r1", "rank_by_capital_cumulative", "2025-01-31", 3),
        stock("r2", "rank_by_capital_cumulative", "2025-07-31", 2),
      ],
      SOURCES,
    );
    expect(all.every((p) => p.change === null)).toBe(true);
  });

  it("keeps a count cited without its date apart, at the month it was cited, unchanged", () => {
    const cited = (id: string, value: number) =>
      obs({
        id,
        series: "people",
        measure: "residents_cited",
        reporter: "jp",
        year: 2024,
        value,
        unit: "count",
        source: "speech",
      });
    const all = points([cited("s1", 520000), cited("s2", 520000)], SOURCES);
    expect(all).toHaveLength(2);
    expect(all.map((p) => [p.asOf, p.month, p.change])).toEqual([
      [null, "2024-03", null],
      [null, "2024-03", null],
    ]);
  });

  it("flags a fall in a cumulative stock, with the source's reason when it gives one", () => {
    const all = points(
      [
        stock("k1", "capital_registered_cumulative", "2025-07-31", 79400),
        {
          ...stock("k2", "capital_registered_cumulative", "2026-01-31", 78900),
          note: "only projects still in force are counted",
        },
        stock("p1", "projects_cumulative", "2025-07-31", 5608),
        stock("p2", "projects_cumulative", "2026-01-31", 5600),
        stock("p3", "projects_cumulative", "2026-02-28", 5700),
      ],
      SOURCES,
    );
    const at = (id: string) => all.find((p) => p.chosen.id === id)!;
    expect(at("k2").change).toBe(-500);
    expect(at("k2").fall).toBe("only projects still in force are counted");
    expect(at("p2").fall).toBe(NO_REASON);
    expect(at("p3").change).toBe(100);
    expect(at("p3").fall).toBeNull();
  });

  it("gives a flow its ISO period and no change", () => {
    const flow = (id: string, period: string, value: number) =>
      obs({
        id,
        series: "fdi",
        measure: "capital_registered_new_projects",
        year: 2025,
        period,
        value,
        source: "mpi",
      });
    const all = points([flow("m10", "M01-M10", 1170), flow("fy", "FY", 1620)], SOURCES);
    expect(all.map((p) => [p.periodStart, p.periodEnd, p.asOf, p.change])).toEqual([
      ["2025-01-01", "2025-10-31", null, null],
      ["2025-01-01", "2025-12-31", null, null],
    ]);
  });

  it("skips figures with no value", () => {
    expect(points([resident("n", "2023-12-31", 0, { value: null, yoy_pct: 5 })], SOURCES)).toEqual(
      [],
    );
  });
});

describe("comparable", () => {
  it("requires the same reporter", () => {
    const [a, b] = points(
      [resident("a", "2022-12-31", 1), resident("b", "2023-12-31", 2, { reporter: "vn" })],
      SOURCES,
    );
    expect(comparable(a!, b!, SOURCES)).toBe(false);
    expect(comparable(a!, a!, SOURCES)).toBe(true);
  });
});

describe("latestAtOrBefore", () => {
  it("takes the latest of several measures dated at or before a month", () => {
    const all = points(
      [
        resident("dec", "2024-12-31", 634361),
        resident("jun", "2025-06-30", 660483, { measure: "residents_mid_year" }),
      ],
      SOURCES,
    );
    const both = ["residents_year_end", "residents_mid_year"];
    expect(latestAtOrBefore(all, both, "2025-12")?.chosen.id).toBe("jun");
    expect(latestAtOrBefore(all, both, "2025-05")?.chosen.id).toBe("dec");
    expect(latestAtOrBefore(all, ["residents_year_end"], "2024-11")).toBeUndefined();
  });
});
