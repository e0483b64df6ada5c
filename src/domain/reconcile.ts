// The reconciliation of the trade series. Per year and side, turnover (T), exports (X), imports (M)
// and balance (B) are chosen together, so that the row shown is one coherent account:
//
// - Candidates are the levels reports state (values that agree within rounding support each other)
//   and the values the identities T = X + M and B = X − M give from two reported figures.
// - Each candidate counts its support: the independent publishers that state it within rounding,
//   and the reports of the next year whose level and stated growth imply it. A "more than" or
//   "nearly" figure is a bound: it supports, never feeds an identity or a derivation.
// - The account kept satisfies the identities within the rounding of its figures and has the most
//   support; then it disagrees with as few stated growth rates (within 1 point plus rounding) as it
//   can; the selection order of select.ts breaks the remaining ties.
// - A coarse or non-final figure gives way to an exact value that lies within its rounding: one the
//   identities give from finer final figures of the year, or one the next year's shown level and
//   its stated growth give.
// - What is still missing comes from a neighbouring year's shown, reported level and a stated
//   growth rate: never from a derived level or a bound, and a balance never from derived flows.
//
// Each year is reconciled from its own reports and those of the years either side, so a command
// that shows one year reconciles that year and the ones its growth and derivations need.
import type { Observation } from "../data/schema.js";
import {
  type Hedge,
  type Reporter,
  STATUSES,
  TRADE_MEASURES,
  type TradeMeasure,
} from "../values.js";
import {
  baseRange,
  contains,
  isBound,
  type MeasureEvidence,
  measureEvidence,
  overlap,
  Publishers,
  type Range,
  rateRange,
  reportRange,
  width,
} from "./evidence.js";
import type { Figure } from "./figure.js";
import { combine, combineValues, FORMULAS, IDENTITIES, type Identity } from "./identities.js";
import { baseFromGrowth, grow } from "./metrics.js";
import { compareObservations, type DataIndex, type FigureKey, rateUnit } from "./select.js";

export type CandidateKind = "reported" | "identity" | "growth" | "bound";

/** A value one measure of one year can take, and where it comes from. */
export interface Candidate {
  measure: TradeMeasure;
  year: number;
  value: number;
  /** The true values it allows, from the rounding of what it rests on. */
  range: Range;
  kind: CandidateKind;
  /** The report shown (reported, bound): the best-ranked report of this value. */
  report?: Observation;
  /** reported: the reports that agree with it within rounding, itself first. */
  members?: Observation[];
  formula?: string;
  /** identity: the two figures it comes from; growth: the other year's figure. */
  inputs?: Candidate[];
  /** growth: the report whose stated rate was used. */
  rate?: Observation;
  /** A coarse or non-final report this value refines (kept as support). */
  replaces?: Candidate;
}

/** Who supports a value. */
export interface Weight {
  count: number;
  /** Reports of the year that state it within rounding (bounds included). */
  stating: Observation[];
  /** Reports of the next year whose level and stated growth imply it. */
  implying: Observation[];
}

export type Rule = "identity" | "growth" | "support" | "order" | "rounding";

/** A candidate not shown, and why. */
export interface Verdict {
  candidate: Candidate;
  weight: Weight;
  rule: Rule;
  reason: string;
}

export interface Account {
  year: number;
  reporter: Reporter;
  shown: Record<TradeMeasure, Candidate | null>;
  /** Every reported level considered, with its support. */
  considered: Array<{ candidate: Candidate; weight: Weight }>;
  setAside: Verdict[];
  /** The rules that decided between candidates (empty when each figure had one). */
  decidedBy: Rule[];
  /** Refinements and derivations, one line each. */
  notes: string[];
  /** The report stating this year's growth for each measure, where one does. */
  stated: Record<TradeMeasure, Observation | undefined>;
}

// At most this many reported values per measure enter the search (the best supported): enough for
// any year the record holds, and it keeps the search small for a user's large dataset.
const MAX_OPTIONS = 6;

