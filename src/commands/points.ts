// The shared shape of `vnjp invest` and `vnjp people`: dated points of one series, each with its
// measure's id and label, its ISO as-of date (a stock) or period (a flow), its value in the unit
// the label names, and the change on the prior comparable point.
import type { Context } from "../context.js";
import { type Point, points } from "../domain/points.js";
import { DataIndex } from "../domain/select.js";
import { yearsOf } from "../domain/years.js";
import { DataError } from "../errors.js";
import { describe } from "../render/explain.js";
import { signed } from "../render/numbers.js";
import type { Column, Result } from "../result.js";
import { selectYears, type YearRange } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

/** What each measure is, for people; the value columns name the unit. */
export const MEASURE_LABELS: Record<string, string> = {
  projects_cumulative: "valid projects, cumulative",
  capital_registered_cumulative: "registered capital, cumulative",
  capital_registered_new_projects: "registered capital of new projects",
  capital_registered_total: "total registered capital in the period",
  projects_new: "new projects",
  capital_disbursed: "disbursed capital",
  rank_by_capital_cumulative: "Japan's rank by cumulative registered capital",
  rank_by_capital_period: "Japan's rank by registered capital in the period",
  residents_year_end: "Vietnamese residents, end of December",
  residents_mid_year: "Vietnamese residents, end of June",
  residents_cited: "Vietnamese in Japan as cited, undated",
  technical_interns_year_end: "technical interns, end of December",
  technical_interns_mid_year: "technical interns, end of June",
  workers_departed: "workers sent to Japan in the period",
};

export const labelOf = (measure: string) => MEASURE_LABELS[measure] ?? measure;

const money = (series: Series) => series === "fdi";
type Series = "fdi" | "people";

/** The columns of one series: people hold no money, so no money column. */
export function pointColumns(series: Series): Column[] {
  const count = series === "fdi" ? "Number" : "Persons";
  return [
    {
      key: "measure",
      label: "Measure id",
      kind: "text",
      machineOnly: true,
      description: "stable id of what is measured (see measure_label)",
    },
    {
      key: "measure_label",
      label: "Measure",
      kind: "text",
      description:
        "what is measured; total registered capital counts new " +
        "projects, capital added to existing ones, and capital contributions and share purchases",
    },
    {
      key: "reporter",
      label: "By",
      kind: "text",
      priority: 3,
      description: "vn: Vietnamese statistics; jp: Japanese statistics",
    },
    {
      key: "as_of",
      label: "As of",
      kind: "text",
      description:
        "a stock's date as its source states it (YYYY-MM-DD or YYYY-MM); empty for flows",
    },
    {
      key: "period_start",
      label: "From",
      kind: "text",
      priority: 2,
      description: "a flow's first day (YYYY-MM-DD); empty for stocks",
    },
    {
      key: "period_end",
      label: "To",
      kind: "text",
      description: "a flow's last day (YYYY-MM-DD); empty for stocks",
    },
    {
      key: "value",
      label: "Value",
      kind: "ratio",
      machineOnly: true,
      description: "the value, in the unit of column unit",
    },
    {
      key: "unit",
      label: "Unit",
      kind: "text",
      machineOnly: true,
      description: "USD_mn (US dollars, millions) or count",
    },
    ...(money(series)
      ? [
          {
            key: "value_usd_mn",
            label: "Capital",
            kind: "usd_mn",
            blankWhenNull: true,
            statusOf: "status",
            hedgeOf: "hedge",
            description: "the value where it is money, USD millions (tables show USD bn)",
          } satisfies Column,
        ]
      : []),
    {
      key: "value_count",
      label: count,
      kind: "count",
      blankWhenNull: true,
      statusOf: "status",
      hedgeOf: "hedge",
      description: "the value where it is a count (projects, persons, a rank)",
    },
    {
      key: "status",
      label: "",
      kind: "status",
      description: "final, preliminary, estimate, projection",
    },
    { key: "hedge", label: "", kind: "hedge", description: "exact, more_than, nearly, about" },
    {
      key: "yoy_pct_stated",
      label: "Stated yoy",
      kind: "pct",
      signed: true,
      blankWhenNull: true,
      machineOnly: true,
      description: "growth on the same period a year earlier, as the source states it",
    },
    {
      key: "change",
      label: "Change",
      kind: "ratio",
      machineOnly: true,
      description:
        "change since change_since, in the unit of column unit; only between values of the same " +
        "measure from the same agency, neither a bound",
    },
    ...(money(series)
      ? [
          {
            key: "change_usd_mn",
            label: "Δ capital",
            kind: "usd_mn",
            signed: true,
            blankWhenNull: true,
            priority: 1,
            description: "the change where it is money, USD millions (tables show USD bn)",
          } satisfies Column,
        ]
      : []),
    {
      key: "change_count",
      label: `Δ ${count.toLowerCase()}`,
      kind: "count",
      signed: true,
      blankWhenNull: true,
      priority: 1,
      description: "the change where it is a count",
    },
    {
      key: "change_since",
      label: "Since",
      kind: "text",
      machineOnly: true,
      description: "as-of date of the earlier value the change is measured from",
    },
    {
      key: "note",
      label: "Note",
      kind: "text",
      machineOnly: true,
      description: "what the source says about the value, such as why a cumulative stock fell",
    },
    {
      key: "source",
      label: "Source id",
      kind: "text",
      machineOnly: true,
      description: "id of the source of the value shown (vnjp sources)",
    },
  ];
}

