// The shared shape of `vnjp invest` and `vnjp people`: dated points of one series, each with its
// measure named, its as-of date or period, its value in the unit of its column, and the change on
// the prior point.
import type { Context } from "../context.js";
import { type Point, points } from "../domain/points.js";
import { DataIndex } from "../domain/select.js";
import { yearsOf } from "../domain/years.js";
import { DataError } from "../errors.js";
import { describe } from "../render/explain.js";
import type { Column, Result } from "../result.js";
import { selectYears } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

export const MEASURE_LABELS: Record<string, string> = {
  projects_cumulative: "valid projects, cumulative",
  capital_registered_cumulative: "registered capital, cumulative",
  capital_registered_new: "registered capital, new in the period",
  projects_new: "new projects in the period",
  capital_disbursed: "disbursed capital in the period",
  rank_among_investors: "Japan's rank among investors",
  residents: "Vietnamese residents in Japan",
  technical_interns: "Vietnamese technical interns in Japan",
  workers_departed: "Vietnamese workers sent to Japan in the period",
};

const COLUMNS: Column[] = [
  {
    key: "when",
    label: "When",
    kind: "text",
    description: "as-of date of a stock, or the period of a flow (Mxx-Myy = months of that year)",
  },
  {
    key: "measure",
    label: "Measure",
    kind: "text",
    description: "what is measured: cumulative or in the period, registered or disbursed",
  },
  {
    key: "reporter",
    label: "By",
    kind: "text",
    description: "vn: Vietnamese statistics; jp: Japanese statistics",
  },
  {
    key: "value_usd_mn",
    label: "USD bn",
    kind: "usd_mn",
    blankWhenNull: true,
    statusOf: "status",
    hedgeOf: "hedge",
    description: "value in USD millions (capital measures)",
  },
  {
    key: "value_count",
    label: "Count",
    kind: "count",
    blankWhenNull: true,
    statusOf: "status",
    hedgeOf: "hedge",
    description: "value as a count (projects, people, rank)",
  },
  {
    key: "change_usd_mn",
    label: "Δ USD bn",
    kind: "usd_mn",
    blankWhenNull: true,
    signed: true,
    description: "change on the previous point of the same measure, USD millions",
  },
  {
    key: "change_count",
    label: "Δ count",
    kind: "count",
    blankWhenNull: true,
    signed: true,
    description: "change on the previous point of the same measure",
  },
  {
    key: "status",
    label: "",
    kind: "status",
    description: "final, preliminary, estimate, projection",
  },
  { key: "hedge", label: "", kind: "hedge", description: "exact, more_than, nearly, about" },
  {
    key: "source",
    label: "Source id",
    kind: "text",
    machineOnly: true,
    description: "id of the source of the value shown (vnjp sources)",
  },
];

export async function pointsResult(
  series: "fdi" | "people",
  title: string,
  options: { year?: string; from?: string; to?: string },
  ctx: Context,
): Promise<Result> {
  const dataset = await loadFor(ctx, [series]);
  const index = new DataIndex(dataset);
  const all = points(
    dataset.observations.filter((o) => o.series === series),
    index.sources,
  );
  const years = [...new Set(all.map((p) => Number(p.month.slice(0, 4))))].sort((a, b) => a - b);
  if (years.length === 0) throw new DataError(`the dataset holds no ${series} figures`);
  const chosen = new Set(selectYears(options, yearsOf(years), `${series} figures`));
  const shown = all.filter((p) => chosen.has(Number(p.month.slice(0, 4))));
  const result: Result = {
    command: series === "fdi" ? "invest" : "people",
    title,
    columns: COLUMNS,
    rows: shown.map((p) => row(p)),
    meta: resultMeta(
      dataset,
      index,
      shown.map((p) => p.chosen),
      [
        "Points are shown as reported, at their own dates: nothing is interpolated. A change compares a point with the previous point of the same measure.",
      ],
    ),
  };
  if (ctx.explain)
    result.explain = shown.flatMap((p) => [
      `${p.when} ${p.measure}: ${describe(p.chosen, index.sources)}`,
      ...p.candidates
        .filter((c) => c !== p.chosen)
        .map((c) => `    set aside: ${describe(c, index.sources)}`),
    ]);
  return result;
}

function row(p: Point) {
  const money = p.chosen.unit === "USD_mn";
  return {
    when: p.when,
    measure: MEASURE_LABELS[p.measure] ?? p.measure,
    reporter: p.reporter,
    value_usd_mn: money ? p.chosen.value : null,
    value_count: money ? null : p.chosen.value,
    change_usd_mn: money ? p.change : null,
    change_count: money ? null : p.change,
    status: p.chosen.status,
    hedge: p.chosen.hedge,
    source: p.chosen.source ?? null,
  };
}
