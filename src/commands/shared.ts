// What every command does the same way: load the data the context names, and describe what was used.
import { compareText } from "../domain/select.js";
import type { Context } from "../context.js";
import { loadDataset } from "../data/loader.js";
import type { Dataset } from "../data/schema.js";
import type { Figure } from "../domain/figures.js";
import type { DataIndex } from "../domain/select.js";
import type { Result, SourceRef } from "../render/result.js";

export function loadFor(ctx: Context): Promise<Dataset> {
  return loadDataset({ bundledDir: ctx.bundledDataDir, userDir: ctx.userDataDir, userOnly: ctx.userDataOnly });
}

export const UNITS = { usd_mn: "US dollars, millions", pct: "percent", pp: "percentage points", count: "plain count" };

export function resultMeta(dataset: Dataset, index: DataIndex, figures: readonly Figure[], notes: string[] = []): Result["meta"] {
  return { dataset_version: dataset.version, dataset_date: dataset.date, units: UNITS, sources: sourcesOf(index, figures), notes };
}

/** The sources behind the figures shown, derivation inputs included, most cited first. */
export function sourcesOf(index: DataIndex, figures: readonly Figure[]): SourceRef[] {
  const counts = new Map<string, number>();
  const visit = (f: Figure) => {
    if (f.chosen?.source) counts.set(f.chosen.source, (counts.get(f.chosen.source) ?? 0) + 1);
    f.derivation?.inputs.forEach(visit);
  };
  figures.forEach(visit);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .map(([id]) => index.sources.get(id))
    .filter((s) => s !== undefined)
    .map((s) => ({ id: s.id, publisher: s.publisher, title: s.title, url: s.url, published: s.published, agency: s.agency }));
}
