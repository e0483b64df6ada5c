// Resolving a figure: the observation the selection rule picks, or, where none is reported, a value
// derived from the figures that are (marked derived, with its formula and inputs). Pure: works on a
// DataIndex.
import type { Observation } from "../data/schema.js";
import { FULL_YEAR, type Hedge, type Reporter, type TradeMeasure } from "../values.js";
import type { Figure } from "./figure.js";
import { baseFromGrowth, difference, grow, sum } from "./metrics.js";
import { TradeAccounts } from "./reconcile.js";
import { storedFigure } from "./reconciled.js";
import { type DataIndex, type FigureKey, keyOf } from "./select.js";

export type { Figure };

type Rule = (
  key: FigureKey,
  resolve: (k: FigureKey) => Figure,
) => Omit<Figure, "key" | "candidates"> | null;

// Same-year identities first (exact arithmetic), then growth rates (which compound rounding).
const IDENTITIES: Record<
  string,
  Array<{ formula: string; from: [string, string]; op: (a: number, b: number) => number | null }>
> = {
  turnover: [{ formula: "exports + imports", from: ["exports", "imports"], op: sum }],
  balance: [{ formula: "exports − imports", from: ["exports", "imports"], op: difference }],
  exports: [
    { formula: "turnover − imports", from: ["turnover", "imports"], op: difference },
    { formula: "imports + balance", from: ["imports", "balance"], op: sum },
  ],
  imports: [
    { formula: "turnover − exports", from: ["turnover", "exports"], op: difference },
    { formula: "exports − balance", from: ["exports", "balance"], op: difference },
  ],
};

// `reportedOnly`: an identity over two reported figures is exact arithmetic; over a derived input
// it only moves that input's error, so it is tried after the growth rules.
const identityRule =
  (reportedOnly: boolean): Rule =>
  (key, resolve) => {
    if (key.series !== "trade") return null;
    for (const id of IDENTITIES[key.measure] ?? []) {
      const inputs = id.from.map((measure) => resolve({ ...key, measure }));
      if (inputs.some((f) => f.value === null || (reportedOnly && f.status === "derived")))
        continue;
      return derivedFrom(
        id.op(inputs[0]!.value!, inputs[1]!.value!),
        `${id.formula} (${key.year})`,
        inputs,
      );
    }
    return null;
  };

// A year's value from the next year's reported value and the growth rate stated with it.
const nextYearGrowthRule: Rule = (key, resolve) => {
  if (key.measure === "balance") return null;
  const next = resolve({ ...key, year: key.year + 1 });
  // The rate stated to the most decimals, then the selection rule's order.
  const withGrowth = next.candidates
    .filter((o) => o.value !== null && o.yoy_pct !== undefined && o.status !== "derived")
    .sort((a, b) => decimals(b.yoy_pct!) - decimals(a.yoy_pct!))[0];
  if (!withGrowth) return null;
  const input: Figure = {
    ...next,
    value: withGrowth.value,
    status: withGrowth.status,
    hedge: withGrowth.hedge,
    chosen: withGrowth,
    derivation: undefined,
  };
  return derivedFrom(
    baseFromGrowth(withGrowth.value, withGrowth.yoy_pct),
    `${key.year + 1} value / (1 + ${withGrowth.yoy_pct}%)`,
    [input],
  );
};

// A year's value from the prior year's value and a growth rate stated for this year without a
// value.
const priorYearGrowthRule: Rule = (key, resolve) => {
  if (key.measure === "balance") return null;
  const rate = (resolve(key).candidates ?? []).find(
    (o) => o.value === null && o.yoy_pct !== undefined,
  );
  if (!rate) return null;
  const prior = resolve({ ...key, year: key.year - 1 });
  if (prior.value === null) return null;
  return derivedFrom(
    grow(prior.value, rate.yoy_pct),
    `${key.year - 1} value × (1 + ${rate.yoy_pct}%)`,
    [prior],
  );
};

/** Full-year trade in US dollars: the figures the reconciliation decides. */
export function isReconciled(key: FigureKey): boolean {
  return (
    key.series === "trade" &&
    key.period === FULL_YEAR &&
    (key.unit ?? "USD_mn") === "USD_mn" &&
    key.category === undefined &&
    key.as_of === undefined
  );
}

