// Consistency over a whole dataset. Errors: a year whose shown trade figures break an identity, or
// a stated growth rate with no mark saying so. Warnings: reports that disagree with each other
// (the reconciliation decides what is shown; `vnjp data check` lists them all).
import type { Observation } from "../data/schema.js";
import { FULL_YEAR, REPORTERS, TRADE_MEASURES, type TradeMeasure } from "../values.js";
import { contains, growthRange, overlap, rateRange, reportRange } from "./evidence.js";
import { type Figure, FigureResolver, isReconciled } from "./figures.js";
import { combine, IDENTITIES } from "./identities.js";
import type { DataIndex } from "./select.js";
import { keyOf } from "./select.js";
import { type TradeYear, tradeYear, tradeYears } from "./trade.js";

export interface Finding {
  check: "sum" | "growth" | "conflict" | "identity";
  /** An error is a shown figure that breaks a rule; a warning, reports that disagree. */
  level?: "error" | "warning";
  figure: string;
  detail: string;
  ids: string[];
}

/** The range of true values a stated figure allows (evidence.ts, reportRange). */
export function interval(o: Observation): [number, number] {
  const [lo, hi] = reportRange(o);
  return [lo, hi];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] <= b[1] && b[0] <= a[1];

export function describeKey(o: Observation): string {
  const what = o.category ? `${o.series} ${o.category} ${o.measure}` : `${o.series} ${o.measure}`;
  const period = o.period === FULL_YEAR ? "" : ` ${o.period}`;
  const asOf = o.as_of ? ` as of ${o.as_of}` : "";
  return `${o.year}${period}${asOf} ${what} (${o.reporter})`;
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
      detail:
        `exports ${x.value} + imports ${m.value} = ${x.value! + m.value!}, ` +
        `but the same source states turnover ${t.value}`,
      ids: [t.id, x.id, m.id],
    });
  }
  return out;
}

/**
 * Stated growth rates that the level shown for the prior period cannot give, whatever the rounding
 * of the two levels and of the rate.
 */
export function growthMismatches(
  index: DataIndex,
  resolver = new FigureResolver(index),
): Finding[] {
  const out: Finding[] = [];
  for (const o of index.dataset.observations) {
    if (o.yoy_pct === undefined || o.value === null || o.series !== "trade") continue;
    const prior = resolver.resolve({ ...o, year: o.year - 1 });
    if (prior.value === null || prior.value <= 0) continue;
    const base = prior.range ?? (prior.chosen ? reportRange(prior.chosen) : null);
    const computed = base && growthRange(base, reportRange(o));
    if (!computed || overlap(computed, rateRange(o.yoy_pct))) continue;
    const id = prior.chosen?.id ?? "derived";
    const implied = (o.value / prior.value - 1) * 100;
    out.push({
      check: "growth",
      figure: describeKey(o),
      detail:
        `stated growth ${o.yoy_pct}%, but ${o.value} on the ${o.year - 1} figure shown ` +
        `${prior.value} (${id}) is ${implied.toFixed(2)}%`,
      ids: [o.id, id],
    });
  }
  return out;
}

/** Observations of one figure whose values cannot both be right, against the one shown. */
export function conflicts(index: DataIndex, resolver = new FigureResolver(index)): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const o of index.dataset.observations) {
    const k = keyOf(o);
    if (seen.has(k)) continue;
    seen.add(k);
    const valued = index.observations(o).filter((c) => c.value !== null);
    if (valued.length < 2) continue;
    const figure = isReconciled(o) ? resolver.resolve(o) : undefined;
    const shown = figure ? figure.value : valued[0]!.value;
    if (shown === null) continue;
    const range = figure?.range ?? interval(valued[0]!);
    const clashing = valued.filter((c) => !overlaps(interval(c), [range[0], range[1]]));
    if (clashing.length === 0) continue;
    const label = figure
      ? `${figure.chosen?.id ?? `derived: ${figure.derivation?.formula}`}`
      : `${valued[0]!.status}, ${valued[0]!.id}`;
    out.push({
      check: "conflict",
      figure: describeKey(o),
      detail: `shown ${shown} (${label}); also reported ${clashing
        .map((c) => `${c.value} (${c.id})`)
        .join(", ")}`,
      ids: [...(figure?.chosen ? [figure.chosen.id] : []), ...clashing.map((c) => c.id)],
    });
  }
  return out;
}

