// vnjp data export: the whole observation table, each row joined with its source, for people who
// want the raw data.
import type { Context } from "../context.js";
import type { Result } from "../result.js";
import type { OptionValues } from "./options.js";
import { loadFor } from "./shared.js";

const OBSERVATION_FIELDS = [
  "id",
  "series",
  "measure",
  "category",
  "reporter",
  "year",
  "period",
  "as_of",
  "value",
  "unit",
  "yoy_pct",
  "status",
  "hedge",
  "source",
  "derived_formula",
  "note",
] as const;
const SOURCE_FIELDS = ["publisher", "title", "url", "published", "language", "agency"] as const;

export async function runDataExport(
  _args: string[],
  _values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const dataset = await loadFor(ctx);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  return {
    command: "data export",
    title: `vnjp dataset ${dataset.version}: every observation with its source`,
    columns: [
      ...OBSERVATION_FIELDS.map((f) => ({
        key: f,
        label: f,
        kind: f === "value" || f === "yoy_pct" ? ("count" as const) : ("text" as const),
        description: `observation ${f.replace("_", " ")}`,
      })),
      ...SOURCE_FIELDS.map((f) => ({
        key: `source_${f}`,
        label: `source ${f}`,
        kind: "text" as const,
        description: `the source's ${f}`,
      })),
    ],
    rows: dataset.observations.map((o) => {
      const s = o.source ? sources.get(o.source) : undefined;
      return {
        id: o.id,
        series: o.series,
        measure: o.measure,
        category: o.category ?? null,
        reporter: o.reporter,
        year: o.year,
        period: o.period,
        as_of: o.as_of ?? null,
        value: o.value,
        unit: o.unit,
        yoy_pct: o.yoy_pct ?? null,
        status: o.status,
        hedge: o.hedge,
        source: o.source ?? null,
        derived_formula: o.derived?.formula ?? null,
        note: o.note ?? null,
        ...Object.fromEntries(SOURCE_FIELDS.map((f) => [`source_${f}`, s?.[f] ?? null])),
      };
    }),
    meta: {
      dataset_version: dataset.version,
      dataset_date: dataset.date,
      units: { USD_mn: "US dollars, millions", JPY_mn: "yen, millions", count: "plain count" },
      sources: [],
      notes: [],
    },
  };
}
