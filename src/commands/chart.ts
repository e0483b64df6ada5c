// vnjp chart: trade series drawn for people — lines for turnover, exports and imports (several at
// once, a zero line when the balance joins them), diverging bars for the balance alone. Machine
// formats print the rows the drawing is made from.
import type { Context } from "../context.js";
import { FigureResolver } from "../domain/figures.js";
import { DataIndex } from "../domain/select.js";
import { tradeFigure, tradeYearSet } from "../domain/trade.js";
import { explainFigure } from "../render/explain.js";
import type { Column, Result } from "../result.js";
import { TRADE_MEASURES, type TradeMeasure } from "../values.js";
import { parseChoice, selectYears } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

export async function runChart(
  args: string[],
  options: { year?: string; from?: string; to?: string },
  ctx: Context,
): Promise<Result> {
  const measures = [
    ...new Set(
      (args.length ? args : ["turnover"]).map((a) => parseChoice(a, TRADE_MEASURES, "series")),
    ),
  ] as TradeMeasure[];
  const dataset = await loadFor(ctx, ["trade"]);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const available = tradeYearSet(index, resolver, ["vn"], measures);
  const chosen = selectYears(
    options,
    available,
    `${measures.join(", ")} figures`,
    `no figures for ${measures.join(", ")}`,
  );
  // Every calendar year in the span, so a missing year shows as a gap rather than being skipped
  // over.
  const years = Array.from(
    { length: chosen[chosen.length - 1]! - chosen[0]! + 1 },
    (_, i) => chosen[0]! + i,
  );
  const figures = years.map((year) => ({
    year,
    by: Object.fromEntries(measures.map((m) => [m, tradeFigure(resolver, m, year)])),
  }));
  const columns: Column[] = [
    { key: "year", label: "Year", kind: "year", description: "calendar year" },
    ...measures.flatMap((m): Column[] => [
      {
        key: `${m}_usd_mn`,
        label: `${m} (USD bn)`,
        kind: "usd_mn",
        signed: m === "balance",
        statusOf: `${m}_status`,
        description: `${m}, USD millions`,
      },
      { key: `${m}_status`, label: "", kind: "status", description: `status of the ${m} figure` },
    ]),
  ];
  const result: Result = {
    command: "chart",
    title: `Vietnam–Japan goods trade, ${years[0]}–${years[years.length - 1]}, as reported by Vietnam${measures.includes("balance") ? " (balance > 0 is a Vietnamese surplus)" : ""}`,
    columns,
    rows: figures.map(({ year, by }) => ({
      year,
      ...Object.fromEntries(
        measures.flatMap((m) => [
          [`${m}_usd_mn`, by[m]!.value],
          [`${m}_status`, by[m]!.status],
        ]),
      ),
    })),
    meta: resultMeta(
      dataset,
      index,
      figures.flatMap((f) => Object.values(f.by)),
      years.some((y) => !available.has(y))
        ? ["Years without figures are gaps in the drawing."]
        : [],
    ),
    chart:
      measures.length === 1 && measures[0] === "balance"
        ? { type: "diverging", labelKey: "year", valueKey: "balance_usd_mn" }
        : { type: "lines", years, series: measures.map((m) => ({ name: m, key: `${m}_usd_mn` })) },
  };
  if (ctx.explain)
    result.explain = figures.flatMap(({ year, by }) =>
      measures.flatMap((m) => explainFigure(`${year} ${m}`, by[m]!, index.sources)),
    );
  return result;
}
