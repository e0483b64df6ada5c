// vnjp chart: trade series drawn for people — lines for turnover, exports and imports (several at
// once), the balance in a panel of its own under them, or as diverging bars when it is alone. The
// rows and the chart are made from the same figures: machine formats print the rows.
import type { Context } from "../context.js";
import type { Figure } from "../domain/figures.js";
import { FigureResolver } from "../domain/figures.js";
import { DataIndex } from "../domain/select.js";
import { tradeFigure, tradeYearSet } from "../domain/trade.js";
import { explainFigure } from "../render/explain.js";
import type { ChartPoint, ChartSeries, ChartSpec, Column, Result } from "../result.js";
import { TRADE_MEASURES, type TradeMeasure } from "../values.js";
import { checked, type OptionValues, selectYears, type YearRange, yearRange } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

/** vnjp chart's options; the series come as arguments. */
export interface ChartOptions extends YearRange {}

export async function runChart(
  args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options: ChartOptions = yearRange(values);
  const measures: TradeMeasure[] = [
    ...new Set((args.length ? args : ["turnover"]).map((a) => checked(a, TRADE_MEASURES))),
  ];
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
        hedgeOf: `${m}_hedge`,
        description: `${m}, USD millions`,
      },
      { key: `${m}_status`, label: "", kind: "status", description: `status of the ${m} figure` },
      { key: `${m}_hedge`, label: "", kind: "hedge", description: `hedge of the ${m} figure` },
    ]),
  ];
  const result: Result = {
    command: "chart",
    title: `Vietnam–Japan goods trade, ${span(years)}, as reported by Vietnam${
      measures.includes("balance") ? " (balance > 0 is a Vietnamese surplus)" : ""
    }`,
    columns,
    rows: figures.map(({ year, by }) => ({
      year,
      ...Object.fromEntries(
        measures.flatMap((m) => [
          [`${m}_usd_mn`, by[m]!.value],
          [`${m}_status`, by[m]!.status],
          [`${m}_hedge`, by[m]!.hedge],
        ]),
      ),
    })),
    meta: resultMeta(
      dataset,
      index,
      figures.flatMap((f) => Object.values(f.by)),
      figures.some(({ by }) => measures.some((m) => by[m]!.value === null))
        ? ["Years without figures are gaps in the drawing."]
        : [],
    ),
    chart: chartOf(
      years,
      measures.map((m) => ({ id: m, label: m, points: figures.map(({ by }) => pointOf(by[m]!)) })),
    ),
  };
  if (ctx.explain)
    result.explain = figures.flatMap(({ year, by }) =>
      measures.flatMap((m) => explainFigure(`${year} ${m}`, by[m]!, index.sources)),
    );
  return result;
}

function span(years: readonly number[]): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}`;
}

function pointOf(figure: Figure): ChartPoint {
  return { value: figure.value, status: figure.status, hedge: figure.hedge };
}

/**
 * The balance is never drawn on the flows' scale: alone, it is drawn as diverging bars; beside
 * flows, in a panel of its own under them, with its own axis and zero line.
 */
function chartOf(years: number[], series: ChartSeries[]): ChartSpec {
  const balance = series.find((s) => s.id === "balance");
  const flows = series.filter((s) => s !== balance);
  if (balance && flows.length === 0)
    return { type: "diverging", years, series: balance, negative: "deficit", positive: "surplus" };
  return {
    type: "lines",
    years,
    panels: [
      { series: flows, signed: false },
      ...(balance ? [{ series: [balance], signed: true, note: "exports − imports" }] : []),
    ],
  };
}
