import { describe, expect, it } from "vitest";
import { FigureResolver } from "../../src/domain/figures.js";
import { DataIndex, keyOf, precisionOf } from "../../src/domain/select.js";
import { growthConflicts, tradeYear } from "../../src/domain/trade.js";
import { dataset, obs, source } from "./helpers.js";

const key = (measure: string, year: number) => ({
  series: "trade" as const,
  measure,
  reporter: "vn" as const,
  year,
  period: "FY",
});

describe("selection rule", () => {
  it("prefers final over estimate and projection, whatever the order in the file", () => {
    const index = new DataIndex(
      dataset([
        obs({ id: "proj", measure: "turnover", year: 2022, value: 50000, status: "projection" }),
        obs({ id: "final", measure: "turnover", year: 2022, value: 47600 }),
        obs({ id: "est", measure: "turnover", year: 2022, value: 49000, status: "estimate" }),
      ]),
    );
    expect(index.pick(key("turnover", 2022))?.id).toBe("final");
    expect(index.observations(key("turnover", 2022)).map((o) => o.id)).toEqual([
      "final",
      "est",
      "proj",
    ]);
  });

  it("prefers the customs over a secondary retelling of the same status", () => {
    const index = new DataIndex(
      dataset([
        obs({ id: "retold", measure: "turnover", year: 2024, value: 46200, source: "s-other" }),
        obs({ id: "customs", measure: "turnover", year: 2024, value: 48180 }),
      ]),
    );
    expect(index.pick(key("turnover", 2024))?.id).toBe("customs");
  });

  it("then prefers an exact figure, then a more precise one, then the later publication", () => {
    const sources = [
      source("old", "vn-customs", "2025-01-01"),
      source("new", "vn-customs", "2025-06-01"),
    ];
    const index = new DataIndex(
      dataset(
        [
          obs({
            id: "about",
            measure: "exports",
            year: 2021,
            value: 20100,
            hedge: "about",
            source: "new",
          }),
          obs({ id: "coarse", measure: "exports", year: 2021, value: 20100, source: "new" }),
          obs({ id: "fine-old", measure: "exports", year: 2021, value: 20130, source: "old" }),
          obs({ id: "fine-new", measure: "exports", year: 2021, value: 20130, source: "new" }),
        ],
        sources,
      ),
    );
    expect(index.observations(key("exports", 2021)).map((o) => o.id)).toEqual([
      "fine-new",
      "fine-old",
      "coarse",
      "about",
    ]);
  });

  it("reads the rounding unit a figure was stated to", () => {
    expect(precisionOf(26770)).toBe(10);
    expect(precisionOf(4595)).toBe(1);
    expect(precisionOf(237.8)).toBeCloseTo(0.1);
    expect(precisionOf(48000)).toBe(1000);
  });
});

describe("derived figures", () => {
  it("derives turnover and balance from reported flows only where none is reported", () => {
    const resolver = new FigureResolver(
      new DataIndex(
        dataset([
          obs({ id: "x", measure: "exports", year: 2021, value: 20130 }),
          obs({ id: "m", measure: "imports", year: 2021, value: 22650 }),
        ]),
      ),
    );
    const turnover = resolver.resolve(key("turnover", 2021));
    expect(turnover.value).toBe(42780);
    expect(turnover.status).toBe("derived");
    expect(turnover.derivation?.formula).toMatch(/exports \+ imports/);
    const balance = resolver.resolve(key("balance", 2021));
    expect(balance.value).toBe(-2520);
  });

  it("never shows a bound as the level where the parts give one; the bound supports it", () => {
    const resolver = new FigureResolver(
      new DataIndex(
        dataset([
          obs({ id: "t", measure: "turnover", year: 2025, value: 51430, hedge: "more_than" }),
          obs({ id: "x", measure: "exports", year: 2025, value: 26770 }),
          obs({ id: "m", measure: "imports", year: 2025, value: 24680 }),
        ]),
      ),
    );
    const turnover = resolver.resolve(key("turnover", 2025));
    expect(turnover.value).toBe(51450);
    expect(turnover.status).toBe("derived");
    expect(
      resolver.accounts
        .weigh(2025, "vn", {
          measure: "turnover",
          year: 2025,
          value: 51450,
          range: [51430, 51470],
          kind: "identity",
        })
        .stating.map((o) => o.id),
    ).toEqual(["t"]);
  });

  it("shows a bound as stated where nothing else gives the level", () => {
    const resolver = new FigureResolver(
      new DataIndex(
        dataset([
          obs({ id: "t", measure: "turnover", year: 2025, value: 51430, hedge: "more_than" }),
        ]),
      ),
    );
    const turnover = resolver.resolve(key("turnover", 2025));
    expect(turnover.value).toBe(51430);
    expect(turnover.hedge).toBe("more_than");
    expect(turnover.chosen?.id).toBe("t");
  });

  it("derives a prior year from the next year's value and stated growth", () => {
    const resolver = new FigureResolver(
      new DataIndex(
        dataset([obs({ id: "x25", measure: "exports", year: 2025, value: 26770, yoy_pct: 8.77 })]),
      ),
    );
    const prior = resolver.resolve(key("exports", 2024));
    expect(prior.value).toBe(24611.566); // 26770 / 1.0877 = 24611.5657…
    expect(prior.status).toBe("derived");
    expect(prior.derivation?.inputs[0]?.chosen?.id).toBe("x25");
  });

  it("derives a year from the prior year and a growth rate stated without a value", () => {
    const resolver = new FigureResolver(
      new DataIndex(
        dataset([
          obs({ id: "c20", measure: "exports", year: 2020, value: 1000 }),
          obs({ id: "g21", measure: "exports", year: 2021, value: null, yoy_pct: -5 }),
        ]),
      ),
    );
    expect(resolver.resolve(key("exports", 2021)).value).toBe(950);
  });

  it("leaves a figure missing when nothing supports it, without looping", () => {
    const resolver = new FigureResolver(
      new DataIndex(dataset([obs({ id: "t", measure: "turnover", year: 2023, value: 44980 })])),
    );
    const exports = resolver.resolve(key("exports", 2023));
    expect(exports.value).toBeNull();
    expect(exports.status).toBeNull();
  });
});

