// Dated points of the investment and people series. A stock (cumulative projects, residents) is a
// value at an as-of date; a flow (new capital, workers sent) is a value over a period. Observations
// of one point — the same measure, reporter and month, or the same period — go through the
// selection rule together, so "2022-12" and "2022-12-31" from two sources are one point with one
// figure shown. Pure.
import type { Observation, Source } from "../data/schema.js";
import { FULL_YEAR } from "../values.js";
import { change } from "./metrics.js";
import { compareObservations, compareText } from "./select.js";

export const STOCK_MEASURES: readonly string[] = [
  "projects_cumulative",
  "capital_registered_cumulative",
  "rank_among_investors",
  "residents",
  "technical_interns",
];

export interface Point {
  measure: string;
  reporter: string;
  /**
   * YYYY-MM the point refers to (a stock's as-of month, a flow's last month): for ordering and
   * filters.
   */
  month: string;
  /** How the point reads: "as of 2022-12", "2025 M01-M08", "2025". */
  when: string;
  stock: boolean;
  chosen: Observation;
  candidates: Observation[];
  /** Change on the previous point of the same measure and reporter (stocks only). */
  change: number | null;
}

function monthOf(o: Observation): string {
  if (o.as_of) return o.as_of.length >= 7 ? o.as_of.slice(0, 7) : `${o.as_of}-12`;
  return `${o.year}-${o.period === FULL_YEAR ? "12" : o.period.slice(5, 7)}`;
}

export function points(
  observations: readonly Observation[],
  sources: ReadonlyMap<string, Source>,
): Point[] {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    if (o.value === null) continue;
    const stock = STOCK_MEASURES.includes(o.measure);
    const k = [o.measure, o.reporter, o.unit, stock ? monthOf(o) : `${o.year}|${o.period}`].join(
      "|",
    );
    groups.set(k, [...(groups.get(k) ?? []), o]);
  }
  const out: Point[] = [];
  for (const group of groups.values()) {
    const candidates = [...group].sort((a, b) => compareObservations(a, b, sources));
    const chosen = candidates[0]!;
    const stock = STOCK_MEASURES.includes(chosen.measure);
    out.push({
      measure: chosen.measure,
      reporter: chosen.reporter,
      month: monthOf(chosen),
      when: stock
        ? `as of ${chosen.as_of ?? monthOf(chosen)}`
        : chosen.period === FULL_YEAR
          ? String(chosen.year)
          : `${chosen.year} ${chosen.period}`,
      stock,
      chosen,
      candidates,
      change: null,
    });
  }
  out.sort(
    (a, b) =>
      compareText(a.month, b.month) ||
      compareText(a.measure, b.measure) ||
      compareText(a.when, b.when),
  );
  // Changes between consecutive points of one stock; never interpolated, never across measures.
  const last = new Map<string, Point>();
  for (const p of out) {
    if (!p.stock || p.measure === "rank_among_investors") continue;
    const k = `${p.measure}|${p.reporter}|${p.chosen.unit}`;
    const prev = last.get(k);
    if (prev) p.change = change(prev.chosen.value, p.chosen.value);
    last.set(k, p);
  }
  return out;
}

/**
 * The latest point of a stock measure at or before a month: what "as of the end of 2025" can
 * honestly show.
 */
export function latestAtOrBefore(
  all: readonly Point[],
  measure: string,
  month: string,
): Point | undefined {
  return all.filter((p) => p.measure === measure && p.month <= month).at(-1);
}