const RULES: readonly Rule[] = [
  identityRule(true),
  nextYearGrowthRule,
  priorYearGrowthRule,
  identityRule(false),
];

function decimals(x: number): number {
  const text = String(x);
  return text.includes(".") ? text.length - text.indexOf(".") - 1 : 0;
}

function derivedFrom(
  value: number | null,
  formula: string,
  inputs: Figure[],
): Omit<Figure, "key" | "candidates"> | null {
  if (value === null) return null;
  return { value, status: "derived", hedge: worstHedge(inputs), derivation: { formula, inputs } };
}

// A derived figure is only as firm as its least firm input.
function worstHedge(inputs: readonly Figure[]): Hedge {
  return inputs.some((f) => f.hedge && f.hedge !== "exact") ? "about" : "exact";
}

/**
 * Resolves figures with derivation. Derivations may chain (a turnover from two derived flows), up
 * to a
 * small depth, and never through the figure being resolved.
 */
export class FigureResolver {
  // A year's figures are asked for again and again by the rules of its neighbours, so resolutions
  // are cached by depth and key. A figure's resolution depends on the depth left and, through the
  // cycle guard, on the figures visited above it. The guard cannot matter at the top (nothing is
  // visited), at the last depth (no rule is tried), or one level below the top when the inputs
  // there are at the last depth (only the top is visited, and a rule never asks for the figure it
  // derives). With the default depth of 2 that is every resolution.
  private readonly cache = new Map<string, Figure>();
  private accountsCache?: TradeAccounts;
  private byId?: Map<string, Observation>;

  constructor(
    readonly index: DataIndex,
    private readonly maxDepth = 2,
  ) {}

  /** Full-year trade in US dollars is reconciled year by year (reconcile.ts). */
  get accounts(): TradeAccounts {
    this.accountsCache ??= new TradeAccounts(this.index);
    return this.accountsCache;
  }

  resolve(key: FigureKey): Figure {
    if (isReconciled(key))
      return (
        this.stored(key) ??
        this.accounts.figure(key.year, key.reporter as Reporter, key.measure as TradeMeasure)
      );
    return this.resolveAt(key, keyOf(key), 0, new Set());
  }

  // The build's reconciliation of the bundled data, when the dataset carries it (data/packs.ts).
  private stored(key: FigureKey): Figure | undefined {
    const table = this.index.dataset.reconciled;
    if (!table) return undefined;
    const k = `stored:${keyOf(key)}`;
    let f = this.cache.get(k);
    if (!f) {
      this.byId ??= new Map(this.index.dataset.observations.map((o) => [o.id, o]));
      f = storedFigure(table, this.byId, key.reporter, key.year, key.measure);
      if (f) this.cache.set(k, f);
    }
    return f;
  }

  private resolveAt(key: FigureKey, id: string, depth: number, visiting: Set<string>): Figure {
    const cacheable =
      depth === 0 || depth === this.maxDepth || (depth === 1 && this.maxDepth === 2);
    const cacheKey = `${depth}:${id}`;
    const cached = cacheable ? this.cache.get(cacheKey) : undefined;
    if (cached) return cached;
    const candidates = this.index.observationsOf(key, id);
    const chosen = candidates.find((o) => o.value !== null);
    let figure: Figure = chosen
      ? { key, value: chosen.value, status: chosen.status, hedge: chosen.hedge, chosen, candidates }
      : { key, value: null, status: null, hedge: null, candidates };
    if (!chosen && depth < this.maxDepth && !visiting.has(id)) {
      visiting.add(id);
      const resolveInput = (k: FigureKey): Figure => {
        const kid = keyOf(k);
        return kid === id
          ? { key: k, value: null, status: null, hedge: null, candidates }
          : this.resolveAt(k, kid, depth + 1, visiting);
      };
      for (const rule of RULES) {
        const derived = rule(key, resolveInput);
        if (derived) {
          figure = { key, candidates, ...derived };
          break;
        }
      }
      visiting.delete(id);
    }
    if (cacheable) this.cache.set(cacheKey, figure);
    return figure;
  }
}
