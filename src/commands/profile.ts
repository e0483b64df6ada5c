// vnjp profile: one screen for a year — trade with growth, the top product groups each way,
// Japanese investment stock, people, and the agreements in force — each figure with its as-of date,
// marked where it comes from an earlier date than the year asked for, or is not a final figure.
import type { Context } from "../context.js";
import type { Event, Observation } from "../data/schema.js";
import { breakdown, type CategoryFlow, categoriesReported } from "../domain/categories.js";
import { FigureResolver } from "../domain/figures.js";
import { latestAtOrBefore, type Point, points } from "../domain/points.js";
import { DataIndex } from "../domain/select.js";
import {
  conflictNote,
  growthConflicts,
  roundingGaps,
  roundingNote,
  tradeYear,
  tradeYearSet,
} from "../domain/trade.js";
import { DataError } from "../errors.js";
import { describe, explainAccount, explainFigure } from "../render/explain.js";
import type { Result, Row } from "../result.js";
import { FULL_YEAR, TRADE_MEASURES } from "../values.js";
import { describeYears, type OptionValues, parseOneYear, textOption } from "./options.js";
import { labelOf } from "./points.js";

import { type Cited, loadFor, resultMeta } from "./shared.js";

/** vnjp profile's options. */
export interface ProfileOptions {
  year: string;
}

