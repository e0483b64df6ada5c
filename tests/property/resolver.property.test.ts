// The resolver caches figures that its derivation rules ask for again and again. Whatever the
// dataset and whatever the order of the questions, a figure must resolve exactly as a fresh
// resolver resolves it alone.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { selectYears } from "../../src/commands/options.js";
import { type Figure, FigureResolver } from "../../src/domain/figures.js";
import { DataIndex } from "../../src/domain/select.js";
import { tradeYearSet, tradeYears } from "../../src/domain/trade.js";
import { yearsOf } from "../../src/domain/years.js";
import { TRADE_MEASURES, type TradeMeasure } from "../../src/values.js";
import { dataset, obs } from "../unit/helpers.js";

const YEARS = [2018, 2019, 2020, 2021, 2022];

const observation = fc.record({
  measure: fc.constantFrom(...TRADE_MEASURES),
  year: fc.constantFrom(...YEARS),
  value: fc.option(fc.integer({ min: -5000, max: 60000 }), { nil: null }),
  yoy_pct: fc.option(fc.integer({ min: -99, max: 300 }), { nil: undefined }),
  status: fc.constantFrom("final", "preliminary", "estimate"),
});

type Question = { measure: TradeMeasure; year: number };
const QUESTIONS: Question[] = [2016, 2017, ...YEARS, 2023, 2024].flatMap((year) =>
  TRADE_MEASURES.map((measure) => ({ measure, year })),
);

// What a reader sees of a figure: its value, status, formula, and the formulas of its inputs.
function seen(f: Figure): unknown {
  return {
    value: f.value,
    status: f.status,
    hedge: f.hedge,
    chosen: f.chosen?.id,
    derivation: f.derivation && {
      formula: f.derivation.formula,
      inputs: f.derivation.inputs.map(seen),
    },
  };
}

const ask = (resolver: FigureResolver, q: Question) =>
  resolver.resolve({
    series: "trade",
    measure: q.measure,
    reporter: "vn",
    year: q.year,
    period: "FY",
  });

describe("figure resolution", () => {
  it.each([2, 3])(
    "answers every question as a fresh resolver does, in any order (depth %i)",
    (depth) => {
      fc.assert(
        fc.property(
          fc.array(observation, { maxLength: 14 }),
          fc.array(fc.nat(), { minLength: QUESTIONS.length, maxLength: QUESTIONS.length }),
          (records, order) => {
            const data = dataset(
              records.map((r, i) =>
                obs({
                  id: `o${i}`,
                  ...r,
                  yoy_pct: r.value === null && r.yoy_pct === undefined ? 5 : r.yoy_pct,
                }),
              ),
            );
            const alone = QUESTIONS.map((q) =>
              seen(ask(new FigureResolver(new DataIndex(data), depth), q)),
            );
            const shared = new FigureResolver(new DataIndex(data), depth);
            // Ask the questions in a random order with one resolver, then compare question by
            // question.
            const shuffled = QUESTIONS.map((q, i) => ({ q, i, rank: order[i]! })).sort(
              (a, b) => a.rank - b.rank || a.i - b.i,
            );
            const answers = new Array<unknown>(QUESTIONS.length);
            for (const { q, i } of shuffled) answers[i] = seen(ask(shared, q));
            expect(answers).toEqual(alone);
          },
        ),
        // Depth 3 explores many more derivations per dataset.
        { numRuns: depth === 2 ? 300 : 60 },
      );
    },
  );

  it("finds the same years whether or not the figures were asked for before", () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 14 }), (records) => {
        const data = dataset(records.map((r, i) => obs({ id: `o${i}`, ...r })));
        const index = new DataIndex(data);
        const warmed = new FigureResolver(index);
        for (const q of [...QUESTIONS].reverse()) ask(warmed, q);
        expect(tradeYears(index, warmed)).toEqual(tradeYears(index, new FigureResolver(index)));
      }),
      { numRuns: 200 },
    );
  });

  it("selects the same years asking year by year as from the full list, errors included", () => {
    const spec = fc.oneof(
      fc.constantFrom(
        "latest",
        "last1",
        "last3",
        "last30",
        "2019..2021",
        "2010..2030",
        "1000..9999",
        "abc",
      ),
      fc.integer({ min: 2014, max: 2026 }).map(String),
    );
    const choice = fc.record({
      year: fc.option(spec, { nil: undefined }),
      from: fc.option(spec, { nil: undefined }),
      to: fc.option(spec, { nil: undefined }),
    });
    const outcome = (f: () => number[]) => {
      try {
        return f();
      } catch (err) {
        return `${(err as Error).name}: ${(err as Error).message}`;
      }
    };
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 14 }), choice, (records, options) => {
        const data = dataset(records.map((r, i) => obs({ id: `o${i}`, ...r })));
        const index = new DataIndex(data);
        const listed = yearsOf(tradeYears(index, new FigureResolver(index)));
        const lazy = tradeYearSet(index, new FigureResolver(index));
        expect(outcome(() => selectYears(options, lazy, "trade figures"))).toEqual(
          outcome(() => selectYears(options, listed, "trade figures")),
        );
      }),
      { numRuns: 500 },
    );
  });
});
