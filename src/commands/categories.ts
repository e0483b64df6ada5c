// vnjp categories: trade by product group for a year — value, share of the flow, growth — with a
// total line and the part of the flow the listed groups do not itemise.
import type { Context } from "../context.js";
import type { Observation } from "../data/schema.js";
import {
  type Breakdown,
  breakdown,
  type CategoryFlow,
  findCategory,
} from "../domain/categories.js";
import { FigureResolver } from "../domain/figures.js";
import { share } from "../domain/metrics.js";
import { compareText, DataIndex } from "../domain/select.js";
import { yearsOf } from "../domain/years.js";
import { DataError, UsageError } from "../errors.js";
import { explainFigure } from "../render/explain.js";
import type { Bar, BarsChart, Column, Hedge, Result, Row, Status } from "../result.js";
import { FLOWS, type Flow, FULL_YEAR } from "../values.js";
import {
  choiceOption,
  describeYears,
  flagOption,
  type OptionValues,
  parseOneYear,
  parsePeriod,
  parsePositiveInt,
  textOption,
  wordsOption,
} from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

/** vnjp categories' options. */
export interface CategoriesOptions {
  year: string;
  flow: Flow;
  top?: string;
  period: string;
  chart: boolean;
  category?: string[];
}

function categoriesOptions(values: OptionValues): CategoriesOptions {
  return {
    year: textOption(values, "year") ?? "latest",
    flow: choiceOption(values, "flow", FLOWS) ?? "both",
    top: textOption(values, "top"),
    period: textOption(values, "period") ?? FULL_YEAR,
    chart: flagOption(values, "chart"),
    category: wordsOption(values, "category"),
  };
}

export async function runCategories(
  _args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options = categoriesOptions(values);
  const { flow } = options;
  if (options.category !== undefined) return categorySeries(options.category.join(" "), flow, ctx);
  const top = options.top === undefined ? undefined : parsePositiveInt(options.top, "--top");
  const period = parsePeriod(options.period);
  const dataset = await loadFor(ctx, ["trade", "category"]);
  const flows: CategoryFlow[] = flow === "both" ? ["exports", "imports"] : [flow];
  const index = new DataIndex(dataset);
  const reported = (o: Observation) =>
    o.reporter === "vn" && flows.includes(o.measure as CategoryFlow);
  const available = index
    .yearsOf("category")
    .filter((y) => index.inYear("category", y).some((o) => o.period === period && reported(o)))
    .sort((a, b) => a - b);
  if (available.length === 0) throw new DataError(`no product-group figures for period ${period}`);
  const year = parseOneYear(options.year, yearsOf(available));
  if (!available.includes(year)) {
    // Suggest only the periods that this year has.
    const periods = [
      ...new Set(
        index
          .inYear("category", year)
          .filter(reported)
          .map((o) => o.period),
      ),
    ].sort();
    const asked = `${year}${period === FULL_YEAR ? "" : ` ${period}`}`;
    if (periods.length === 0)
      throw new DataError(
        `no product-group figures for ${asked}; years available: ${describeYears(available)}`,
      );
    throw new DataError(
      `no ${period === FULL_YEAR ? "full-year " : ""}product-group figures for ${asked}; ` +
        `${year} has ${period === FULL_YEAR ? "partial periods: " : ""}${periods.join(", ")}`,
      `try: vnjp categories --year ${year} --period ` +
        `${periods.at(-1)}${flow === "both" ? "" : ` --flow ${flow}`}`,
    );
  }
  const resolver = new FigureResolver(index);
  const parts = flows.map((f) => breakdown(resolver, f, year, period, top));
  const figures = parts.flatMap((p) => [p.total, ...p.lines.map((l) => l.figure)]);
  const result: Result = {
    command: "categories",
    title:
      `Vietnam–Japan trade by product group, ${year}${periodWords(period)}, ` +
      "as reported by Vietnam (USD bn)",
    columns: CATEGORY_COLUMNS,
    rows: parts.flatMap(rowsOf),
    meta: resultMeta(dataset, index, figures, [
      "Share is of the flow's total; growth is on the same period of the prior year (stated " +
        "by the source where no prior level exists).",
    ]),
  };
  if (options.chart) result.chart = barsOf(result.rows);
  if (ctx.explain)
    result.explain = parts.flatMap((p) =>
      [p.total, ...p.lines.map((l) => l.figure)].flatMap((f) =>
        explainFigure(`${year} ${p.flow} ${f.key.category ?? "total"}`, f, index.sources),
      ),
    );
  return result;
}

