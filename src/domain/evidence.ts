// What the reports say about one trade measure of one year, in the terms the reconciliation
// reasons in: the range of true values each report allows, the rate it states, and who says so.
import type { Observation, Source } from "../data/schema.js";
import { FULL_YEAR, type Reporter, type TradeMeasure } from "../values.js";
import { type DataIndex, rateUnit, roundingUnit } from "./select.js";

/** The true values a figure allows: [lo, hi]. */
export type Range = readonly [number, number];

export const overlap = (a: Range, b: Range): boolean => a[0] <= b[1] && b[0] <= a[1];
export const width = (r: Range): number => r[1] - r[0];
export const contains = (r: Range, x: number): boolean => r[0] <= x && x <= r[1];

/**
 * The range of true values a stated figure allows: a whole rounding unit either way, because
 * reports both round and truncate (customs' 51,443 mn appears as "51.43 bn"), a few percent more
 * for "about"; a "more than" or "nearly" figure is a bound, open on one side by a unit and 5%.
 */
export function reportRange(o: Observation): Range {
  const v = o.value!;
  const unit = roundingUnit(v, o.unit);
  const a = Math.abs(v);
  switch (o.hedge) {
    case "about":
      return [v - unit - 0.03 * a, v + unit + 0.03 * a];
    case "more_than":
      return [v, v + unit + BOUND_REACH * a];
    case "nearly":
      return [v - unit - BOUND_REACH * a, v];
    default:
      return [v - unit, v + unit];
  }
}

// How far past its figure a "more than" or "nearly" reaches: "nearly 50 bn" is said of 47.6 bn.
const BOUND_REACH = 0.05;

/** The rates a stated growth rate allows, one unit of its last digit either way. */
export function rateRange(pct: number): Range {
  const unit = rateUnit(pct);
  return [pct - unit, pct + unit];
}

/** A "more than" or "nearly" figure: a bound on the level, never the level itself. */
export const isBound = (o: Observation): boolean => o.hedge === "more_than" || o.hedge === "nearly";

/**
 * A figure as a report states it: not one the dataset records as derived, and not a forecast made
 * before the year ended, which says what was expected rather than what happened.
 */
export const isReport = (o: Observation): boolean =>
  o.status !== "derived" && o.status !== "projection";

/** The level `range` had a year before, given the growth rate stated for it. */
export function baseRange(range: Range, pct: number, slackPp = 0): Range | null {
  const [rlo, rhi] = rateRange(pct);
  const lo = 1 + (rhi + slackPp) / 100;
  const hi = 1 + (rlo - slackPp) / 100;
  if (hi <= 0) return null;
  return [range[0] / lo, range[1] / hi];
}

/** Growth from `base` to `level`, in percent, as the range their ranges allow. */
export function growthRange(base: Range, level: Range): Range | null {
  if (base[0] <= 0) return null;
  return [(level[0] / base[1] - 1) * 100, (level[1] / base[0] - 1) * 100];
}

/**
 * Independent publishers: sources of one publisher, or on one web domain (a copy excepted, whose
 * domain is the copier's), count once. Publisher names are compared without what they add in
 * brackets or after a comma ("VOV (english.vov.vn)" is VOV).
 */
export class Publishers {
  private readonly group = new Map<string, string>();

  /** `sources`: every source, or those that can be asked about (the others cannot join groups). */
  constructor(sources: ReadonlyMap<string, Source>, only?: ReadonlySet<string>) {
    const ids = [...(only ?? sources.keys())].filter((id) => sources.has(id)).sort();
    // Union-find over the sources, by index; a source joins the first source of its publisher
    // name and of its domain.
    const parent = ids.map((_, i) => i);
    const find = (i: number): number => {
      while (parent[i] !== i) {
        parent[i] = parent[parent[i]!]!;
        i = parent[i]!;
      }
      return i;
    };
    const first = new Map<string, number>();
    const join = (key: string, i: number) => {
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else parent[find(i)] = find(j);
    };
    ids.forEach((id, i) => {
      const s = sources.get(id)!;
      join(`p:${publisherKey(s.publisher)}`, i);
      const domain = s.copy ? undefined : domainOf(s.url);
      if (domain) join(`d:${domain}`, i);
    });
    for (const [i, id] of ids.entries()) this.group.set(id, `g:${find(i)}`);
  }

  /** The publisher an observation's source belongs to (its own source id when unknown). */
  of(o: Observation): string {
    return o.source ? (this.group.get(o.source) ?? `s:${o.source}`) : `o:${o.id}`;
  }
}

// Without Unicode property classes, which cost a measurable part of start-up to compile.
function publisherKey(name: string): string {
  return name
    .toLowerCase()
    .split(/[(,]| \/ /)[0]!
    .replace(/[\s!-/:-@[-`{-~]+/g, "");
}

// Registries that sell names one level down: vov.vn but baodongnai.com.vn, jetro.go.jp.
const SECOND_LEVEL = new Set(["com", "org", "gov", "net", "edu", "co", "go", "or", "ac", "ne"]);

function domainOf(url: string): string | undefined {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const labels = host.split(".");
  const keep = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join(".");
}

/** The full-year reports of one measure, year and side, best first by the selection order. */
export interface MeasureEvidence {
  measure: TradeMeasure;
  year: number;
  /** Every observation, as the selection order ranks them. */
  all: readonly Observation[];
  /** Reports with a level: exact or "about" (forecasts only where nothing else is). */
  levels: Observation[];
  /** Reports whose level is a bound: "more than", "nearly". */
  bounds: Observation[];
  /** Reports that state a growth rate, with a level or without one. */
  rates: Observation[];
}

export function measureEvidence(
  index: DataIndex,
  measure: TradeMeasure,
  year: number,
  reporter: Reporter,
): MeasureEvidence {
  const all = index.observations({ series: "trade", measure, reporter, year, period: FULL_YEAR });
  const reports = all.filter(isReport);
  const valued = reports.filter((o) => o.value !== null);
  const levels = valued.filter((o) => !isBound(o));
  const forecasts = all.filter((o) => o.status === "projection" && o.value !== null && !isBound(o));
  return {
    measure,
    year,
    all,
    levels: levels.length > 0 ? levels : forecasts,
    bounds: valued.filter(isBound),
    rates: reports.filter((o) => o.yoy_pct !== undefined),
  };
}