// The identities whose every term is picked once the walk has picked the i-th measure.
const CHECKED_AT: readonly (readonly Identity[])[] = TRADE_MEASURES.map((_, i) =>
  IDENTITIES.filter((id) =>
    Object.keys(id.terms).every((m) => TRADE_MEASURES.indexOf(m as TradeMeasure) <= i),
  ).filter((id) =>
    Object.keys(id.terms).some((m) => TRADE_MEASURES.indexOf(m as TradeMeasure) === i),
  ),
);

/** Whether the picks break one of `identities` beyond the rounding of their figures. */
function breaksIdentity(picks: Picks, identities: readonly Identity[]): boolean {
  for (const id of identities) {
    const terms = Object.entries(id.terms) as Array<[TradeMeasure, number]>;
    if (!terms.every(([m]) => picks[m])) continue;
    if (!contains(combine(terms.map(([m, c]) => [c, picks[m]!.range] as const)), 0)) return true;
  }
  return false;
}
// Stated growth rates constrain the choice within rounding plus this many percentage points.
const GROWTH_SLACK_PP = 1;

type Picks = Record<TradeMeasure, Candidate | null>;

interface Outcome {
  picks: Picks;
  filled: Picks;
  feasible: boolean;
  failed?: Identity;
  violations: number;
  support: number;
}

interface Local {
  outcome: Outcome;
  considered: Account["considered"];
  setAside: Verdict[];
  notes: string[];
}

const emptyPicks = (): Picks => ({ turnover: null, exports: null, imports: null, balance: null });

/** The reconciled accounts of one dataset, computed year by year as they are asked for. */
export class TradeAccounts {
  private readonly evidenceCache = new Map<string, Record<TradeMeasure, MeasureEvidence>>();
  private readonly locals = new Map<string, Local>();
  private readonly accounts = new Map<string, Account>();
  private readonly refinements = new Map<string, Candidate | null>();
  private readonly figures = new Map<string, Figure>();
  private publishersCache?: Publishers;

  constructor(private readonly index: DataIndex) {}

  account(year: number, reporter: Reporter): Account {
    const k = `${reporter}|${year}`;
    let a = this.accounts.get(k);
    if (!a) {
      a = this.build(year, reporter);
      this.accounts.set(k, a);
    }
    return a;
  }

  /** The figure shown for one measure, as the rest of vnjp reads figures. */
  figure(year: number, reporter: Reporter, measure: TradeMeasure): Figure {
    const k = `${reporter}|${year}|${measure}`;
    let f = this.figures.get(k);
    if (!f) {
      const a = this.account(year, reporter);
      f = this.toFigure(a.shown[measure], { year, reporter, measure }, a.stated[measure]);
      this.figures.set(k, f);
    }
    return f;
  }

  /**
   * The support a value of a measure has in a year: the publishers stating it within rounding (a
   * reported value: the reports merged into it), the bounds it lies within, and the next year's
   * reports whose level and stated growth imply it.
   */
  weigh(year: number, reporter: Reporter, c: Candidate): Weight {
    const here = this.evidence(year, reporter)[c.measure];
    const next = this.evidence(year + 1, reporter)[c.measure];
    const within = (o: Observation) => contains(reportRange(o), c.value);
    const stating = [...(c.members ?? here.levels.filter(within)), ...here.bounds.filter(within)];
    const implying = next.rates.filter((o) => {
      if (o.value === null) return false;
      // A rate is computed from the level itself: a "more than 51.43 bn, +11.28%" implies the base
      // from 51.43 bn and its rounding, not from everything above 51.43.
      const level = isBound(o) ? reportRange({ ...o, hedge: "exact" }) : reportRange(o);
      const base = baseRange(level, o.yoy_pct!);
      if (base === null) return false;
      const point = baseFromGrowth(o.value, o.yoy_pct);
      return contains(base, c.value) || (c.members !== undefined && contains(c.range, point!));
    });
    const count = this.distinct(stating) + this.distinct(implying);
    return { count, stating, implying };
  }

