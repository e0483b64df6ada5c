// vnjp balance: the balance per year (positive = Vietnamese surplus) and the coverage ratio exports
// / imports.
import type { Context } from "../context.js";
import { FigureResolver } from "../domain/figures.js";
import { change, ratio } from "../domain/metrics.js";
import { DataIndex } from "../domain/select.js";
import { tradeFigure, tradeYearSet } from "../domain/trade.js";
import { explainFigure } from "../render/explain.js";
import type { Result } from "../result.js";
import { selectYears } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

export async function runBalance(
  _args: string[],
  options: { year?: string; from?: string; to?: string },
  ctx: Context,
): Promise<Result> {
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
      "Vietnam's goods trade balance with Japan (USD bn; positive = Vietnamese surplus, negative = deficit)",
    columns: [
      { key: "year", label: "Year", kind: "year", description: "calendar year" },
      {
        key: "exports_usd_mn",
        label: "Exports (USD bn)",
        kind: "usd_mn",
        statusOf: "exports_status",
        description: "Vietnam's exports to Japan, USD millions",
      },
      {
        key: "imports_usd_mn",
        label: "Imports (USD bn)",
        kind: "usd_mn",
        statusOf: "imports_status",
        description: "Vietnam's imports from Japan, USD millions",
      },
      {
        key: "balance_usd_mn",
        label: "Balance (USD bn)",
        kind: "usd_mn",
        signed: true,
        statusOf: "balance_status",
        hedgeOf: "balance_hedge",
        description: "exports minus imports, USD millions; positive is a Vietnamese surplus",
      },
      {
        key: "balance_change_usd_mn",
        label: "Δ (USD bn)",
        kind: "usd_mn",
        signed: true,
        description: "change of the balance on the prior year, USD millions",
      },
      {
        key: "coverage_ratio",
        label: "Exports / imports",
        kind: "ratio",
        description: "coverage ratio: above 1 a surplus, below 1 a deficit",
      },
      {
        key: "exports_status",
        label: "",
        kind: "status",
        description: "status of the exports figure",
      },
      {
        key: "imports_status",
        label: "",
        kind: "status",
        description: "status of the imports figure",
      },
      {
        key: "balance_status",
        label: "",
        kind: "status",
        description: "status of the balance figure",
      },
      {
        key: "balance_hedge",
        label: "",
        kind: "hedge",
        description: "hedge of the balance figure",
      },
    ],
    rows: lines.map((l) => ({
      year: l.year,
      exports_usd_mn: l.exports.value,
      imports_usd_mn: l.imports.value,
      balance_usd_mn: l.balance.value,
      balance_change_usd_mn: change(l.prior.value, l.balance.value),
      coverage_ratio: ratio(l.exports.value, l.imports.value),
      exports_status: l.exports.status,
      imports_status: l.imports.status,
      balance_status: l.balance.status,
      balance_hedge: l.balance.hedge,
    })),
    meta: resultMeta(
      dataset,
      index,
      lines.flatMap((l) => [l.exports, l.imports, l.balance]),
      [
        "The coverage ratio needs both flows; a year with a reported balance but no flows shows n/a.",
      ],
    ),
  };
  if (ctx.explain)
    result.explain = lines.flatMap((l) =>
      explainFigure(`${l.year} balance`, l.balance, index.sources),
    );
  return result;
}