export async function pointsResult(
  series: Series,
  title: string,
  options: YearRange,
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
    columns: pointColumns(series),
    rows: shown.map((p) => pointRow(p, money(series))),
    meta: resultMeta(
      dataset,
      index,
      shown.map((p) => p.chosen),
      [
        "Each value at the date or over the period its source states; nothing is interpolated.",
        "A change is on the previous value of the same measure, when both come from the same " +
          "agency and neither is a bound (more than, nearly).",
        ...(shown.some((p) => p.stock && p.asOf === null)
          ? ["Counts cited without their date stand at the month they were cited, with no change."]
          : []),
        ...shown.filter((p) => p.fall !== null).map(fallNote),
      ],
    ),
  };
  if (ctx.explain)
    result.explain = shown.flatMap((p) => [
      `${p.asOf ?? p.periodEnd ?? "undated"} ${p.measure}: ${describe(p.chosen, index.sources)}`,
      ...p.candidates
        .filter((c) => c !== p.chosen)
        .map((c) => `    set aside: ${describe(c, index.sources)}`),
    ]);
  return result;
}

/** One line under the table for a cumulative stock that fell, with its reason or a flag. */
export function fallNote(p: Point): string {
  const unit = p.chosen.unit === "USD_mn" ? " USD mn" : "";
  const by = `${signed(p.change ?? 0, 0)}${unit} since ${p.changeSince}`;
  return `Fall at ${p.asOf}, ${labelOf(p.measure)}: ${by}; ${p.fall}.`;
}

export function pointRow(p: Point, withMoney = true) {
  const usd = p.chosen.unit === "USD_mn";
  return {
    measure: p.measure,
    measure_label: labelOf(p.measure),
    reporter: p.reporter,
    as_of: p.asOf,
    period_start: p.periodStart,
    period_end: p.periodEnd,
    value: p.chosen.value,
    unit: p.chosen.unit,
    ...(withMoney ? { value_usd_mn: usd ? p.chosen.value : null } : {}),
    value_count: usd ? null : p.chosen.value,
    status: p.chosen.status,
    hedge: p.chosen.hedge,
    yoy_pct_stated: p.chosen.yoy_pct ?? null,
    change: p.change,
    ...(withMoney ? { change_usd_mn: usd ? p.change : null } : {}),
    change_count: usd ? null : p.change,
    change_since: p.changeSince,
    note: p.chosen.note ?? null,
    source: p.chosen.source ?? null,
  };
}