  private get publishers(): Publishers {
    // Only trade figures are weighed: only their sources need a publisher.
    if (!this.publishersCache) {
      const cited = new Set<string>();
      for (const year of this.index.yearsOf("trade"))
        for (const o of this.index.inYear("trade", year)) if (o.source) cited.add(o.source);
      this.publishersCache = new Publishers(this.index.sources, cited);
    }
    return this.publishersCache;
  }

  private distinct(reports: readonly Observation[]): number {
    return new Set(reports.map((o) => this.publishers.of(o))).size;
  }

  private evidence(year: number, reporter: Reporter): Record<TradeMeasure, MeasureEvidence> {
    const k = `${reporter}|${year}`;
    let e = this.evidenceCache.get(k);
    if (!e) {
      e = {} as Record<TradeMeasure, MeasureEvidence>;
      for (const m of TRADE_MEASURES) e[m] = measureEvidence(this.index, m, year, reporter);
      this.evidenceCache.set(k, e);
    }
    return e;
  }

  // ---- one year on its own: reported levels and the identities ----

  private local(year: number, reporter: Reporter): Local {
    const k = `${reporter}|${year}`;
    let l = this.locals.get(k);
    if (!l) {
      l = this.choose(year, reporter);
      this.locals.set(k, l);
    }
    return l;
  }

  private choose(year: number, reporter: Reporter): Local {
    const ev = this.evidence(year, reporter);
    const weights = new Map<string, Weight>();
    const weightOf = (c: Candidate): Weight => {
      const k = `${c.measure}|${c.kind}|${c.value}|${c.range[0]}|${c.range[1]}`;
      let w = weights.get(k);
      if (!w) {
        w = this.weigh(year, reporter, c);
        weights.set(k, w);
      }
      return w;
    };
    const considered: Account["considered"] = [];
    const options = {} as Record<TradeMeasure, Candidate[]>;
    for (const m of TRADE_MEASURES) {
      const all = merge(ev[m].levels).map((members) => ({
        ...reported(members[0]!, m, year),
        members,
      }));
      for (const c of all) considered.push({ candidate: c, weight: weightOf(c) });
      options[m] = all
        .map((c, i) => ({ c, i, n: weightOf(c).count }))
        .sort((a, b) => b.n - a.n || a.i - b.i)
        .slice(0, MAX_OPTIONS)
        .map((x) => x.c);
    }
    const broken = new Map<string, boolean>();
    const breaks = (c: Candidate): boolean => {
      const k = `${c.measure}|${c.value}|${c.range[0]}|${c.range[1]}`;
      let b = broken.get(k);
      if (b === undefined) {
        b = this.breaksStatedGrowth(year, reporter, c);
        broken.set(k, b);
      }
      return b;
    };
    const evaluate = (picks: Picks): Outcome => this.evaluate(year, picks, weightOf, breaks);
    let best: Outcome | undefined;
    // Picking no figure at all breaks no identity, so the best outcome is always feasible: a branch
    // whose picks already break an identity can be cut without changing the answer.
    const walk = (i: number, picks: Picks) => {
      if (i === TRADE_MEASURES.length) {
        const o = evaluate({ ...picks });
        if (!best || this.better(o, best)) best = o;
        return;
      }
      const m = TRADE_MEASURES[i]!;
      for (const c of [null, ...options[m]]) {
        picks[m] = c;
        if (c === null || !breaksIdentity(picks, CHECKED_AT[i]!)) walk(i + 1, picks);
      }
      picks[m] = null;
    };
    walk(0, emptyPicks());
    const outcome = best!;
    const setAside: Verdict[] = [];
    for (const { candidate: c, weight } of considered) {
      const shown = outcome.picks[c.measure];
      if (shown === c) continue;
      setAside.push({ candidate: c, weight, ...this.why(c, outcome, evaluate) });
    }
    const notes: string[] = [];
    const levels = {} as Record<TradeMeasure, readonly Observation[]>;
    for (const m of TRADE_MEASURES) levels[m] = ev[m].levels;
    this.refineByIdentity(outcome, levels, notes);
    return { outcome, considered, setAside, notes };
  }

