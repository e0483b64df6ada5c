// vnjp info: what the dataset is and covers — version and date, coverage per series (first and
// latest year, derived or estimated years, gaps), counts of observations and sources.
import type { Context } from "../context.js";
import { FigureResolver } from "../domain/figures.js";
import { DataIndex } from "../domain/select.js";
import { tradeFigure, tradeYears } from "../domain/trade.js";
import type { Result, Row } from "../result.js";
import { FULL_YEAR, TRADE_MEASURES } from "../values.js";
import { describeYears, type OptionValues } from "./options.js";
import { loadFor } from "./shared.js";

export async function runInfo(
  _args: string[],
  _values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const dataset = await loadFor(ctx);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const rows: Row[] = [];

  const tradeSpan = tradeYears(index, resolver);
  for (const m of TRADE_MEASURES) {
    const years = tradeSpan.filter((y) => tradeFigure(resolver, m, y).value !== null);
    const statusYears = (status: string) =>
      years.filter((y) => tradeFigure(resolver, m, y).status === status);
    rows.push(
      coverage(
        `trade ${m} (vn)`,
        years,
        statusYears("derived"),
        [
          ...statusYears("estimate"),
          ...statusYears("projection"),
          ...statusYears("preliminary"),
        ].sort((a, b) => a - b),
        dataset.observations.filter(
          (o) => o.series === "trade" && o.measure === m && o.reporter === "vn",
        ).length,
      ),
    );
  }
  for (const [series, label] of [
    ["category", "product groups"],
    ["fdi", "Japanese investment"],
    ["people", "people"],
  ] as const)
    for (const reporter of ["vn", "jp"] as const) {
      const obs = dataset.observations.filter(
        (o) => o.series === series && o.reporter === reporter,
      );
      if (obs.length === 0) continue;
      const years = [...new Set(obs.map((o) => o.year))].sort((a, b) => a - b);
      const fullYears = new Set(obs.filter((o) => o.period === FULL_YEAR).map((o) => o.year));
      rows.push({
        ...coverage(
          `${label} (${reporter})`,
          years,
          [],
          obs.filter((o) => o.status !== "final").map((o) => o.year),
          obs.length,
        ),
        partial_only: years.some((y) => !fullYears.has(y))
          ? describeYears(years.filter((y) => !fullYears.has(y)))
          : "",
      });
    }
  const jpTrade = dataset.observations.filter(
    (o) => o.series === "trade" && o.reporter === "jp",
  ).length;
  if (jpTrade === 0)
    rows.push({
      ...coverage("trade (jp)", [], [], [], 0),
      gaps: "no Japan-reported trade in the data",
    });
  rows.push({
    series: "agreements and milestones",
    first: null,
    latest: null,
    gaps: "",
    derived: "",
    estimated: "",
    partial_only: "",
    observations: dataset.events.length,
  });

  return {
    command: "info",
    title:
      `vnjp dataset ${dataset.version} (${dataset.date}): ${dataset.observations.length} ` +
      `observations, ${dataset.sources.length} sources, ${dataset.categories.length} product ` +
      `groups, ${dataset.events.length} events`,
    columns: [
      { key: "series", label: "Series", kind: "text", description: "series, measure and reporter" },
      { key: "first", label: "First", kind: "year", description: "first year with a figure" },
      { key: "latest", label: "Latest", kind: "year", description: "latest year with a figure" },
      {
        key: "gaps",
        label: "Gaps",
        kind: "text",
        description: "years between first and latest with no figure",
      },
      {
        key: "derived",
        label: "Derived",
        kind: "text",
        description: "years whose shown figure is derived",
      },
      {
        key: "estimated",
        label: "Not final",
        kind: "text",
        description: "years with a preliminary, estimated or projected figure",
      },
      {
        key: "partial_only",
        label: "Partial periods only",
        kind: "text",
        description: "years with partial-period figures but no full year",
      },
      {
        key: "observations",
        label: "Observations",
        kind: "count",
        description: "number of observations (records)",
      },
    ],
    rows,
    meta: {
      dataset_version: dataset.version,
      dataset_date: dataset.date,
      units: {},
      sources: [],
      notes: ["Per-figure status: vnjp trade --format csv; conflicts: vnjp data check."],
    },
  };
}

function coverage(
  series: string,
  years: readonly number[],
  derived: readonly number[],
  estimated: readonly number[],
  observations: number,
): Row {
  const first = years[0];
  const latest = years[years.length - 1];
  const gaps: number[] = [];
  if (first !== undefined && latest !== undefined)
    for (let y = first; y <= latest; y++) if (!years.includes(y)) gaps.push(y);
  return {
    series,
    first: first ?? null,
    latest: latest ?? null,
    gaps: gaps.length ? describeYears(gaps) : "",
    derived: derived.length ? describeYears(derived) : "",
    estimated: estimated.length ? describeYears([...new Set(estimated)].sort((a, b) => a - b)) : "",
    partial_only: "",
    observations,
  };
}
