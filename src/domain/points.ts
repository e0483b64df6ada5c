// Dated points of the investment and people series. A stock (cumulative projects, residents) is a
// value at the as-of date its source states; a flow (new capital, workers sent) is a value over a
// period. Observations of one point — the same measure, reporter and month, or the same period —
// go through the selection rule together, so "2022-12" and "2022-12-31" from two sources are one
// point with one figure shown. A change is given only between two points that measure the same
// thing the same way: same measure, reporter and unit, both levels rather than bounds, both from
// the same statistical agency. Pure.
import type { Observation, Source } from "../data/schema.js";
import { FULL_YEAR } from "../values.js";
import { change } from "./metrics.js";
import { compareObservations, compareText } from "./select.js";

export const STOCK_MEASURES: readonly string[] = [
  "projects_cumulative",
  "capital_registered_cumulative",
  "rank_by_capital_cumulative",
  "residents_year_end",
  "residents_mid_year",
  "residents_cited",
  "technical_interns_year_end",
  "technical_interns_mid_year",
];

/** Stocks whose change means something: a rank's does not, nor a count without its date. */
export const CHANGE_MEASURES: readonly string[] = [
  "projects_cumulative",
  "capital_registered_cumulative",
  "residents_year_end",
  "residents_mid_year",
  "technical_interns_year_end",
  "technical_interns_mid_year",
];

/** Cumulative stocks that only fall when something leaves them: a fall needs a reason. */
export const CUMULATIVE_MEASURES: readonly string[] = [
  "projects_cumulative",
  "capital_registered_cumulative",
];

// "More than" and "nearly" are bounds: a change computed from one would be a guess.
const LEVEL_HEDGES: readonly string[] = ["exact", "about"];

export const NO_REASON = "a fall its source gives no reason for";

export interface Point {
  measure: string;
  reporter: string;
  stock: boolean;
  /** A stock's date, exactly as its source states it (YYYY, YYYY-MM or YYYY-MM-DD); else null. */
  asOf: string | null;
  /** A flow's first and last day, ISO; null for a stock. */
  periodStart: string | null;
  periodEnd: string | null;
  /** YYYY-MM the point refers to, for ordering and year filters. */
  month: string;
  chosen: Observation;
  candidates: Observation[];
  /** Change on the previous point of the same measure, when the two are comparable. */
  change: number | null;
  /** The as-of date of the point the change is measured from. */
  changeSince: string | null;
  /** Why a cumulative stock fell: its observation's note, or NO_REASON. */
  fall: string | null;
}

const LAST_DAY = ["31", "28", "31", "30", "31", "30", "31", "31", "30", "31", "30", "31"];

/** The first and last day of an observation's period, ISO. */
export function periodBounds(o: Pick<Observation, "year" | "period">): [string, string] {
  const [first, last] =
    o.period === FULL_YEAR ? [1, 12] : [Number(o.period.slice(1, 3)), Number(o.period.slice(5, 7))];
  const leap = o.year % 4 === 0 && (o.year % 100 !== 0 || o.year % 400 === 0);
  const end = last === 2 && leap ? "29" : LAST_DAY[last - 1]!;
  const mm = (m: number) => String(m).padStart(2, "0");
  return [`${o.year}-${mm(first)}-01`, `${o.year}-${mm(last)}-${end}`];
}

/**
 * The month a point refers to: a stock's as-of month; for a count with no stated date, the month
 * its source was published (or the year's end); a flow's last month.
 */
function monthOf(o: Observation, sources: ReadonlyMap<string, Source>): string {
  if (STOCK_MEASURES.includes(o.measure)) {
    if (o.as_of) return o.as_of.length >= 7 ? o.as_of.slice(0, 7) : `${o.as_of}-12`;
    const published = o.source ? sources.get(o.source)?.published : undefined;
    if (published && /^\d{4}-\d{2}/.test(published)) return published.slice(0, 7);
    return `${o.year}-12`;
  }
  return periodBounds(o)[1].slice(0, 7);
}

function groupKey(o: Observation, sources: ReadonlyMap<string, Source>): string {
  const stock = STOCK_MEASURES.includes(o.measure);
  // A count with no stated date is a point of its own: nothing says it shares a date with another.
  const when = stock
    ? o.as_of
      ? monthOf(o, sources)
      : `undated:${o.id}`
    : `${o.year}|${o.period}`;
  return [o.measure, o.reporter, o.unit, when].join("|");
}

function agencyOf(o: Observation, sources: ReadonlyMap<string, Source>): string | undefined {
  return o.source ? sources.get(o.source)?.agency : undefined;
}

/**
 * Whether a change from `base` to `next` says something: the same measure counted the same way
 * (reporter, unit, a known and identical statistical agency), both values levels at stated dates.
 */
export function comparable(
  base: Point,
  next: Point,
  sources: ReadonlyMap<string, Source>,
): boolean {
  const a = base.chosen;
  const b = next.chosen;
  const agency = agencyOf(a, sources);
  return (
    base.stock &&
    next.stock &&
    CHANGE_MEASURES.includes(a.measure) &&
    a.measure === b.measure &&
    a.reporter === b.reporter &&
    a.unit === b.unit &&
    base.asOf !== null &&
    next.asOf !== null &&
    LEVEL_HEDGES.includes(a.hedge) &&
    LEVEL_HEDGES.includes(b.hedge) &&
    agency !== undefined &&
    agency !== "other" &&
    agency === agencyOf(b, sources)
  );
}

export function points(
  observations: readonly Observation[],
  sources: ReadonlyMap<string, Source>,
): Point[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.value === null) continue;
    const k = groupKey(o, sources);
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const out: Point[] = [];
  for (const group of groups.values()) {
    const candidates = [...group].sort((a, b) => compareObservations(a, b, sources));
    const chosen = candidates[0]!;
    const stock = STOCK_MEASURES.includes(chosen.measure);
    const [start, end] = periodBounds(chosen);
    out.push({
      measure: chosen.measure,
      reporter: chosen.reporter,
      stock,
      asOf: stock ? (chosen.as_of ?? null) : null,
      periodStart: stock ? null : start,
      periodEnd: stock ? null : end,
      month: monthOf(chosen, sources),
      chosen,
      candidates,
      change: null,
      changeSince: null,
      fall: null,
    });
  }
  out.sort(
    (a, b) =>
      compareText(a.month, b.month) ||
      compareText(a.measure, b.measure) ||
      compareText(a.reporter, b.reporter) ||
      compareText(a.asOf ?? a.periodStart ?? "", b.asOf ?? b.periodStart ?? "") ||
      compareText(a.chosen.id, b.chosen.id),
  );
  // Each point's change is on the previous point of its series (measure, reporter, unit), and only
  // when the two are comparable: a change never skips over a value, and is never interpolated.
  const previous = new Map<string, Point>();
  for (const p of out) {
    const k = [p.measure, p.reporter, p.chosen.unit].join("|");
    const base = previous.get(k);
    previous.set(k, p);
    if (!base || !comparable(base, p, sources)) continue;
    p.change = change(base.chosen.value, p.chosen.value);
    p.changeSince = base.asOf;
    if (p.change !== null && p.change < 0 && CUMULATIVE_MEASURES.includes(p.measure))
      p.fall = p.chosen.note ?? NO_REASON;
  }
  return out;
}

/**
 * The latest point of one of `measures` dated at or before a month: what "as of the end of 2025"
 * can honestly show.
 */
export function latestAtOrBefore(
  all: readonly Point[],
  measures: readonly string[],
  month: string,
): Point | undefined {
  return all.filter((p) => measures.includes(p.measure) && p.month <= month).at(-1);
}