  private evaluate(
    year: number,
    picks: Picks,
    weightOf: (c: Candidate) => Weight,
    breaks: (c: Candidate) => boolean,
  ): Outcome {
    const out: Outcome = { picks, filled: picks, feasible: true, violations: 0, support: 0 };
    for (const id of IDENTITIES) {
      const terms = Object.entries(id.terms) as Array<[TradeMeasure, number]>;
      if (!terms.every(([m]) => picks[m])) continue;
      if (!contains(combine(terms.map(([m, c]) => [c, picks[m]!.range] as const)), 0)) {
        out.feasible = false;
        out.failed = id;
        return out;
      }
    }
    const filled = { ...picks };
    for (const m of TRADE_MEASURES) if (!filled[m]) filled[m] = identityValue(m, year, picks);
    out.filled = filled;
    for (const m of TRADE_MEASURES) {
      const c = filled[m];
      if (!c) continue;
      out.support += weightOf(c).count;
      if (m !== "balance" && breaks(c)) out.violations++;
    }
    return out;
  }

  /** Whether a rate stated for this year puts the prior year where no report of it is. */
  private breaksStatedGrowth(year: number, reporter: Reporter, c: Candidate): boolean {
    const priors = this.evidence(year - 1, reporter)[c.measure].levels;
    if (priors.length === 0) return false;
    const stating = this.evidence(year, reporter)[c.measure].rates.filter(
      (o) => o.value === null || overlap(reportRange(o), c.range),
    );
    return stating.some((o) => {
      const level = o.value === null ? c.range : hull(c.range, reportRange(o));
      const base = baseRange(level, o.yoy_pct!, GROWTH_SLACK_PP);
      return base !== null && !priors.some((p) => overlap(reportRange(p), base));
    });
  }

  private better(a: Outcome, b: Outcome): boolean {
    if (a.feasible !== b.feasible) return a.feasible;
    if (a.support !== b.support) return a.support > b.support;
    if (a.violations !== b.violations) return a.violations < b.violations;
    return this.byOrder(a.picks, b.picks) < 0;
  }

  // The selection order, measure by measure: a reported figure before none.
  private byOrder(a: Picks, b: Picks): number {
    for (const m of TRADE_MEASURES) {
      const x = a[m]?.report;
      const y = b[m]?.report;
      if (x === y) continue;
      if (!x || !y) return x ? -1 : 1;
      const c = compareObservations(x, y, this.index.sources);
      if (c !== 0) return c;
    }
    return 0;
  }

  private why(
    c: Candidate,
    best: Outcome,
    evaluate: (p: Picks) => Outcome,
  ): Omit<Verdict, "candidate" | "weight"> {
    const shown = best.filled[c.measure];
    if (shown && overlap(c.range, shown.range))
      return { rule: "rounding", reason: "agrees within rounding with the value shown" };
    const alt = evaluate({ ...best.picks, [c.measure]: c });
    if (!alt.feasible) {
      const others = Object.keys(alt.failed!.terms)
        .filter((m) => m !== c.measure)
        .map((m) => `${m} ${best.picks[m as TradeMeasure]!.value}`)
        .join(", ");
      return { rule: "identity", reason: `breaks ${alt.failed!.text} with ${others}` };
    }
    if (alt.support < best.support)
      return { rule: "support", reason: `less support (${alt.support} against ${best.support})` };
    if (alt.violations > best.violations)
      return { rule: "growth", reason: `its stated growth puts ${c.year - 1} where no report is` };
    return { rule: "order", reason: "ranked lower by the selection order" };
  }

