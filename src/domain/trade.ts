// The trade table: per year, turnover, exports, imports and balance as one side reports them, with
// the change on the prior year. Growth is computed from the levels shown, so a reader can recompute
// it from the same rows; where the prior year has no level, the growth rate stated with the figure
// is used instead. Next to it stands the rate the reports of the year state, and whether the two
// disagree beyond the rounding of the figures they come from.
import type { Reporter, TradeMeasure } from "../values.js";
import { FULL_YEAR, TRADE_MEASURES } from "../values.js";
import { growthRange, overlap, type Range, rateRange, reportRange } from "./evidence.js";
import type { Figure, FigureResolver } from "./figures.js";
import { IDENTITIES } from "./identities.js";
import { change, pctChange } from "./metrics.js";
import type { DataIndex } from "./select.js";
import { type YearSet, yearsWhere } from "./years.js";

export interface Growth {
  pct: number | null;
  change: number | null;
  basis: "levels" | "stated" | null;
  /** The rate the reports of the year state, where one does. */
  stated?: number | null;
  /** The levels shown give a rate the stated one cannot be, whatever their rounding. */
  conflict?: boolean;
}

export interface TradeYear {
  year: number;
  figures: Record<TradeMeasure, Figure>;
  /** The prior year's figures the growth is computed on. */
  prior: Record<TradeMeasure, Figure>;
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
  const priors = {} as Record<TradeMeasure, Figure>;
  const growth = {} as Record<TradeMeasure, Growth>;
  for (const m of TRADE_MEASURES) {
    const current = tradeFigure(resolver, m, year, reporter);
    const prior = tradeFigure(resolver, m, year - 1, reporter);
    figures[m] = current;
    priors[m] = prior;
    growth[m] = growthOf(prior, current);
  }
  return { year, figures, prior: priors, growth };
}

export function growthOf(prior: Figure, current: Figure): Growth {
  if (prior.range || current.range) return reconciledGrowth(prior, current);
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

// Reconciled figures: a bound ("more than") is no level to grow from; the stated rate is the one
// the chosen reports give, checked against the levels within the rounding of both.
function reconciledGrowth(prior: Figure, current: Figure): Growth {
  const stated = current.rate?.yoy_pct ?? null;
  const level = (f: Figure) =>
    f.value !== null && f.range !== undefined && f.hedge !== "more_than" && f.hedge !== "nearly";
  if (!level(prior) || !level(current))
    return { pct: stated, change: null, basis: stated === null ? null : "stated", stated };
  const pct = pctChange(prior.value, current.value);
  const g: Growth = { pct, change: change(prior.value, current.value), basis: "levels", stated };
  if (stated !== null && pct !== null) {
    const own = current.rate!.value !== null ? reportRange(current.rate!) : current.range!;
    const levels: Range = [
      Math.min(current.range![0], own[0]),
      Math.max(current.range![1], own[1]),
    ];
    const computed = growthRange(prior.range!, levels);
    g.conflict = computed !== null && !overlap(computed, rateRange(stated));
  }
  return g;
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
 * Rows whose reports state a growth rate that the levels shown cannot give, whatever the rounding
 * of the figures: what the reports say could not be reconciled.
 */
export function growthConflicts(rows: readonly TradeYear[]): GrowthConflict[] {
  const out: GrowthConflict[] = [];
  for (const row of rows)
    for (const m of TRADE_MEASURES) {
      const g = row.growth[m];
      if (g.conflict && g.stated != null && g.pct !== null)
        out.push({ year: row.year, measure: m, stated: g.stated, computed: g.pct });
    }
  return out;
}

const signedPct = (x: number) => `${x > 0 ? "+" : ""}${x.toFixed(2)}%`;

/** The one line a table gives a growth rate the reports state and the levels do not give. */
export function conflictNote(c: GrowthConflict): string {
  return (
    `${c.year} ${c.measure}: the reports state ${signedPct(c.stated)}; the levels shown give ` +
    `${signedPct(c.computed)} (the reports disagree; see --explain)`
  );
}

/** A year whose shown turnover or balance is not what its shown exports and imports make. */
export interface RoundingGap {
  year: number;
  measures: TradeMeasure[];
}

// T = X + M and B = X − M, each read as the first measure from the other two.
const SUMS = IDENTITIES.slice(0, 2);

/**
 * The turnover and balance of a year that differ from what its exports and imports make: figures
 * from different reports, or derived from different ones, which the reconciliation keeps because
 * they agree within the rounding of those reports (reconcile.ts). A difference under USD 5 mn
 * (half the hundredth of a billion tables show) is left alone: figures derived from growth rates
 * carry such fractions, and a table reader could not see it.
 */
export function roundingGaps(year: number, figures: Record<TradeMeasure, Figure>): RoundingGap[] {
  const measures: TradeMeasure[] = [];
  for (const id of SUMS) {
    const terms = Object.entries(id.terms) as Array<[TradeMeasure, number]>;
    if (!terms.every(([m]) => figures[m].value !== null)) continue;
    const sum = terms.reduce((total, [m, c]) => total + c * figures[m].value!, 0);
    if (Math.abs(sum) >= 5) measures.push(terms[0]![0]);
  }
  return measures.length > 0 ? [{ year, measures }] : [];
}

/** The one line a table gives the rows that add up only within the rounding of their reports. */
export function roundingNote(gaps: readonly RoundingGap[]): string[] {
  if (gaps.length === 0) return [];
  const list = gaps.map((g) => `${g.year} ${g.measures.join(" and ")}`).join("; ");
  return [
    "Turnover or balance not equal to exports and imports combined, within the rounding of " +
      `the reports behind them (see --explain): ${list}`,
  ];
}
