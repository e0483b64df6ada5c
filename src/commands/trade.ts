// vnjp trade: turnover, exports, imports and balance per year, Vietnam-reported, with growth on the
// prior year.
import type { Context } from "../context.js";
import { FigureResolver } from "../domain/figures.js";
import { DataIndex } from "../domain/select.js";
import type { Growth } from "../domain/trade.js";
import {
  conflictNote,
  growthConflicts,
  roundingGaps,
  roundingNote,
  type TradeYear,
  tradeYear,
  tradeYearSet,
} from "../domain/trade.js";
import { explainAccount } from "../render/explain.js";
import type { Column, Result, Row } from "../result.js";
import { TRADE_MEASURES } from "../values.js";
import { type OptionValues, selectYears, type YearRange, yearRange } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

/** vnjp trade's options. */
export interface TradeOptions extends YearRange {}

export async function runTrade(
  _args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options: TradeOptions = yearRange(values);
  const dataset = await loadFor(ctx, ["trade"]);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const years = selectYears(
    options,
    tradeYearSet(index, resolver, ["vn"]),
    "trade figures",
    "the dataset holds no Vietnam-reported full-year trade figures",
  );
  const table = years.map((y) => tradeYear(resolver, y, "vn"));
  const result: Result = {
    command: "trade",
    title:
      "Vietnam–Japan goods trade, as reported by Vietnam (USD bn; balance > 0 is a " +
      "Vietnamese surplus)",
    columns: TRADE_COLUMNS,
    rows: table.map(tradeRow),
    trend: TRADE_MEASURES.map((m) => `${m}_usd_mn`),
    meta: resultMeta(
      dataset,
      index,
      table.flatMap((t) => TRADE_MEASURES.map((m) => t.figures[m])),
      [
        GROWTH_NOTE,
        ...growthConflicts(table).map(conflictNote),
        ...roundingNote(table.flatMap((t) => roundingGaps(t.year, t.figures))),
      ],
    ),
  };
  if (ctx.explain)
    result.explain = table.flatMap((t) =>
      explainAccount(
        `${t.year}`,
        resolver.accounts.account(t.year, "vn"),
        t.figures,
        index.sources,
      ),
    );
  return result;
}

const GROWTH_NOTE = "Growth is computed from the levels shown; the balance's change is in USD bn.";

const LABEL: Record<string, string> = {
  turnover: "Turnover",
  exports: "Exports",
  imports: "Imports",
  balance: "Balance",
};

export const TRADE_COLUMNS: Column[] = [
  { key: "year", label: "Year", kind: "year", description: "calendar year" },
  ...TRADE_MEASURES.flatMap((m): Column[] => [
    {
      key: `${m}_usd_mn`,
      label: LABEL[m]!,
      kind: "usd_mn",
      signed: m === "balance",
      statusOf: `${m}_status`,
      hedgeOf: `${m}_hedge`,
      description: `${m === "balance" ? "exports minus imports" : m}, USD millions`,
    },
    ...(m === "balance"
      ? [
          {
            key: "balance_change_usd_mn",
            label: "Δ",
            // Dropped before the growth rates: they are what the reports state of the year.
            priority: 3,
            kind: "usd_mn",
            signed: true,
            description: "change of the balance on the prior year, USD millions",
          } satisfies Column,
        ]
      : growthColumns(m)),
    {
      key: `${m}_status`,
      label: `${m} status`,
      kind: "status",
      description: "final, preliminary, estimate, projection or derived",
    },
    {
      key: `${m}_hedge`,
      label: `${m} hedge`,
      kind: "hedge",
      description: "exact, more_than, nearly or about, as the source words it",
    },
  ]),
];

/** The change on the prior year, the rate the reports state, and how the two stand. */
export function growthColumns(m: string, prefix = `${m}_`): Column[] {
  return [
    {
      key: `${prefix}yoy_pct`,
      label: "±%",
      priority: 2,
      kind: "pct",
      signed: true,
      statusOf: `${prefix}yoy_status`,
      description:
        `${m} change on the prior year, percent, computed from the levels shown (as stated ` +
        `where the prior year has none)`,
    },
    {
      key: `${prefix}yoy_pct_stated`,
      label: "",
      kind: "pct",
      signed: true,
      machineOnly: true,
      description: `${m} change on the prior year, percent, as the reports of the year state it`,
    },
    {
      key: `${prefix}yoy_status`,
      label: "",
      kind: "status",
      description:
        "stated: the rate as stated (no prior level); conflict: the levels give another rate " +
        "than the one stated; empty otherwise",
    },
  ];
}

/** The growth cells of one measure, for growthColumns. */
export function growthCells(g: Growth, prefix: string): Row {
  return {
    [`${prefix}yoy_pct`]: g.pct,
    [`${prefix}yoy_pct_stated`]: g.stated ?? null,
    [`${prefix}yoy_status`]: g.conflict ? "conflict" : g.basis === "stated" ? "stated" : null,
  };
}

function tradeRow(t: TradeYear): Row {
  const row: Row = { year: t.year };
  for (const m of TRADE_MEASURES) {
    const f = t.figures[m];
    row[`${m}_usd_mn`] = f.value;
    if (m === "balance") row.balance_change_usd_mn = t.growth.balance.change;
    else Object.assign(row, growthCells(t.growth[m], `${m}_`));
    row[`${m}_status`] = f.status;
    row[`${m}_hedge`] = f.hedge;
  }
  return row;
}
