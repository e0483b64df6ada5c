// Consistency warnings over a whole dataset: figures that disagree with each other. None of these
// stops vnjp from answering (the selection rule decides what is shown); `vnjp data check` lists
// them all.
import type { Observation } from "../data/schema.js";
import { FULL_YEAR } from "../values.js";
import type { DataIndex } from "./select.js";
import { keyOf, precisionOf } from "./select.js";

export interface Finding {
  check: "sum" | "growth" | "conflict";
  figure: string;
  detail: string;
  ids: string[];
}

/**
 * The range of true values a stated figure allows. A whole rounding unit either way, because
 * reports both
 * round and truncate (customs' 51,443 mn appears as "51.43 bn"); hedged figures get a few percent
 * more.
 */
export function interval(o: Observation): [number, number] {
  const v = o.value!;
  const unit = Math.min(precisionOf(v), Math.abs(v) || 1);
  const slack = { exact: [0, 0], more_than: [0, 0.02], nearly: [0.02, 0], about: [0.03, 0.03] }[
    o.hedge
  ];
  const lo = v - unit - Math.abs(v) * slack[0]!;
  const hi = v + unit + Math.abs(v) * slack[1]!;
  return [lo, hi];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

export function describeKey(o: Observation): string {
  const what = o.category ? `${o.series} ${o.category} ${o.measure}` : `${o.series} ${o.measure}`;
  return `${o.year}${o.period === FULL_YEAR ? "" : ` ${o.period}`}${o.as_of ? ` as of ${o.as_of}` : ""} ${what} (${o.reporter})`;
}

/**
 * Within one source: exports + imports that miss the stated turnover beyond rounding and hedges.
 */
export function sumMismatches(observations: readonly Observation[]): Finding[] {
  const groups = new Map<string, Partial<Record<string, Observation>>>();
  for (const o of observations) {
    if (o.series !== "trade" || o.value === null || !o.source) continue;
    const k = `${o.source}|${o.reporter}|${o.year}|${o.period}`;
    const g = groups.get(k) ?? {};
    g[o.measure] ??= o;
    groups.set(k, g);
  }
  const out: Finding[] = [];
  for (const g of groups.values()) {
    const { turnover: t, exports: x, imports: m } = g;
    if (!t || !x || !m) continue;
    const [xl, xh] = interval(x);
    const [ml, mh] = interval(m);
    if (overlaps([xl + ml, xh + mh], interval(t))) continue;
    out.push({
      check: "sum",
      figure: describeKey(t).replace(" turnover", ""),
      detail: `exports ${x.value} + imports ${m.value} = ${x.value! + m.value!}, but the same source states turnover ${t.value}`,
      ids: [t.id, x.id, m.id],
    });
  }
  return out;
}

/**
 * Stated growth rates that the selected (reported) level of the prior period does not reproduce.
 */
export function growthMismatches(index: DataIndex): Finding[] {
  const out: Finding[] = [];
  for (const o of index.dataset.observations) {
    if (o.yoy_pct === undefined || o.value === null || o.series !== "trade") continue;
    const prior = index.pick({ ...o, year: o.year - 1 });
    if (!prior || prior.value === null || prior.value <= 0) continue;
    const implied = (o.value / prior.value - 1) * 100;
    // Rounding of both levels, and of the rate itself, bounds how far an honest pair can drift
    // apart.
    const rounding =
      (precisionOf(o.value) / 2 / o.value + precisionOf(prior.value) / 2 / prior.value) *
      100 *
      (1 + implied / 100);
    const hedged = o.hedge !== "exact" || prior.hedge !== "exact" ? 2 : 0;
    const rateRounding = precisionOf(o.yoy_pct === 0 ? null : o.yoy_pct) / 2;
    if (Math.abs(implied - o.yoy_pct) <= rounding + Math.min(rateRounding, 0.5) + 0.01 + hedged)
      continue;
    out.push({
      check: "growth",
      figure: describeKey(o),
      detail: `stated growth ${o.yoy_pct}%, but ${o.value} on the ${o.year - 1} figure ${prior.value} (${prior.id}) is ${implied.toFixed(2)}%`,
      ids: [o.id, prior.id],
    });
  }
  return out;
}

/** Observations of one figure whose values cannot both be right. */
export function conflicts(index: DataIndex): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const o of index.dataset.observations) {
    const k = keyOf(o);
    if (seen.has(k)) continue;
    seen.add(k);
    const valued = index.observations(o).filter((c) => c.value !== null);
    if (valued.length < 2) continue;
    const shown = valued[0]!;
    const clashing = valued.slice(1).filter((c) => !overlaps(interval(c), interval(shown)));
    if (clashing.length === 0) continue;
    out.push({
      check: "conflict",
      figure: describeKey(shown),
      detail: `shown ${shown.value} (${shown.status}, ${shown.id}); also reported ${clashing.map((c) => `${c.value} (${c.id})`).join(", ")}`,
      ids: [shown.id, ...clashing.map((c) => c.id)],
    });
  }
  return out;
}

export function consistencyFindings(index: DataIndex): Finding[] {
  const all = [
    ...sumMismatches(index.dataset.observations),
    ...growthMismatches(index),
    ...conflicts(index),
  ];
  // Several sources repeating one report raise the same finding: list it once.
  const seen = new Set<string>();
  return all.filter(
    (f) =>
      !seen.has(f.figure + f.detail.replace(/\([^)]*\)/g, "")) &&
      seen.add(f.figure + f.detail.replace(/\([^)]*\)/g, "")),
  );
}