  // A coarse or non-final report gives way to the value the identities give from finer, exact,
  // final reports of the year, where that value lies within its rounding. The coarsest first; a
  // figure used as an input stays as it is.
  private refineByIdentity(
    outcome: Outcome,
    levels: Record<TradeMeasure, readonly Observation[]>,
    notes: string[],
  ): void {
    const picks = outcome.picks;
    const firm = (c: Candidate | null): c is Candidate =>
      c?.kind === "reported" && c.report!.status === "final" && c.report!.hedge === "exact";
    const pinned = new Set<TradeMeasure>();
    const replaced = new Set<TradeMeasure>();
    const order = TRADE_MEASURES.filter((m) => picks[m]).sort(
      (a, b) => width(picks[b]!.range) - width(picks[a]!.range),
    );
    for (const m of order) {
      if (pinned.has(m)) continue;
      const coarse = picks[m]!;
      let found: Candidate | null = null;
      for (const f of FORMULAS) {
        if (f.target !== m || f.from.some((x) => replaced.has(x))) continue;
        const inputs = f.from.map((x) => picks[x]);
        if (!inputs.every(firm) || inputs.some((i) => width(i!.range) >= width(coarse.range)))
          continue;
        const c = fromFormula(f, coarse.year, inputs as Candidate[]);
        if (!contains(coarse.range, c.value) || width(c.range) >= width(coarse.range)) continue;
        // The report already states that exact value: nothing to refine.
        if (c.value === coarse.value) continue;
        if (!found || width(c.range) < width(found.range)) found = c;
      }
      if (!found) continue;
      found.replaces = coarse;
      // A final, exact report of that very value is shown as the report it is.
      const same = levels[m].find(
        (o) => o.value === found!.value && o.status === "final" && o.hedge === "exact",
      );
      outcome.filled[m] = same ? reported(same, m, coarse.year) : found;
      replaced.add(m);
      for (const i of found.inputs!) pinned.add(i.measure);
      notes.push(
        `${m}: ${coarse.value} (${describeReport(coarse.report!)}) gives way to ` +
          `${found.formula} = ${found.value}, within its rounding`,
      );
    }
  }

  // ---- across years: growth rates ----

  /** The year's reported level of a measure, if it is the one shown (not refined away). */
  private shownReport(year: number, reporter: Reporter, m: TradeMeasure): Candidate | null {
    const c = this.local(year, reporter).outcome.filled[m];
    if (c?.kind !== "reported") return null;
    return this.growthRefinement(year, reporter, m) ? null : c;
  }

  /** A coarse or non-final report refined by the next year's shown level and stated growth. */
  private growthRefinement(year: number, reporter: Reporter, m: TradeMeasure): Candidate | null {
    const k = `${reporter}|${year}|${m}`;
    if (this.refinements.has(k)) return this.refinements.get(k)!;
    this.refinements.set(k, null);
    let result: Candidate | null = null;
    const filled = this.local(year, reporter).outcome.filled;
    const coarse = filled[m];
    // A flow the identities computed another flow from stays as it is: the row must add up. (A
    // balance computed from it is computed again, or dropped: see build.)
    const input = TRADE_MEASURES.some(
      (x) => x !== "balance" && filled[x]?.inputs?.includes(coarse!),
    );
    if (coarse?.kind === "reported" && m !== "balance" && !input) {
      const c = this.fromNextYear(year, reporter, m);
      if (c && contains(coarse.range, c.value) && width(c.range) < width(coarse.range)) {
        c.replaces = coarse;
        result = c;
      }
    }
    this.refinements.set(k, result);
    return result;
  }

  private fromNextYear(year: number, reporter: Reporter, m: TradeMeasure): Candidate | null {
    const next = this.shownReport(year + 1, reporter, m);
    if (!next) return null;
    const rate = pickRate(
      this.evidence(year + 1, reporter)[m].rates.filter(
        (o) => o.value === null || overlap(reportRange(o), next.range),
      ),
    );
    if (!rate) return null;
    const value = baseFromGrowth(next.value, rate.yoy_pct);
    const range = baseRange(next.range, rate.yoy_pct!);
    if (value === null || range === null) return null;
    return {
      measure: m,
      year,
      value,
      range,
      kind: "growth",
      formula: `${year + 1} ${m} / (1 + ${rate.yoy_pct}%)`,
      inputs: [next],
      rate,
    };
  }

