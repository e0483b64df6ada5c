// Sparklines: a series in one line, one cell per year, a blank cell for a year without a figure.
import type { Result } from "../result.js";
import { chartGlyphs } from "./glyphs.js";

/** One glyph per value, scaled from the lowest value to the highest; a space for a missing one. */
export function sparkline(values: ReadonlyArray<number | null>, ascii: boolean): string {
  const glyphs = chartGlyphs(ascii).spark;
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return "";
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  const level = (v: number) =>
    hi === lo
      ? Math.floor((glyphs.length - 1) / 2)
      : Math.round(((v - lo) / (hi - lo)) * (glyphs.length - 1));
  return values.map((v) => (v === null ? " " : glyphs[level(v)])).join("");
}

/**
 * Under a table of several years: each trend column as a sparkline over every calendar year from
 * the first row's to the last row's, named by its first and last year, so that a missing year is a
 * blank cell rather than a year skipped over.
 */
export function trendLines(result: Result, ascii: boolean): string[] {
  if (!result.trend || result.rows.length < 3) return [];
  const byYear = new Map(result.rows.map((r) => [r.year as number, r]));
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const labels = result.trend.map(
    (key) =>
      result.columns
        .find((c) => c.key === key)
        ?.label.replace(/ \(.*\)$/, "")
        .toLowerCase() ?? key,
  );
  const width = Math.max(...labels.map((l) => l.length));
  const series = result.trend.map((key) =>
    years.map((y) => {
      const v = byYear.get(y)?.[key];
      return typeof v === "number" ? v : null;
    }),
  );
  const blank = series.some((values) => values.includes(null));
  return [
    `Trend, one cell a year${blank ? " (blank: no figure)" : ""}:`,
    ...series.map(
      (values, i) => `${labels[i]!.padEnd(width)} ${first} ${sparkline(values, ascii)} ${last}`,
    ),
  ];
}