export async function runProfile(
  _args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options: ProfileOptions = { year: textOption(values, "year") ?? "latest" };
  const dataset = await loadFor(ctx);
  const index = new DataIndex(dataset);
  const resolver = new FigureResolver(index);
  const available = tradeYearSet(index, resolver);
  const year = parseOneYear(options.year, available);
  if (!available.has(year))
    throw new DataError(
      `no trade figures for ${year}; years available: ${describeYears(available.all())}`,
    );
  const rows: Row[] = [];
  const cited: Cited[] = [];
  /** One row: a figure with its marks, its date, and what else the section says of it. */
  const add = (row: {
    section: string;
    item: string;
    measure: string;
    value: number | null;
    unit: "usd_mn" | "count" | "none";
    status?: string | null;
    hedge?: string | null;
    asOf: string;
    earlier?: boolean;
    yoy?: number | null;
    yoyStated?: number | null;
    yoyConflict?: boolean;
    share?: number | null;
    change?: number | null;
  }) =>
    rows.push({
      section: row.section,
      item: row.item,
      measure: row.measure,
      value_usd_mn: row.unit === "usd_mn" ? row.value : null,
      value_count: row.unit === "count" ? row.value : null,
      yoy_pct: row.yoy ?? null,
      yoy_pct_stated: row.yoyStated ?? null,
      yoy_status: row.yoyConflict ? "conflict" : null,
      share_pct: row.share ?? null,
      change_usd_mn: row.change ?? null,
      as_of: row.asOf,
      note: row.earlier ? "nearest earlier" : null,
      status: row.value === null ? null : (row.status ?? null),
      hedge: row.value === null ? null : (row.hedge ?? null),
    });

  const trade = tradeYear(resolver, year);
  for (const m of TRADE_MEASURES) {
    const f = trade.figures[m];
    const g = trade.growth[m];
    cited.push(f);
    add({
      section: "trade",
      item: m === "balance" ? "balance (exports − imports)" : m,
      measure: m,
      value: f.value,
      unit: "usd_mn",
      status: f.status,
      hedge: f.hedge,
      asOf: String(year),
      yoy: m === "balance" ? null : g.pct,
      yoyStated: m === "balance" ? null : (g.stated ?? null),
      yoyConflict: m !== "balance" && g.conflict === true,
      change: m === "balance" ? g.change : null,
    });
  }

  for (const flow of ["exports", "imports"] as CategoryFlow[]) {
    const withGroups = [...available.all(), year].filter(
      (y) => y <= year && categoriesReported(index, flow, y, FULL_YEAR).length > 0,
    );
    const groupYear = withGroups.at(-1);
    if (groupYear === undefined) continue;
    const b = breakdown(resolver, flow, groupYear, FULL_YEAR, 3);
    for (const l of b.lines.filter((x) => x.figure.value !== null)) {
      cited.push(l.figure);
      add({
        section: flow,
        item: l.category.en,
        measure: l.category.id,
        value: l.figure.value,
        unit: "usd_mn",
        status: l.figure.status,
        hedge: l.figure.hedge,
        asOf: String(groupYear),
        earlier: groupYear < year,
        share: l.share,
      });
    }
  }

  const end = `${year}-12`;
  const pointRow = (section: string, p: Point | undefined) => {
    if (!p) return;
    cited.push(p.chosen);
    add({
      section,
      item: labelOf(p.measure),
      measure: p.measure,
      value: p.chosen.value,
      unit: p.chosen.unit === "USD_mn" ? "usd_mn" : "count",
      status: p.chosen.status,
      hedge: p.chosen.hedge,
      asOf: p.asOf ?? p.month,
      earlier: p.month.slice(0, 4) < String(year),
    });
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
    pointRow("invest", latestAtOrBefore(fdi, [m], end));
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
    add({
      section: "people",
      item: labelOf("workers_departed"),
      measure: "workers_departed",
      value: workers.chosen.value,
      unit: "count",
      status: workers.chosen.status,
      hedge: workers.chosen.hedge,
      asOf: String(workers.chosen.year),
      earlier: workers.chosen.year < year,
    });
  }

  const inForce = dataset.events.filter(
    (e) => e.kind === "agreement" && e.in_force && e.in_force.slice(0, 4) <= String(year),
  );
  for (const a of inForce) {
    cited.push(a);
    add({
      section: "in force",
      item: a.short ?? a.name,
      measure: a.id,
      value: null,
      unit: "none",
      asOf: a.in_force!,
    });
  }

  const result: Result = {
    command: "profile",
    title:
      `Vietnam–Japan in ${year}: trade as reported by Vietnam, its top three product groups ` +
      `each way, Japanese investment, people and agreements in force`,
    columns: [
      {
        key: "section",
        label: "Section",
        kind: "text",
        description:
          "trade; exports and imports (the top three product groups); invest; people; in " +
          "force (agreements)",
      },
      { key: "item", label: "Item", kind: "text", description: "what the row shows" },
      {
        key: "measure",
        label: "Measure",
        kind: "text",
        machineOnly: true,
        description:
          "id of what the row shows: a trade measure, product group, series or agreement",
      },
      {
        key: "value_usd_mn",
        label: "USD bn",
        kind: "usd_mn",
        signed: false,
        blankWhenNull: true,
        statusOf: "status",
        hedgeOf: "hedge",
        description: "the value in USD millions, where it is money",
      },
      {
        key: "value_count",
        label: "Count",
        kind: "count",
        blankWhenNull: true,
        statusOf: "status",
        hedgeOf: "hedge",
        description: "the value as a count, where it is one",
      },
      {
        key: "yoy_pct",
        label: "±%",
        kind: "pct",
        signed: true,
        blankWhenNull: true,
        priority: 1,
        statusOf: "yoy_status",
        description: "change on the prior year, percent, computed from the levels shown (trade)",
      },
      {
        key: "yoy_pct_stated",
        label: "",
        kind: "pct",
        signed: true,
        machineOnly: true,
        description:
          "change on the prior year, percent, as the reports of the year state it (trade)",
      },
      {
        key: "yoy_status",
        label: "",
        kind: "status",
        description:
          "conflict: the levels give another rate than the reports state; empty otherwise",
      },
      {
        key: "change_usd_mn",
        label: "Δ",
        kind: "usd_mn",
        signed: true,
        blankWhenNull: true,
        priority: 2,
        description: "change of the balance on the prior year, USD millions",
      },
      {
        key: "share_pct",
        label: "Share %",
        kind: "pct",
        blankWhenNull: true,
        priority: 3,
        description: "share of the flow's total, percent (product groups)",
      },
      {
        key: "as_of",
        label: "As of",
        kind: "text",
        description: "the year or date the value refers to (ISO)",
      },
      {
        key: "note",
        label: "Note",
        kind: "text",
        priority: 4,
        description: "'nearest earlier' when the value is from before the year asked for",
      },
      {
        key: "status",
        label: "",
        kind: "status",
        description: "final, preliminary, estimate, projection or derived",
      },
      { key: "hedge", label: "", kind: "hedge", description: "exact, more_than, nearly or about" },
    ],
    rows,
    meta: resultMeta(dataset, index, cited, [
      "Growth is on the prior year; the balance's change is in USD bn. 'Nearest earlier' marks a " +
        "figure from before the year asked for; nothing is interpolated.",
      ...growthConflicts([trade]).map(conflictNote),
      ...roundingNote(roundingGaps(trade.year, trade.figures)),
    ]),
  };
  if (ctx.explain)
    result.explain = [
      ...explainAccount(
        String(year),
        resolver.accounts.account(year, "vn"),
        trade.figures,
        index.sources,
      ),
      ...cited
        .slice(TRADE_MEASURES.length)
        .flatMap((c) =>
          "candidates" in c
            ? explainFigure(`${c.key.year} ${c.key.category ?? c.key.measure}`, c, index.sources)
            : "series" in c
              ? [
                  `${(c as Observation).as_of ?? (c as Observation).year} ` +
                    `${(c as Observation).measure}: ` +
                    `${describe(c as Observation, index.sources)}`,
                ]
              : [
                  `${(c as Event).name}: source ${(c as Event).source} · ` +
                    `${index.sources.get((c as Event).source)?.url ?? ""}`,
                ],
        ),
    ];
  return result;
}