/**
 * One shown trade row against the rules: T = X + M and B = X − M within the rounding of the
 * figures, and the growth shown against the rate the chosen reports state. A growth rate the row
 * marks as disputed is a warning; anything else broken is an error.
 */
export function rowFindings(row: TradeYear, reporter: string): Finding[] {
  const out: Finding[] = [];
  const f = row.figures;
  const level = (m: TradeMeasure) => {
    const x = f[m];
    return x.value !== null && x.hedge !== "more_than" && x.hedge !== "nearly" ? x : null;
  };
  const ids = (fs: readonly Figure[]) => fs.flatMap((x) => (x.chosen ? [x.chosen.id] : []));
  const where = `${row.year} trade (${reporter})`;
  for (const id of IDENTITIES.slice(0, 2)) {
    const terms = Object.entries(id.terms) as Array<[TradeMeasure, number]>;
    const figs = terms.map(([m]) => level(m));
    if (figs.some((x) => x === null)) continue;
    const range = combine(terms.map(([, c], i) => [c, rangeOf(figs[i]!)] as const));
    if (contains(range, 0)) continue;
    out.push({
      check: "identity",
      level: "error",
      figure: where,
      detail: `${id.text} fails: ${terms.map(([m], i) => `${m} ${figs[i]!.value}`).join(", ")}`,
      ids: ids(figs as Figure[]),
    });
  }
  for (const m of TRADE_MEASURES) {
    const g = row.growth[m];
    if (m === "balance" || g.basis !== "levels" || g.pct === null || g.stated == null) continue;
    const prior = f[m].key.year - 1;
    const rate = f[m].rate;
    const own = rate && rate.value !== null ? reportRange(rate) : rangeOf(f[m]);
    const cur = rangeOf(f[m]);
    const base = row.prior[m].value === null ? null : rangeOf(row.prior[m]);
    const levels = [Math.min(cur[0], own[0]), Math.max(cur[1], own[1])] as const;
    const computed = base && growthRange(base, levels);
    if (!computed || overlap(computed, rateRange(g.stated))) continue;
    out.push({
      check: "growth",
      level: g.conflict ? "warning" : "error",
      figure: `${where.replace(" trade", ` trade ${m}`)}`,
      detail:
        `${g.conflict ? "marked: " : ""}the reports state ${g.stated}%; ` +
        `${f[m].value} on the ${prior} level shown gives ${g.pct}%`,
      ids: ids([f[m]]),
    });
  }
  return out;
}

function rangeOf(f: Figure): readonly [number, number] {
  return f.range ?? [f.value!, f.value!];
}

/** Every shown trade row of every year against the rules (rowFindings). */
export function accountFindings(index: DataIndex, resolver = new FigureResolver(index)): Finding[] {
  const reporters = REPORTERS.filter((r) =>
    index.dataset.observations.some((o) => o.series === "trade" && o.reporter === r),
  );
  return reporters.flatMap((r) =>
    tradeYears(index, resolver, r).flatMap((y) => rowFindings(tradeYear(resolver, y, r), r)),
  );
}

export function consistencyFindings(index: DataIndex): Finding[] {
  const resolver = new FigureResolver(index);
  const all = [
    ...accountFindings(index, resolver),
    ...sumMismatches(index.dataset.observations),
    ...growthMismatches(index, resolver),
    ...conflicts(index, resolver),
  ];
  // Several sources repeating one report raise the same finding: list it once.
  const seen = new Set<string>();
  return all.filter(
    (f) =>
      !seen.has(f.figure + f.detail.replace(/\([^)]*\)/g, "")) &&
      seen.add(f.figure + f.detail.replace(/\([^)]*\)/g, "")),
  );
}
