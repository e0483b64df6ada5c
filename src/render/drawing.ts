// The people's view of a result that asks for a chart: the drawing, its title and footnotes.

import type { Result } from "../result.js";
import { sourceLine } from "./cells.js";
import { type ChartOptions, divergingBars, horizontalBars, lineChart, wrap } from "./chart.js";
import { fixed } from "./numbers.js";

export function renderDrawing(result: Result, options: ChartOptions): string {
  const spec = result.chart!;
  const rows = result.rows;
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  let body: string;
  if (spec.type === "lines") {
    const byYear = new Map(rows.map((r) => [r.year as number, r]));
    body = lineChart(
      spec.years,
      spec.series.map((s) => ({
        name: s.name,
        values: spec.years.map((y) => num(byYear.get(y)?.[s.key])),
      })),
      options,
    );
  } else if (spec.type === "diverging") {
    body = divergingBars(
      rows.map((r) => String(r[spec.labelKey])),
      rows.map((r) => num(r[spec.valueKey])),
      options,
    );
  } else {
    const valued = rows
      .filter(
        (r) =>
          typeof r[spec.valueKey] === "number" &&
          !spec.omit?.values.includes(String(r[spec.omit.key])),
      )
      .sort((a, b) => (b[spec.valueKey] as number) - (a[spec.valueKey] as number));
    body = horizontalBars(
      valued.map((r) => ({
        label: String(r[spec.labelKey]),
        value: r[spec.valueKey] as number,
        note: `${fixed((r[spec.valueKey] as number) / 1000, 2)} bn${typeof r[spec.shareKey] === "number" ? `  ${fixed(r[spec.shareKey] as number, 1)}%` : ""}`,
      })),
      options,
    );
  }
  const foot = [...result.meta.notes, sourceLine(result)].filter(Boolean);
  const fit = (text: string) => wrap(text, options.width);
  return `${[...fit(result.title), body.trimEnd(), ...foot.flatMap(fit)].join("\n")}\n`;
}
