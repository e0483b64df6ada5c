// vnjp compare A B: two years side by side — turnover, exports, imports and balance, or (--by
// category) each product group — with the absolute and percentage change and the CAGR over the
// span.
import type { Context } from "../context.js";
import { breakdown, type CategoryFlow, ranks } from "../domain/categories.js";
import { type Figure, FigureResolver } from "../domain/figures.js";
import { cagr, change, pctChange } from "../domain/metrics.js";
import { DataIndex } from "../domain/select.js";
import { tradeFigure, tradeYearSet } from "../domain/trade.js";
import { DataError, UsageError } from "../errors.js";
import { explainFigure } from "../render/explain.js";
import type { Column, Result, Row } from "../result.js";
import { TRADE_MEASURES } from "../values.js";
import { describeYears, parseChoice, parseYearSpec } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

export interface CompareOptions {
  by?: string;
  flow?: string;
}

const SPAN_COLUMNS = (what: string): Column[] => [
  { key: "from_year", label: "From", kind: "year", description: "the earlier year" },
  {
    key: "from_usd_mn",
    label: "From (USD bn)",
    kind: "usd_mn",
    statusOf: "from_status",
    description: `${what} in the earlier year, USD millions`,
  },
  { key: "to_year", label: "To", kind: "year", description: "the later year" },
  {
    key: "to_usd_mn",
    label: "To (USD bn)",
    kind: "usd_mn",
    statusOf: "to_status",
    description: `${what} in the later year, USD millions`,
  },
  {
    key: "change_usd_mn",
    label: "Change (USD bn)",
    kind: "usd_mn",
    signed: true,
    description: "to − from, USD millions",
  },
  {
    key: "change_pct",
    label: "Change %",
    kind: "pct",
    signed: true,
    description: "(to − from) / from × 100; n/a for a zero or negative base",
  },
  {
    key: "cagr_pct",
    label: "CAGR %",
    kind: "pct",
    signed: true,
    description:
      "((to / from)^(1 / (to_year − from_year)) − 1) × 100; n/a for a balance or a non-positive base",
  },
  { key: "from_status", label: "", kind: "status", description: "status of the earlier figure" },
  { key: "to_status", label: "", kind: "status", description: "status of the later figure" },
];

export async function runCompare(
  args: string[],
  options: CompareOptions,
  ctx: Context,
): Promise<Result> {
  if (args.length !== 2)
    throw new UsageError("compare needs two years, for example: vnjp compare 2022 2025");
  const by = parseChoice(options.by ?? "measure", ["measure", "category"] as const, "--by");
  if (options.flow && by !== "category") throw new UsageError("--flow goes with --by category");
  const flow = parseChoice(options.flow ?? "exports", ["exports", "imports"] as const, "flow");
  const dataset = await loadFor(ctx, by === "category" ? ["trade", "category"] : ["trade"]);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const available = tradeYearSet(index, resolver);
  const [a, b] = args.map((arg) => parseYearSpec(arg, available).to) as [number, number];
  if (a === b) throw new UsageError(`compare needs two different years, not ${a} twice`);
  const [from, to] = a < b ? [a, b] : [b, a];
  for (const y of [from, to])
    if (!available.has(y))
      throw new DataError(
        `no trade figures for ${y}; years available: ${describeYears(available.all())}`,
      );
  return by === "category"
    ? compareCategories(ctx, dataset, index, resolver, from, to, flow)
    : compareMeasures(ctx, dataset, index, resolver, from, to);
}

function spanRow(from: number, to: number, f: Figure, t: Figure, withCagr: boolean): Row {
  return {
    from_year: from,
    from_usd_mn: f.value,
    to_year: to,
    to_usd_mn: t.value,
    change_usd_mn: change(f.value, t.value),
    change_pct: pctChange(f.value, t.value),
    cagr_pct: withCagr ? cagr(f.value, t.value, to - from) : null,
    from_status: f.status,
    to_status: t.status,
  };
}