const CATEGORY_COLUMNS: Column[] = [
  {
    key: "flow",
    label: "Flow",
    kind: "text",
    description: "exports (Vietnam to Japan) or imports (Japan to Vietnam)",
  },
  {
    key: "category",
    label: "Id",
    kind: "text",
    machineOnly: true,
    description:
      "product-group id; 'total' and 'other' are the flow's total and what the listed groups " +
      "leave out",
  },
  {
    key: "name",
    label: "Product group",
    kind: "text",
    description: "product-group name (English)",
  },
  {
    key: "value_usd_mn",
    label: "Value",
    kind: "usd_mn",
    statusOf: "status",
    hedgeOf: "hedge",
    description: "value, USD millions",
  },
  {
    key: "share_pct",
    label: "Share %",
    kind: "pct",
    description: "share of the flow's total, percent",
  },
  {
    key: "yoy_pct",
    label: "±%",
    kind: "pct",
    signed: true,
    description: "change on the prior year, percent",
  },
  {
    key: "status",
    label: "status",
    kind: "status",
    description: "final, preliminary, estimate, projection or derived",
  },
  { key: "hedge", label: "hedge", kind: "hedge", description: "exact, more_than, nearly or about" },
];

function rowsOf(b: Breakdown): Row[] {
  const rows: Row[] = b.lines.map((l) => ({
    flow: b.flow,
    category: l.category.id,
    name: l.category.en,
    value_usd_mn: l.figure.value,
    share_pct: l.share,
    yoy_pct: l.growth.pct,
    status: l.figure.status,
    hedge: l.figure.hedge,
  }));
  if (b.other !== null)
    rows.push({
      flow: b.flow,
      category: "other",
      name: "Other / not itemised",
      value_usd_mn: b.other,
      share_pct: share(b.other, b.total.value),
      yoy_pct: null,
      status: "derived",
      hedge: b.total.hedge,
    });
  rows.push({
    flow: b.flow,
    category: "total",
    name: `Total ${b.flow}`,
    value_usd_mn: b.total.value,
    share_pct: b.total.value === null ? null : 100,
    yoy_pct: null,
    status: b.total.status,
    hedge: b.total.hedge,
  });
  return rows;
}

const FLOW_LABELS: Record<string, string> = {
  exports: "Exports, Vietnam to Japan",
  imports: "Imports, Japan to Vietnam",
};

function byValueMissingLast(a: Bar, b: Bar): number {
  if (a.point.value === null || b.point.value === null)
    return Number(a.point.value === null) - Number(b.point.value === null);
  return b.point.value - a.point.value;
}

/** The bars drawn from the rows themselves, so that the drawing and the rows cannot differ. */
function barsOf(rows: readonly Row[]): BarsChart {
  const barOf = (row: Row): Bar => ({
    id: String(row.category),
    label: String(row.name),
    point: {
      value: row.value_usd_mn as number | null,
      status: row.status as Status | null,
      hedge: row.hedge as Hedge | null,
    },
    share: row.share_pct as number | null,
  });
  const flows = [...new Set(rows.map((r) => String(r.flow)))];
  return {
    type: "bars",
    groups: flows.map((flow) => {
      const own = rows.filter((r) => r.flow === flow);
      const special = (id: string) => own.find((r) => r.category === id);
      const bars = own
        .filter((r) => r.category !== "other" && r.category !== "total")
        .map(barOf)
        .sort(byValueMissingLast);
      const rest = special("other");
      return {
        id: flow,
        label: FLOW_LABELS[flow] ?? flow,
        bars,
        rest: rest ? barOf(rest) : null,
        total: barOf(special("total")!),
      };
    }),
  };
}

