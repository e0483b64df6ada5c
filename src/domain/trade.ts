// The trade table: per year, turnover, exports, imports and balance as one side reports them, with
// the change on the prior year. Growth is computed from the levels shown, so a reader can recompute
// it from the same rows; where the prior year has no level, the growth rate stated with the figure
// is used instead.
import type { Reporter, TradeMeasure } from "../values.js";
import { FULL_YEAR, TRADE_MEASURES } from "../values.js";
import type { Figure, FigureResolver } from "./figures.js";
import { change, pctChange } from "./metrics.js";
import type { DataIndex } from "./select.js";
import { type YearSet, yearsWhere } from "./years.js";

export interface Growth {
  pct: number | null;
  change: number | null;
  basis: "levels" | "stated" | null;
}

export interface TradeYear {
  year: number;
  figures: Record<TradeMeasure, Figure>;
  growth: Record<TradeMeasure, Growth>;
}

export function tradeFigure(
  resolver: FigureResolver,
  measure: TradeMeasure,
  year: number,
  reporter: Reporter = "vn",
): Figure {
  return resolver.resolve({ series: "trade", measure, reporter, year, period: FULL_YEAR });
}

export function tradeYear(
  resolver: FigureResolver,
  year: number,
  reporter: Reporter = "vn",
): TradeYear {
  const figures = {} as Record<TradeMeasure, Figure>;
  const growth = {} as Record<TradeMeasure, Growth>;
  for (const m of TRADE_MEASURES) {
    const current = tradeFigure(resolver, m, year, reporter);
    const prior = tradeFigure(resolver, m, year - 1, reporter);
    figures[m] = current;
    growth[m] = growthOf(prior, current);
  }
  return { year, figures, growth };
}

export function growthOf(prior: Figure, current: Figure): Growth {
  if (prior.value !== null && current.value !== null)
    return {
      pct: pctChange(prior.value, current.value),
      change: change(prior.value, current.value),
      basis: "levels",
    };
  // The chosen figure's own rate, else the best-ranked observation that states one (some give a
  // rate only).
  const stated =
    current.chosen?.yoy_pct ?? current.candidates.find((o) => o.yoy_pct !== undefined)?.yoy_pct;
  if (stated !== undefined) return { pct: stated, change: null, basis: "stated" };
  return { pct: null, change: null, basis: null };
}

/**
 * Years with a full-year figure, reported or derivable, of any of `measures` as any of `reporters`
 * report
 * it. A year's figure is reported in that year or derived from that year's or the next year's
 * observations (a growth rate), so those years are the candidates.
 */
export function tradeYearSet(
  index: DataIndex,
  resolver: FigureResolver,
  reporters: readonly Reporter[] = ["vn"],
  measures: readonly TradeMeasure[] = TRADE_MEASURES,
): YearSet {
  return yearsWhere(
    (y) =>
      reporters.some((r) => measures.some((m) => tradeFigure(resolver, m, y, r).value !== null)),
    function* () {
      for (const o of index.dataset.observations)
        if (
          o.series === "trade" &&
          o.period === FULL_YEAR &&
          reporters.includes(o.reporter as Reporter)
        )
          yield* [o.year - 1, o.year];
    },
  );
}

/**
 * Years in which any Vietnam-reported (or `reporter`) full-year trade figure, reported or
 * derivable, exists.
 */
export function tradeYears(
  index: DataIndex,
  resolver: FigureResolver,
  reporter: Reporter = "vn",
): number[] {
  return [...tradeYearSet(index, resolver, [reporter]).all()];
}

export interface GrowthConflict {
  year: number;
  measure: TradeMeasure;
  stated: number;
  computed: number;
}

/**
 * Figures whose source states a growth rate that the levels shown do not reproduce (beyond what
 * rounding of
 * the two levels explains): the two years' figures come from sources that disagree.
 */
export function growthConflicts(rows: readonly TradeYear[]): GrowthConflict[] {
  const out: GrowthConflict[] = [];
  for (const row of rows)
    for (const m of TRADE_MEASURES) {
      const stated = row.figures[m].chosen?.yoy_pct;
      const g = row.growth[m];
      if (stated === undefined || g.basis !== "levels" || g.pct === null) continue;
      if (Math.abs(stated - g.pct) > GROWTH_TOLERANCE_PP)
        out.push({ year: row.year, measure: m, stated, computed: g.pct });
    }
  return out;
}

// Two levels rounded to three or four significant digits move a computed growth rate by up to about
// 0.1 percentage points; a wider gap means the levels themselves disagree with the stated rate.
export const GROWTH_TOLERANCE_PP = 0.5;