  private fromPriorYear(year: number, reporter: Reporter, m: TradeMeasure): Candidate | null {
    const rate = pickRate(this.evidence(year, reporter)[m].rates.filter((o) => o.value === null));
    if (!rate) return null;
    const prior = this.local(year - 1, reporter).outcome.filled[m];
    if (prior?.kind !== "reported") return null;
    const value = grow(prior.value, rate.yoy_pct);
    const [lo, hi] = rateRange(rate.yoy_pct!);
    if (value === null || lo <= -100) return null;
    return {
      measure: m,
      year,
      value,
      range: [prior.range[0] * (1 + lo / 100), prior.range[1] * (1 + hi / 100)],
      kind: "growth",
      formula: `${year - 1} ${m} × (1 + ${rate.yoy_pct}%)`,
      inputs: [prior],
      rate,
    };
  }

  private build(year: number, reporter: Reporter): Account {
    const local = this.local(year, reporter);
    const ev = this.evidence(year, reporter);
    const shown = { ...local.outcome.filled };
    const notes = [...local.notes];
    for (const m of TRADE_MEASURES) {
      if (m === "balance") continue;
      const c = shown[m];
      if (c?.kind === "reported") {
        const r = this.growthRefinement(year, reporter, m);
        if (r) {
          shown[m] = r;
          notes.push(
            `${m}: ${c.value} (${describeReport(c.report!)}) gives way to ` +
              `${r.formula} = ${r.value}, within its rounding`,
          );
        }
      } else if (!c) {
        const d = this.fromNextYear(year, reporter, m) ?? this.fromPriorYear(year, reporter, m);
        if (d) {
          shown[m] = d;
          notes.push(`${m}: none reported; ${d.formula} = ${d.value}`);
        }
      }
    }
    // A balance computed from a flow refined since is computed again from the reported figures
    // still shown, or not at all: never from derived flows.
    const b = shown.balance;
    if (b?.kind === "identity" && b.inputs!.some((i) => shown[i.measure] !== i)) {
      const picks = { ...emptyPicks() };
      for (const m of TRADE_MEASURES) if (shown[m]?.kind === "reported") picks[m] = shown[m];
      shown.balance = identityValue("balance", year, picks);
      if (!shown.balance)
        notes.push(
          "balance: its flows are refined by growth, and a balance is never derived from " +
            "derived flows",
        );
    }
    for (const m of TRADE_MEASURES) {
      const bound = ev[m].bounds[0];
      if (shown[m] || !bound) continue;
      shown[m] = { ...reported(bound, m, year), kind: "bound" };
      notes.push(`${m}: only a bound is reported (${describeReport(bound)}); shown as stated`);
    }
    const refinedAway = notes.some((n) => n.startsWith("balance: its flows"));
    if (
      !shown.balance &&
      !refinedAway &&
      ev.balance.levels.length === 0 &&
      (shown.exports || shown.imports)
    )
      notes.push("balance: none reported, and a balance is never derived from derived flows");
    const stated = {} as Account["stated"];
    for (const m of TRADE_MEASURES) {
      const c = shown[m];
      stated[m] =
        c?.kind === "growth" && c.year - 1 === c.inputs![0]!.year
          ? c.rate
          : pickRate(
              ev[m].rates.filter(
                (o) => o.value === null || (c && overlap(reportRange(o), c.range)),
              ),
            );
    }
    const decidedBy = [
      ...new Set(local.setAside.map((v) => v.rule).filter((r) => r !== "rounding")),
    ];
    return {
      year,
      reporter,
      shown,
      considered: local.considered,
      setAside: local.setAside,
      decidedBy,
      notes,
      stated,
    };
  }

