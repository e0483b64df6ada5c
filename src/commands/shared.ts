// What every command does the same way: load the data the context names, and describe what was
// used.

import type { Context } from "../context.js";
import { loadDataset } from "../data/loader.js";
import type { Part } from "../data/packs.js";
import type { Dataset } from "../data/schema.js";
import type { Figure } from "../domain/figures.js";
import type { DataIndex } from "../domain/select.js";
import { compareText } from "../domain/select.js";
import type { Column, Result, Row, SourceRef } from "../result.js";

/**
 * The dataset: the bundled data (only `parts` of it, if given) and a user's. With trade figures,
 * the bundled data alone comes with the build's reconciliation of them, except for --explain, which
 * shows the whole account and so computes it.
 */
export function loadFor(ctx: Context, parts?: readonly Part[]): Promise<Dataset> {
  return loadDataset({
    bundledDir: ctx.bundledDataDir,
    packDir: ctx.bundledPackDir,
    parts,
    userDir: ctx.userDataDir,
    userOnly: ctx.userDataOnly,
    reconciled: !ctx.explain && (parts === undefined || parts.includes("trade")),
  });
}

export const UNITS = {
  usd_mn: "US dollars, millions",
  pct: "percent",
  pp: "percentage points",
  count: "plain count",
};

/** Anything shown that cites a source: a resolved figure, an observation, an event. */
export type Cited = Figure | { source?: string };

export function resultMeta(
  dataset: Dataset,
  index: DataIndex,
  shown: readonly Cited[],
  notes: string[] = [],
): Result["meta"] {
  return {
    dataset_version: dataset.version,
    dataset_date: dataset.date,
    units: UNITS,
    sources: sourcesOf(index, shown),
    notes,
  };
}

/**
 * The sources behind what is shown (figures with their derivation inputs, observations, events),
 * most cited first.
 */
export function sourcesOf(index: DataIndex, shown: readonly Cited[]): SourceRef[] {
  const counts = new Map<string, number>();
  const cite = (o: { source?: string } | undefined) => {
    if (o?.source) counts.set(o.source, (counts.get(o.source) ?? 0) + 1);
  };
  const visit = (f: Cited) => {
    if ("candidates" in f) {
      cite(f.chosen);
      f.derivation?.inputs.forEach(visit);
    } else cite(f);
  };
  shown.forEach(visit);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .map(([id]) => index.sources.get(id))
    .filter((s) => s !== undefined)
    .map((s) => ({
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      url: s.url,
      published: s.published,
      agency: s.agency,
    }));
}

/**
 * The columns of one figure: its value, and the status and hedge that tables show as marks on it
 * and machine formats carry as columns of their own (`<key>_status`, `<key>_hedge`).
 */
export function figureColumns(value: Column): Column[] {
  const base = value.key.replace(/_(usd_mn|count|pct)$/, "");
  return [
    { ...value, statusOf: `${base}_status`, hedgeOf: `${base}_hedge` },
    {
      key: `${base}_status`,
      label: "",
      kind: "status",
      description: "final, preliminary, estimate, projection or derived",
    },
    {
      key: `${base}_hedge`,
      label: "",
      kind: "hedge",
      description: "exact, more_than, nearly or about, as the source words it",
    },
  ];
}

/** The cells of figureColumns for one figure. */
export function figureCells(valueKey: string, figure: Figure | undefined): Row {
  const base = valueKey.replace(/_(usd_mn|count|pct)$/, "");
  return {
    [valueKey]: figure?.value ?? null,
    [`${base}_status`]: figure?.value == null ? null : figure.status,
    [`${base}_hedge`]: figure?.value == null ? null : figure.hedge,
  };
}
