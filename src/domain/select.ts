// The selection rule: when several observations report one figure, which one vnjp shows.
//
// Candidates are the observations with a value for the same series, measure, category, reporter,
// year, period (and as-of date, for stocks). They are ranked by, in turn:
//   1. status      final > preliminary > estimate > projection > derived
//   2. agency      the compiling statistical office > a ministry or trade office quoting it >
//   anything else
//   3. hedge       exact > "more than" > "nearly" > "about"
//   4. precision   the figure stated to more digits (51.43 before 51.4)
//   5. recency     the later publication (revisions come later)
//   6. id          so that the choice never depends on file order The first is shown; the rest are
//   kept, listed by --explain and `vnjp sources`.
import type { Dataset, Observation, Source } from "../data/schema.js";
import { AGENCY_TIER, type Agency, HEDGES, STATUSES, UNDATED } from "../values.js";

export interface FigureKey {
  series: Observation["series"];
  measure: string;
  reporter: Observation["reporter"];
  year: number;
  period: string;
  category?: string;
  as_of?: string;
  /** Figures in different units (a yen and a dollar value) are different figures. */
  unit?: string;
}

// A template rather than an array joined: keyOf runs for every observation of the years a command
// asks about, and the array cost more than the string.
export function keyOf(o: FigureKey): string {
  return (
    `${o.series}|${o.measure}|${o.category ?? ""}|${o.reporter}|${o.year}|${o.period}|` +
    `${o.as_of ?? ""}|${o.unit ?? "USD_mn"}`
  );
}

/** Lookups built once per dataset: observations by figure, sources by id. */
export class DataIndex {
  // Observations by series and year, each year keyed by figure when first asked about: a command
  // asks about a few years of a series, and keying every observation of a large dataset would cost
  // more than the answer. Figures are ranked when first asked for, too.
  private readonly byYear = new Map<string, Map<number, Observation[]>>();
  private readonly keyedYears = new Set<Observation[]>();
  private readonly byKey = new Map<string, Observation[]>();
  private readonly ranked = new Set<string>();
  readonly sources = new Map<string, Source>();

  constructor(readonly dataset: Dataset) {
    for (const s of dataset.sources) this.sources.set(s.id, s);
    // Observations come in runs of one series and year: the list of the one before is looked up
    // again only when the run ends.
    let series: string | undefined;
    let year: number | undefined;
    let list: Observation[] = [];
    for (const o of dataset.observations) {
      if (o.series !== series || o.year !== year) {
        series = o.series;
        year = o.year;
        list = this.listOf(o.series, o.year);
      }
      list.push(o);
    }
  }

  private listOf(series: string, year: number): Observation[] {
    let years = this.byYear.get(series);
    if (!years) {
      years = new Map();
      this.byYear.set(series, years);
    }
    let list = years.get(year);
    if (!list) {
      list = [];
      years.set(year, list);
    }
    return list;
  }

  /** The years with observations of a series, in the order first met. */
  yearsOf(series: Observation["series"]): number[] {
    return [...(this.byYear.get(series)?.keys() ?? [])];
  }

  /** The observations of a series in one year, in the dataset's order. */
  inYear(series: Observation["series"], year: number): readonly Observation[] {
    return this.byYear.get(series)?.get(year) ?? [];
  }

  /** Every observation of a figure, best first by the selection rule. */
  observations(key: FigureKey): readonly Observation[] {
    return this.observationsOf(key, keyOf(key));
  }

  /** observations(), for callers that already have the figure's key string (keyOf). */
  observationsOf(key: FigureKey, k: string): readonly Observation[] {
    const year = this.byYear.get(key.series)?.get(key.year);
    if (!year) return [];
    if (!this.keyedYears.has(year)) {
      for (const o of year) {
        const ok = keyOf(o);
        const list = this.byKey.get(ok);
        if (list) list.push(o);
        else this.byKey.set(ok, [o]);
      }
      this.keyedYears.add(year);
    }
    const list = this.byKey.get(k);
    if (!list) return [];
    if (!this.ranked.has(k)) {
      if (list.length > 1) list.sort((a, b) => compareObservations(a, b, this.sources));
      this.ranked.add(k);
    }
    return list;
  }

  /** The observation the rule picks among those with a value, or undefined. */
  pick(key: FigureKey): Observation | undefined {
    return this.observations(key).find((o) => o.value !== null);
  }
}

export function compareObservations(
  a: Observation,
  b: Observation,
  sources: ReadonlyMap<string, Source>,
): number {
  return (
    STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
    agencyTier(a, sources) - agencyTier(b, sources) ||
    HEDGES.indexOf(a.hedge) - HEDGES.indexOf(b.hedge) ||
    precisionOf(a.value) - precisionOf(b.value) ||
    compareText(published(b, sources), published(a, sources)) ||
    compareText(a.id, b.id)
  );
}

/**
 * Code-point order for ids and ISO dates. (localeCompare would load ICU collation data on first
 * use, a
 * measurable part of vnjp's start-up, and ids and dates need no locale.)
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function agencyTier(o: Observation, sources: ReadonlyMap<string, Source>): number {
  const agency = o.source ? sources.get(o.source)?.agency : undefined;
  return agency ? AGENCY_TIER[agency as Agency] : 9;
}

function published(o: Observation, sources: ReadonlyMap<string, Source>): string {
  const date = o.source ? sources.get(o.source)?.published : undefined;
  return date && date !== UNDATED ? date : "";
}

/**
 * The rounding unit a figure was stated to, in its stored unit: 26770 (26.77 bn) → 10, 4595 → 1,
 * 0.5 → 0.1.
 * A value with trailing zeros may have been stated more finely than it shows; taking the coarser
 * unit
 * keeps every tolerance built on it on the generous side.
 */
export function precisionOf(value: number | null): number {
  if (value === null || value === 0) return Number.POSITIVE_INFINITY;
  const text = String(Math.abs(value));
  const dot = text.indexOf(".");
  if (dot >= 0) return 10 ** -(text.length - dot - 1);
  const zeros = text.length - text.replace(/0+$/, "").length;
  return 10 ** zeros;
}

/** Money is stated to the billion at the coarsest: "40 bn" is 40,000 USD mn to the billion. */
const COARSEST_MONEY_UNIT = 1000;

/**
 * The rounding unit of a stated figure in its own unit: precisionOf, except that a money figure is
 * never taken as coarser than a billion (40000 read as "40 bn", to the billion, not as a multiple
 * of ten billions), and no unit exceeds the figure itself.
 */
export function roundingUnit(value: number, unit = "USD_mn"): number {
  const u = Math.min(precisionOf(value), Math.abs(value) || 1);
  return unit === "USD_mn" ? Math.min(u, COARSEST_MONEY_UNIT) : u;
}

/** The rounding unit of a growth rate, from its decimals: 11.28 → 0.01, 22 → 1, 40 → 1. */
export function rateUnit(pct: number): number {
  const text = String(Math.abs(pct));
  const dot = text.indexOf(".");
  return dot >= 0 ? 10 ** -(text.length - dot - 1) : 1;
}