  private toFigure(
    c: Candidate | null,
    at: { year: number; reporter: Reporter; measure: TradeMeasure },
    rate?: Observation,
  ): Figure {
    const key: FigureKey = {
      series: "trade",
      measure: at.measure,
      reporter: at.reporter,
      year: at.year,
      period: "FY",
    };
    const candidates = this.index.observations(key);
    if (!c) return { key, value: null, status: null, hedge: null, candidates, rate };
    if (c.kind === "reported" || c.kind === "bound")
      return {
        key,
        value: c.value,
        status: c.report!.status,
        hedge: c.report!.hedge,
        chosen: c.report,
        candidates,
        range: c.range,
        rate,
      };
    const inputs = c.inputs!.map((i) =>
      this.toFigure(i, { year: i.year, reporter: at.reporter, measure: i.measure }),
    );
    if (c.rate)
      inputs.push({
        key: { ...key, year: c.rate.year },
        value: c.rate.value,
        status: c.rate.status,
        hedge: c.rate.hedge,
        chosen: c.rate,
        candidates: [],
      });
    return {
      key,
      value: c.value,
      status: "derived",
      hedge: worstHedge(c.inputs!.map((i) => i.report?.hedge ?? "exact")),
      candidates,
      derivation: { formula: c.formula!, inputs },
      range: c.range,
      rate,
    };
  }
}

/**
 * Reports that agree within rounding (either's value within the other's rounding), merged: each,
 * in the selection order, joins the nearest value already kept that it agrees with, or is kept as
 * a value of its own. The first of each group is the report shown.
 */
function merge(levels: readonly Observation[]): Observation[][] {
  const groups: Observation[][] = [];
  for (const o of levels) {
    const r = reportRange(o);
    let best: Observation[] | undefined;
    for (const g of groups) {
      const head = g[0]!;
      if (!contains(r, head.value!) && !contains(reportRange(head), o.value!)) continue;
      if (!best || Math.abs(head.value! - o.value!) < Math.abs(best[0]!.value! - o.value!))
        best = g;
    }
    if (best) best.push(o);
    else groups.push([o]);
  }
  return groups;
}

function reported(o: Observation, measure: TradeMeasure, year: number): Candidate {
  return { measure, year, value: o.value!, range: reportRange(o), kind: "reported", report: o };
}

function fromFormula(
  f: (typeof FORMULAS)[number],
  year: number,
  inputs: readonly Candidate[],
): Candidate {
  const [a, b] = inputs as [Candidate, Candidate];
  return {
    measure: f.target,
    year,
    value: combineValues([
      [f.coef[0], a.value],
      [f.coef[1], b.value],
    ]),
    range: combine([
      [f.coef[0], a.range],
      [f.coef[1], b.range],
    ]),
    kind: "identity",
    formula: `${f.text} (${year})`,
    inputs: [a, b],
  };
}

/** The measure's value the identities give from two reported figures: the narrowest range. */
function identityValue(m: TradeMeasure, year: number, picks: Picks): Candidate | null {
  let best: Candidate | null = null;
  for (const f of FORMULAS) {
    if (f.target !== m) continue;
    const inputs = f.from.map((x) => picks[x]);
    if (!inputs.every((i) => i?.kind === "reported")) continue;
    const c = fromFormula(f, year, inputs as Candidate[]);
    if (!best || width(c.range) < width(best.range)) best = c;
  }
  return best;
}

/**
 * The report whose growth rate to use: one with a level before one without, then the firmer
 * status, then the rate stated to more decimals, then the selection order.
 */
export function pickRate(reports: readonly Observation[]): Observation | undefined {
  return reports
    .map((o, i) => ({ o, i }))
    .sort(
      (a, b) =>
        Number(a.o.value === null) - Number(b.o.value === null) ||
        STATUSES.indexOf(a.o.status) - STATUSES.indexOf(b.o.status) ||
        rateUnit(a.o.yoy_pct!) - rateUnit(b.o.yoy_pct!) ||
        a.i - b.i,
    )[0]?.o;
}

const hull = (a: Range, b: Range): Range => [Math.min(a[0], b[0]), Math.max(a[1], b[1])];

function worstHedge(hedges: readonly Hedge[]): Hedge {
  return hedges.some((h) => h !== "exact") ? "about" : "exact";
}

function describeReport(o: Observation): string {
  const words = [o.status !== "final" ? o.status : "", isBound(o) ? o.hedge.replace("_", " ") : ""];
  return [o.id, ...words.filter(Boolean)].join(", ");
}