/** One product group across the years: value, share of its flow and growth, full years only. */
async function categorySeries(
  query: string,
  flow: (typeof FLOWS)[number],
  ctx: Context,
): Promise<Result> {
  const dataset = await loadFor(ctx, ["trade", "category"]);
  const match = findCategory(dataset.categories, query);
  if (match.ambiguous)
    throw new UsageError(
      `product group '${query}' matches ${match.ambiguous.map((c) => c.id).join(", ")}: give ` +
        `more of the name`,
    );
  if (!match.found)
    throw new UsageError(
      `unknown product group '${query}'${
        match.suggestion ? `: did you mean ${match.suggestion.id} (${match.suggestion.en})?` : ""
      }`,
      "see: vnjp categories --format csv",
    );
  const category = match.found;
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const flows: CategoryFlow[] = flow === "both" ? ["exports", "imports"] : [flow];
  const years = [
    ...new Set(
      dataset.observations
        .filter((o) => o.category === category.id && o.period === FULL_YEAR && o.reporter === "vn")
        .map((o) => o.year),
    ),
  ].sort((a, b) => a - b);
  const lines = years
    .flatMap((year) =>
      flows.map((f) => ({ year, flow: f, b: breakdown(resolver, f, year, FULL_YEAR) })),
    )
    .flatMap(({ year, flow: f, b }) => {
      const line = b.lines.find((l) => l.category.id === category.id);
      return line ? [{ year, flow: f, line }] : [];
    });
  if (lines.length === 0) {
    // Partial periods of the group, if any, where the figures can be seen.
    const partial = dataset.observations
      .filter((o) => o.category === category.id && o.period !== FULL_YEAR && o.reporter === "vn")
      .sort((a, b) => a.year - b.year || compareText(a.period, b.period))
      .at(-1);
    throw new DataError(
      `no full-year figures for ${category.en}${flow === "both" ? "" : ` ${flow}`}` +
        (partial ? ", only partial periods" : ""),
      partial
        ? `try: vnjp categories --year ${partial.year} --period ${partial.period}`
        : undefined,
    );
  }
  const result: Result = {
    command: "categories",
    title:
      `${category.en} (${category.vi}) in Vietnam–Japan trade, full years, as reported by ` +
      `Vietnam (USD bn)`,
    columns: [
      { key: "year", label: "Year", kind: "year", description: "calendar year" },
      ...CATEGORY_COLUMNS,
    ],
    rows: lines.map(({ year, flow: f, line }) => ({
      year,
      flow: f,
      category: category.id,
      name: category.en,
      value_usd_mn: line.figure.value,
      share_pct: line.share,
      yoy_pct: line.growth.pct,
      status: line.figure.status,
      hedge: line.figure.hedge,
    })),
    meta: resultMeta(
      dataset,
      index,
      lines.map((l) => l.line.figure),
      [
        "Share is of the flow's total in that year; growth is on the prior year (stated by " +
          "the source where no prior level exists).",
      ],
    ),
  };
  if (ctx.explain)
    result.explain = lines.flatMap((l) =>
      explainFigure(`${l.year} ${l.flow} ${category.id}`, l.line.figure, index.sources),
    );
  return result;
}

/** " (M01-M06: months 01 to 06)" for a partial period; nothing for a full year. */
function periodWords(period: string): string {
  return period === FULL_YEAR
    ? ""
    : ` (${period}: months ${period.slice(1, 3)} to ${period.slice(5)})`;
}
