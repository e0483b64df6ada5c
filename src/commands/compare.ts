// vnjp compare A B: two years side by side — turnover, exports, imports and balance, or (--by
// category) each product group — with the absolute and percentage change and the CAGR over the
// span.
import type { Context } from "../context.js";
import { breakdown, type CategoryFlow, ranks } from "../domain/categories.js";
import { type Figure, FigureResolver } from "../domain/figures.js";
import { cagr, change, pctChange } from "../domain/metrics.js";
import { DataIndex } from "../domain/select.js";
import {
  conflictNote,
  type Growth,
  growthOf,
  roundingGaps,
  roundingNote,
  tradeFigure,
  tradeYear,
  tradeYearSet,
} from "../domain/trade.js";
import { DataError, UsageError } from "../errors.js";
import { explainAccount, explainFigure } from "../render/explain.js";
import type { Column, Result, Row } from "../result.js";
import { CATEGORY_FLOWS, COMPARE_BY, TRADE_MEASURES, type TradeMeasure } from "../values.js";
import { choiceOption, describeYears, type OptionValues, parseOneYear } from "./options.js";
import { figureCells, figureColumns, loadFor, resultMeta } from "./shared.js";

/** vnjp compare's options; the two years come as arguments. */
export interface CompareOptions {
  by: (typeof COMPARE_BY)[number];
  flow?: CategoryFlow;
}

function compareOptions(values: OptionValues): CompareOptions {
  return {
    by: choiceOption(values, "by", COMPARE_BY) ?? "measure",
    flow: choiceOption(values, "flow", CATEGORY_FLOWS),
  };
}

// The two years head their own columns; the years themselves are columns only for scripts.
const SPAN_COLUMNS = (what: string, from: number, to: number): Column[] => [
  {
    key: "from_year",
    label: "From",
    kind: "year",
    machineOnly: true,
    description: "the earlier year",
  },
  ...figureColumns({
    key: "from_usd_mn",
    label: String(from),
    kind: "usd_mn",
    description: `${what} in the earlier year, USD millions`,
  }),
  { key: "to_year", label: "To", kind: "year", machineOnly: true, description: "the later year" },
  ...figureColumns({
    key: "to_usd_mn",
    label: String(to),
    kind: "usd_mn",
    description: `${what} in the later year, USD millions`,
  }),
  {
    key: "change_usd_mn",
    label: "Change",
    kind: "usd_mn",
    signed: true,
    description: "to − from, USD millions",
  },
  {
    key: "change_pct",
    label: "Change %",
    kind: "pct",
    signed: true,
    priority: 1,
    description: "(to − from) / from × 100; n/a for a balance or a zero or negative base",
  },
  {
    key: "cagr_pct",
    label: "CAGR %",
    kind: "pct",
    signed: true,
    priority: 2,
    description:
      "((to / from)^(1 / (to_year − from_year)) − 1) × 100; n/a for a balance or a " +
      "non-positive base",
  },
];

export async function runCompare(
  args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options = compareOptions(values);
  const { by } = options;
  const flow = options.flow ?? "exports";
  if (options.flow && by !== "category")
    throw new UsageError("--flow goes with --by category", "see: vnjp help compare");
  const dataset = await loadFor(ctx, by === "category" ? ["trade", "category"] : ["trade"]);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const available = tradeYearSet(index, resolver);
  const [a, b] = args.map((arg) => parseOneYear(arg, available)) as [number, number];
  if (a === b) throw new UsageError(`compare needs two different years, not ${a} twice`);
  const [from, to] = a < b ? [a, b] : [b, a];
  for (const y of [from, to])
    if (!available.has(y))
      throw new DataError(
        `no trade figures for ${y}; years available: ${describeYears(available.all())}`,
      );
  return by === "category"
    ? compareCategories({ ctx, dataset, index, resolver, from, to }, flow, Boolean(options.flow))
    : compareMeasures({ ctx, dataset, index, resolver, from, to });
}

// A balance changes in USD only: a percentage of a balance that can cross zero means nothing.
function spanRow(from: number, to: number, f: Figure, t: Figure, isLevel: boolean): Row {
  return {
    from_year: from,
    ...figureCells("from_usd_mn", f),
    to_year: to,
    ...figureCells("to_usd_mn", t),
    change_usd_mn: change(f.value, t.value),
    change_pct: isLevel ? pctChange(f.value, t.value) : null,
    cagr_pct: isLevel ? cagr(f.value, t.value, to - from) : null,
  };
}

/** What both comparisons work from: the data, and the two years in order. */
interface Span {
  ctx: Context;
  dataset: Parameters<typeof resultMeta>[0];
  index: DataIndex;
  resolver: FigureResolver;
  from: number;
  to: number;
}

