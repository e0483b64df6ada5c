// vnjp balance: the balance per year (positive = Vietnamese surplus) and the coverage ratio exports
// / imports.
import type { Context } from "../context.js";
import { FigureResolver } from "../domain/figures.js";
import { change, ratio } from "../domain/metrics.js";
import { DataIndex } from "../domain/select.js";
import { tradeFigure, tradeYearSet } from "../domain/trade.js";
import { explainFigure } from "../render/explain.js";
import type { Result } from "../result.js";
import { type OptionValues, selectYears, type YearRange, yearRange } from "./options.js";
import { figureCells, figureColumns, loadFor, resultMeta } from "./shared.js";

/** vnjp balance's options. */
export interface BalanceOptions extends YearRange {}

export async function runBalance(
  _args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options: BalanceOptions = yearRange(values);
  const dataset = await loadFor(ctx, ["trade"]);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const years = selectYears(
    options,
    tradeYearSet(index, resolver, ["vn"], ["balance"]),
    "balance figures",
    "the dataset holds no trade balance figures",
  );
  const lines = years.map((year) => ({
    year,
    exports: tradeFigure(resolver, "exports", year),
    imports: tradeFigure(resolver, "imports", year),
    balance: tradeFigure(resolver, "balance", year),
    prior: tradeFigure(resolver, "balance", year - 1),
  }));
  const result: Result = {
    command: "balance",
    title:
      "Vietnam's goods trade balance with Japan (USD bn; positive = Vietnamese surplus; " +
      "X / M = exports ÷ imports)",
    columns: [
      { key: "year", label: "Year", kind: "year", description: "calendar year" },
      ...figureColumns({
        key: "exports_usd_mn",
        label: "Exports",
        kind: "usd_mn",
        description: "Vietnam's exports to Japan, USD millions",
      }),
      ...figureColumns({
        key: "imports_usd_mn",
        label: "Imports",
        kind: "usd_mn",
        description: "Vietnam's imports from Japan, USD millions",
      }),
      ...figureColumns({
        key: "balance_usd_mn",
        label: "Balance",
        kind: "usd_mn",
        signed: true,
        description: "exports minus imports, USD millions; positive is a Vietnamese surplus",
      }),
      {
        key: "balance_change_usd_mn",
        label: "Δ",
        priority: 1,
        kind: "usd_mn",
        signed: true,
        description: "change of the balance on the prior year, USD millions",
      },
      {
        key: "coverage_ratio",
        label: "X / M",
        kind: "ratio",
        description: "coverage ratio exports / imports: above 1 a surplus, below 1 a deficit",
      },
    ],
    rows: lines.map((l) => ({
      year: l.year,
      ...figureCells("exports_usd_mn", l.exports),
      ...figureCells("imports_usd_mn", l.imports),
      ...figureCells("balance_usd_mn", l.balance),
      balance_change_usd_mn: change(l.prior.value, l.balance.value),
      coverage_ratio: ratio(l.exports.value, l.imports.value),
    })),
    meta: resultMeta(
      dataset,
      index,
      lines.flatMap((l) => [l.exports, l.imports, l.balance]),
      [
        "The coverage ratio needs both flows; a year with a reported balance but no flows " +
          "shows n/a.",
      ],
    ),
  };
  if (ctx.explain)
    result.explain = lines.flatMap((l) =>
      explainFigure(`${l.year} balance`, l.balance, index.sources),
    );
  return result;
}