describe("trade rows", () => {
  it("computes growth from levels, the stated rate beside it, and flags disagreement", () => {
    const resolver = new FigureResolver(
      new DataIndex(
        dataset([
          obs({ id: "t24", measure: "turnover", year: 2024, value: 48180 }),
          obs({ id: "t25", measure: "turnover", year: 2025, value: 51430, yoy_pct: 11.28 }),
          obs({ id: "x25", measure: "exports", year: 2025, value: 26770, yoy_pct: 8.77 }),
        ]),
      ),
    );
    const row = tradeYear(resolver, 2025);
    // (51430 − 48180) / 48180 = 6.7455…%: no other 2024 level is reported, so it stands.
    expect(row.growth.turnover).toMatchObject({
      pct: 6.7455,
      change: 3250,
      basis: "levels",
      stated: 11.28,
      conflict: true,
    });
    // 2024 exports are derived from the 2025 growth, so the computed growth reproduces it.
    expect(row.growth.exports.pct).toBeCloseTo(8.77, 2);
    expect(row.growth.exports.conflict).toBe(false);
    expect(growthConflicts([row])).toEqual([
      { year: 2025, measure: "turnover", stated: 11.28, computed: 6.7455 },
    ]);
  });
});

describe("observations by series and year", () => {
  // Runs of one series and year, broken and resumed: a resumed run joins its year's list.
  const index = new DataIndex(
    dataset([
      obs({ id: "t22a", measure: "exports", year: 2022, value: 1 }),
      obs({ id: "t22b", measure: "imports", year: 2022, value: 2 }),
      obs({ id: "t23", measure: "exports", year: 2023, value: 3 }),
      obs({
        id: "c22",
        series: "category",
        category: "g",
        measure: "exports",
        year: 2022,
        value: 4,
      }),
      obs({ id: "t22c", measure: "turnover", year: 2022, value: 3 }),
    ]),
  );
  const ids = (series: "trade" | "category" | "fdi", year: number) =>
    index.inYear(series, year).map((o) => o.id);

  it("lists a year's observations of one series in the dataset's order", () => {
    expect(ids("trade", 2022)).toEqual(["t22a", "t22b", "t22c"]);
    expect(ids("trade", 2023)).toEqual(["t23"]);
    expect(ids("category", 2022)).toEqual(["c22"]);
    expect(ids("category", 2023)).toEqual([]);
    expect(ids("fdi", 2022)).toEqual([]);
  });

  it("lists the years of a series in the order first met", () => {
    expect(index.yearsOf("trade")).toEqual([2022, 2023]);
    expect(index.yearsOf("category")).toEqual([2022]);
    expect(index.yearsOf("fdi")).toEqual([]);
  });
});

describe("figure keys", () => {
  it("names every part of a figure, with the defaults of the parts left out", () => {
    const category = { ...key("exports", 2025), series: "category" as const, category: "g" };
    expect(keyOf(category)).toBe("category|exports|g|vn|2025|FY||USD_mn");
    expect(keyOf({ ...key("fdi_registered", 2024), as_of: "2024-06-30", unit: "JPY_mn" })).toBe(
      "trade|fdi_registered||vn|2024|FY|2024-06-30|JPY_mn",
    );
  });
});