function compareMeasures(
  ctx: Context,
  dataset: Parameters<typeof resultMeta>[0],
  index: DataIndex,
  resolver: FigureResolver,
  from: number,
  to: number,
): Result {
  const pairs = TRADE_MEASURES.map((m) => ({
    m,
    f: tradeFigure(resolver, m, from),
    t: tradeFigure(resolver, m, to),
  }));
  const result: Result = {
    command: "compare",
    title: `Vietnam–Japan goods trade, ${from} against ${to}, as reported by Vietnam (USD bn)`,
    columns: [
      {
        key: "measure",
        label: "Measure",
        kind: "text",
        description:
          "turnover, exports (to Japan), imports (from Japan), balance (exports − imports)",
      },
      ...SPAN_COLUMNS("the measure"),
    ],
    rows: pairs.map(({ m, f, t }) => ({ measure: m, ...spanRow(from, to, f, t, m !== "balance") })),
    meta: resultMeta(
      dataset,
      index,
      pairs.flatMap((p) => [p.f, p.t]),
      ["CAGR is not defined for a balance."],
    ),
  };
  if (ctx.explain)
    result.explain = pairs.flatMap((p) => [
      ...explainFigure(`${from} ${p.m}`, p.f, index.sources),
      ...explainFigure(`${to} ${p.m}`, p.t, index.sources),
    ]);
  return result;
}

function compareCategories(
  ctx: Context,
  dataset: Parameters<typeof resultMeta>[0],
  index: DataIndex,
  resolver: FigureResolver,
  from: number,
  to: number,
  flow: CategoryFlow,
): Result {
  const before = breakdown(dataset, resolver, flow, from, "FY");
  const after = breakdown(dataset, resolver, flow, to, "FY");
  if (before.lines.length === 0 && after.lines.length === 0)
    throw new DataError(
      `no full-year product-group figures for ${flow} in ${from} or ${to}`,
      "see which years have them: vnjp categories --help",
    );
  const rankBefore = ranks(before.lines);
  const rankAfter = ranks(after.lines);
  const ids = [...new Set([...after.lines, ...before.lines].map((l) => l.category.id))];
  const rows = ids.map((id) => {
    const f = before.lines.find((l) => l.category.id === id);
    const t = after.lines.find((l) => l.category.id === id);
    const category = (t ?? f)!.category;
    const empty: Figure = {
      key: {
        series: "category",
        measure: flow,
        reporter: "vn",
        year: from,
        period: "FY",
        category: id,
      },
      value: null,
      status: null,
      hedge: null,
      candidates: [],
    };
    const rf = rankBefore.get(id);
    const rt = rankAfter.get(id);
    return {
      category: id,
      name: category.en,
      ...spanRow(from, to, f?.figure ?? empty, t?.figure ?? empty, true),
      from_share_pct: f?.share ?? null,
      to_share_pct: t?.share ?? null,
      from_rank: rf ?? null,
      to_rank: rt ?? null,
      rank_move: rf !== undefined && rt !== undefined ? rf - rt : null,
    };
  });
  const result: Result = {
    command: "compare",
    title: `Vietnam–Japan ${flow} by product group, ${from} against ${to} (USD bn)`,
    columns: [
      { key: "category", label: "Id", kind: "text", description: "product-group id" },
      {
        key: "name",
        label: "Product group",
        kind: "text",
        description: "product-group name (English)",
      },
      ...SPAN_COLUMNS("the group's value"),
      {
        key: "from_share_pct",
        label: "Share from",
        kind: "pct",
        description: "share of the flow's total in the earlier year, percent",
      },
      {
        key: "to_share_pct",
        label: "Share to",
        kind: "pct",
        description: "share of the flow's total in the later year, percent",
      },
      {
        key: "from_rank",
        label: "Rank from",
        kind: "count",
        description: "rank by value among the listed groups in the earlier year",
      },
      {
        key: "to_rank",
        label: "Rank to",
        kind: "count",
        description: "rank by value among the listed groups in the later year",
      },
      {
        key: "rank_move",
        label: "Rank ±",
        kind: "count",
        signed: true,
        description: "places gained (positive) or lost",
      },
    ],
    rows,
    meta: resultMeta(
      dataset,
      index,
      [...before.lines, ...after.lines].map((l) => l.figure),
      ["Ranks are among the groups the sources list for that year."],
    ),
  };
  if (ctx.explain)
    result.explain = [...before.lines, ...after.lines].flatMap((l) =>
      explainFigure(`${l.figure.key.year} ${l.category.id}`, l.figure, index.sources),
    );
  return result;
}