function compareMeasures({ ctx, dataset, index, resolver, from, to }: Span): Result {
  const pairs = TRADE_MEASURES.map((m) => ({
    m,
    f: tradeFigure(resolver, m, from),
    t: tradeFigure(resolver, m, to),
  }));
  // A year on the year before: the change computed beside the rate the reports state.
  const yearly = to - from === 1;
  const growth = (m: string, f: Figure, t: Figure): Growth | undefined =>
    yearly && m !== "balance" ? growthOf(f, t) : undefined;
  const yearFigures = (side: "f" | "t") =>
    Object.fromEntries(pairs.map((p) => [p.m, p[side]])) as Record<TradeMeasure, Figure>;
  const conflicts = pairs.flatMap(({ m, f, t }) => {
    const g = growth(m, f, t);
    return g?.conflict && g.stated != null && g.pct !== null
      ? [conflictNote({ year: to, measure: m, stated: g.stated, computed: g.pct })]
      : [];
  });
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
      ...SPAN_COLUMNS("the measure", from, to).map((c) =>
        c.key === "change_pct" ? { ...c, statusOf: "change_status" } : c,
      ),
      {
        key: "change_pct_stated",
        label: "",
        kind: "pct",
        signed: true,
        machineOnly: true,
        description:
          "the change in percent as the reports of the later year state it (consecutive " +
          "years only)",
      },
      {
        key: "change_status",
        label: "",
        kind: "status",
        description:
          "conflict: the levels give another change than the reports state; empty otherwise",
      },
    ],
    rows: pairs.map(({ m, f, t }) => {
      const g = growth(m, f, t);
      return {
        measure: m,
        ...spanRow(from, to, f, t, m !== "balance"),
        change_pct_stated: g?.stated ?? null,
        change_status: g?.conflict ? "conflict" : null,
      };
    }),
    meta: resultMeta(
      dataset,
      index,
      pairs.flatMap((p) => [p.f, p.t]),
      [
        "A balance's change is in USD only: no percentage or CAGR.",
        ...conflicts,
        ...roundingNote([
          ...roundingGaps(from, yearFigures("f")),
          ...roundingGaps(to, yearFigures("t")),
        ]),
      ],
    ),
  };
  if (ctx.explain)
    result.explain = [from, to].flatMap((y) =>
      explainAccount(
        String(y),
        resolver.accounts.account(y, "vn"),
        tradeYear(resolver, y).figures,
        index.sources,
      ),
    );
  return result;
}

function compareCategories(
  { ctx, dataset, index, resolver, from, to }: Span,
  flow: CategoryFlow,
  flowGiven: boolean,
): Result {
  const before = breakdown(resolver, flow, from, "FY");
  const after = breakdown(resolver, flow, to, "FY");
  if (before.lines.length === 0 && after.lines.length === 0)
    throw new DataError(
      `no full-year product-group figures for ${flow} in ${from} or ${to}`,
      "see: vnjp categories --help",
    );
  const rankBefore = ranks(before.lines);
  const rankAfter = ranks(after.lines);
  const ids = [...new Set([...after.lines, ...before.lines].map((l) => l.category.id))];
  // A group with a figure in neither year says nothing here.
  const listed = ids.filter((id) =>
    [before, after].some((b) =>
      b.lines.some((l) => l.category.id === id && l.figure.value !== null),
    ),
  );
  const rows = listed.map((id) => {
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
    title:
      `Vietnam–Japan ${flow} ${flow === "exports" ? "to" : "from"} Japan by product group, ` +
      `${from} against ${to} (USD bn)`,
    columns: [
      {
        key: "category",
        label: "Id",
        kind: "text",
        machineOnly: true,
        description: "product-group id",
      },
      {
        key: "name",
        label: "Product group",
        kind: "text",
        description: "product-group name (English)",
      },
      ...SPAN_COLUMNS("the group's value", from, to),
      {
        key: "from_share_pct",
        label: `Share ${from} %`,
        priority: 3,
        kind: "pct",
        description: "share of the flow's total in the earlier year, percent",
      },
      {
        key: "to_share_pct",
        label: `Share ${to} %`,
        priority: 3,
        kind: "pct",
        description: "share of the flow's total in the later year, percent",
      },
      {
        key: "from_rank",
        label: `Rank ${from}`,
        priority: 4,
        kind: "count",
        description: "rank by value among the listed groups in the earlier year",
      },
      {
        key: "to_rank",
        label: `Rank ${to}`,
        priority: 4,
        kind: "count",
        description: "rank by value among the listed groups in the later year",
      },
      {
        key: "rank_move",
        label: "Rank ±",
        priority: 4,
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
      [
        "Ranks are among the groups the sources list for that year.",
        ...(flowGiven ? [] : ["Exports by default: --flow imports for the other direction."]),
      ],
    ),
  };
  if (ctx.explain)
    result.explain = [...before.lines, ...after.lines].flatMap((l) =>
      explainFigure(`${l.figure.key.year} ${l.category.id}`, l.figure, index.sources),
    );
  return result;
}
