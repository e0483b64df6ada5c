// vnjp sources: the public sources behind the figures, what each supports, and where they conflict.

import type { Context } from "../context.js";
import { conflicts } from "../domain/consistency.js";
import { compareText, DataIndex } from "../domain/select.js";
import { yearsOf } from "../domain/years.js";
import { DataError } from "../errors.js";
import type { Result } from "../result.js";
import { SERIES, UNDATED } from "../values.js";
import { choiceOption, type OptionValues, parseOneYear, textOption } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

// Undated sources sort after every dated one.
const dateOrder = (published: string | null) =>
  published === null || published === UNDATED ? "" : published;

/** vnjp sources' options. */
export interface SourcesOptions {
  year?: string;
  series?: (typeof SERIES)[number];
}

export async function runSources(
  _args: string[],
  values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const options: SourcesOptions = {
    year: textOption(values, "year"),
    series: choiceOption(values, "series", SERIES),
  };
  const { series } = options;
  const dataset = await loadFor(ctx);
  // A year, or a word for one (latest): among the years the sources' figures refer to.
  const year =
    options.year === undefined
      ? undefined
      : parseOneYear(options.year, yearsOf(dataset.observations.map((o) => o.year)));
  const index = new DataIndex(dataset);
  const conflicting = new Set(conflicts(index).flatMap((f) => f.ids));
  const relevant = dataset.observations.filter(
    (o) => (year === undefined || o.year === year) && (series === undefined || o.series === series),
  );
  const bySource = new Map<string, typeof relevant>();
  for (const o of relevant)
    if (o.source) bySource.set(o.source, [...(bySource.get(o.source) ?? []), o]);
  const rows = dataset.sources
    .filter((s) => bySource.has(s.id) || (year === undefined && series === undefined))
    .map((s) => {
      const used = bySource.get(s.id) ?? [];
      const years = [...new Set(used.map((o) => o.year))].sort((a, b) => a - b);
      return {
        id: s.id,
        publisher: s.publisher,
        published: s.published ?? null,
        agency: s.agency,
        language: s.language,
        figures: used.length,
        years:
          years.length === 0
            ? ""
            : years.length === 1
              ? String(years[0])
              : `${years[0]}–${years[years.length - 1]}`,
        conflicting: used.filter((o) => conflicting.has(o.id)).length,
        title: s.title,
        url: s.url,
        url_is_copy: s.copy ? "yes" : null,
      };
    })
    .sort(
      (a, b) =>
        compareText(dateOrder(b.published), dateOrder(a.published)) || compareText(a.id, b.id),
    );
  if (rows.length === 0)
    throw new DataError(`no sources for ${[year, series].filter(Boolean).join(" ")}`);
  return {
    command: "sources",
    title: `Sources${year ? ` for ${year}` : ""}${series ? ` (${series})` : ""}`,
    columns: [
      { key: "id", label: "Id", kind: "text", description: "source id, as cited by observations" },
      { key: "publisher", label: "Publisher", kind: "text", description: "who published the page" },
      {
        key: "published",
        label: "Date",
        kind: "text",
        description: "publication date (YYYY, YYYY-MM or YYYY-MM-DD)",
      },
      {
        key: "agency",
        label: "Agency",
        kind: "text",
        description: "the agency the figures originally come from",
      },
      { key: "language", label: "Lang", kind: "text", description: "language of the page" },
      {
        key: "figures",
        label: "Figures",
        kind: "count",
        description: "observations citing this source (within the filter)",
      },
      {
        key: "years",
        label: "Years",
        kind: "text",
        description: "years those observations refer to",
      },
      {
        key: "conflicting",
        label: "Conflicts",
        kind: "count",
        description: "of those, observations another source contradicts (see vnjp data check)",
      },
      { key: "title", label: "Title", kind: "text", description: "title of the page" },
      { key: "url", label: "URL", kind: "text", description: "address of the page" },
      {
        key: "url_is_copy",
        label: "Copy",
        kind: "text",
        description:
          "yes when the URL is a copy on another site; publisher, title and date are the " +
          "original's",
      },
    ],
    rows,
    meta: resultMeta(dataset, index, []),
  };
}
