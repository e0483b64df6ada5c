// vnjp profile: one screen for a year — trade with growth, the top product groups each way,
// Japanese investment stock, people, and the agreements in force — each figure with its as-of date,
// marked where it comes from an earlier date than the year asked for, or is not a final figure.
import type { Context } from "../context.js";
import type { Event, Observation } from "../data/schema.js";
import { breakdown, type CategoryFlow, categoriesReported } from "../domain/categories.js";
import { FigureResolver } from "../domain/figures.js";
import { latestAtOrBefore, type Point, points } from "../domain/points.js";
import { DataIndex } from "../domain/select.js";
import { tradeYear, tradeYearSet } from "../domain/trade.js";
import { DataError } from "../errors.js";
import { describe, explainFigure } from "../render/explain.js";
import { fixed, signed, withThousands } from "../render/numbers.js";
import type { Result, Row } from "../result.js";
import { FULL_YEAR, TRADE_MEASURES } from "../values.js";
import { describeYears, parseYearSpec } from "./options.js";
import { labelOf } from "./points.js";

import { type Cited, loadFor, resultMeta } from "./shared.js";

export async function runProfile(
  _args: string[],
  options: { year?: string },
  ctx: Context,
): Promise<Result> {
  const dataset = await loadFor(ctx);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const available = tradeYearSet(index, resolver);
  const year = parseYearSpec(options.year ?? "latest", available).to;
  if (!available.has(year))
    throw new DataError(
      `no trade figures for ${year}; years available: ${describeYears(available.all())}`,
    );
  const rows: Row[] = [];
  const cited: Cited[] = [];
  const add = (
    section: string,
    item: string,
    value: number | null,
    unit: "usd_mn" | "count" | "pct" | "text",
    text: string,
    asOf: string,
    note = "",
  ) =>
    rows.push({
      section,
      item,
      value: text,
      as_of: asOf,
      note,
      value_usd_mn: unit === "usd_mn" ? value : null,
      value_count: unit === "count" ? value : null,
    });
  const statusNote = (status: string | null, hedge: string | null) =>
    [
      status && status !== "final" ? status : "",
      hedge && hedge !== "exact" ? hedge.replace("_", " ") : "",
    ]
      .filter(Boolean)
      .join(", ");

  const trade = tradeYear(resolver, year);
  for (const m of TRADE_MEASURES) {
    const f = trade.figures[m];
    const g = trade.growth[m];
    cited.push(f);
    const growth =
      m === "balance"
        ? g.change !== null
          ? ` (${signed(g.change / 1000, 2)} bn on ${year - 1})`
          : ""
        : g.pct !== null
          ? ` (${signed(g.pct, 2)}%)`
          : "";
    add(
      "trade",
      m === "balance" ? "balance (exports − imports)" : m,
      f.value,
      "usd_mn",
      f.value === null
        ? "n/a"
        : `${m === "balance" ? signed(f.value / 1000, 2) : fixed(f.value / 1000, 2)} bn USD${growth}`,
      String(year),
      statusNote(f.status, f.hedge),
    );
  }

  for (const flow of ["exports", "imports"] as CategoryFlow[]) {
    const withGroups = [...available.all(), year].filter(
      (y) => y <= year && categoriesReported(dataset, flow, y, FULL_YEAR).length > 0,
    );
    const groupYear = withGroups.at(-1);
    if (groupYear === undefined) continue;
    const b = breakdown(dataset, resolver, flow, groupYear, FULL_YEAR, 3);
    for (const l of b.lines.filter((x) => x.figure.value !== null)) {
      cited.push(l.figure);
      add(
        `top ${flow}`,
        l.category.en,
        l.figure.value,
        "usd_mn",
        `${fixed(l.figure.value! / 1000, 2)} bn USD${l.share !== null ? ` (${fixed(l.share, 1)}% of ${flow})` : ""}`,
        String(groupYear),
        [
          groupYear < year ? "nearest earlier year" : "",
          statusNote(l.figure.status, l.figure.hedge),
        ]
          .filter(Boolean)
          .join("; "),
      );
    }
  }

  const end = `${year}-12`;
  const pointRow = (section: string, p: Point | undefined) => {
    if (!p) return;
    cited.push(p.chosen);
    const money = p.chosen.unit === "USD_mn";
    const v = p.chosen.value!;
    add(
      section,
      labelOf(p.measure),
      v,
      money ? "usd_mn" : "count",
      money ? `${fixed(v / 1000, 2)} bn USD` : withThousands(v),
      p.asOf ?? p.month,
      [
        p.month.slice(0, 4) < String(year) ? "nearest earlier date" : "",
        statusNote(p.chosen.status, p.chosen.hedge),
      ]
        .filter(Boolean)
        .join("; "),
    );
  };
  const fdi = points(
    dataset.observations.filter((o) => o.series === "fdi" && o.reporter === "vn"),
    index.sources,
  );
  for (const m of [
    "projects_cumulative",
    "capital_registered_cumulative",
    "rank_by_capital_cumulative",
  ])
    pointRow("investment", latestAtOrBefore(fdi, [m], end));
  const people = points(
    dataset.observations.filter((o) => o.series === "people"),
    index.sources,
  );
  // The latest official count, end of June or of December, whichever is later.
  pointRow("people", latestAtOrBefore(people, ["residents_year_end", "residents_mid_year"], end));
  const workers = people
    .filter(
      (p) =>
        p.measure === "workers_departed" && p.chosen.period === FULL_YEAR && p.chosen.year <= year,
    )
    .at(-1);
  if (workers) {
    cited.push(workers.chosen);
    add(
      "people",
      labelOf("workers_departed"),
      workers.chosen.value,
      "count",
      withThousands(workers.chosen.value!),
      String(workers.chosen.year),
      [
        workers.chosen.year < year ? "nearest earlier year" : "",
        statusNote(workers.chosen.status, workers.chosen.hedge),
      ]
        .filter(Boolean)
        .join("; "),
    );
  }

  const inForce = dataset.events.filter(
    (e) => e.kind === "agreement" && e.in_force && e.in_force.slice(0, 4) <= String(year),
  );
  for (const a of inForce) {
    cited.push(a);
    add(
      "agreements in force",
      a.short ?? a.name,
      null,
      "text",
      `in force since ${a.in_force}`,
      a.in_force!,
    );
  }

  const result: Result = {
    command: "profile",
    title: `Vietnam–Japan in ${year}: trade (as reported by Vietnam), investment, people, agreements`,
    columns: [
      {
        key: "section",
        label: "Section",
        kind: "text",
        description: "trade, top exports, top imports, investment, people, agreements in force",
      },
      { key: "item", label: "Item", kind: "text", description: "what the row shows" },
      {
        key: "value",
        label: "Value",
        kind: "text",
        description: "the value as people read it, with its unit and growth",
      },
      {
        key: "as_of",
        label: "As of",
        kind: "text",
        description: "the year or date the value refers to",
      },
      {
        key: "note",
        label: "Note",
        kind: "text",
        description: "nearest earlier date, or a status/hedge that is not final/exact",
      },
      {
        key: "value_usd_mn",
        label: "",
        kind: "usd_mn",
        machineOnly: true,
        description: "the value in USD millions, where it is money",
      },
      {
        key: "value_count",
        label: "",
        kind: "count",
        machineOnly: true,
        description: "the value as a count, where it is one",
      },
    ],
    rows,
    meta: resultMeta(dataset, index, cited, [
      "Growth is on the prior year. 'Nearest earlier' marks a figure from before the year asked for; nothing is interpolated.",
    ]),
  };
  if (ctx.explain)
    result.explain = cited.flatMap((c) =>
      "candidates" in c
        ? explainFigure(`${c.key.year} ${c.key.category ?? c.key.measure}`, c, index.sources)
        : "series" in c
          ? [
              `${(c as Observation).as_of ?? (c as Observation).year} ${(c as Observation).measure}: ${describe(c as Observation, index.sources)}`,
            ]
          : [
              `${(c as Event).name}: source ${(c as Event).source} · ${index.sources.get((c as Event).source)?.url ?? ""}`,
            ],
    );
  return result;
}
