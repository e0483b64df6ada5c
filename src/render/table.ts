// The table renderer: for people. Right-aligned numbers, units in headers, marks for estimates and
// derived figures, a legend and a one-line source footnote. Colour only when the caller decided so.
import { Chalk } from "chalk";
import type { Result } from "../result.js";
import type { Locale } from "../values.js";
import { cellText, legend, sourceLine, visibleColumns } from "./cells.js";
import { sparkline } from "./chart.js";
import { drawGrid } from "./grid.js";

export interface TableOptions {
  color: boolean;
  ascii?: boolean;
  locale?: Locale;
}

export function renderTable(result: Result, options: TableOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const columns = visibleColumns(result);
  const texts: string[] = [];
  const rows = result.rows.map((row) =>
    columns.map((c) => {
      const text = cellText(c, row, options.locale);
      texts.push(text);
      const v = row[c.key];
      if (!options.color || typeof v !== "number" || !c.signed) return text;
      return v > 0 ? paint.green(text) : v < 0 ? paint.red(text) : text;
    }),
  );
  const grid = drawGrid(
    columns.map((c) => (options.color ? paint.bold(c.label) : c.label)),
    rows,
    columns.map((c) => (c.kind === "text" ? "left" : "right")),
    options.color ? (s) => paint.gray(s) : undefined,
  );
  const lines = [
    result.title ? (options.color ? paint.bold(result.title) : result.title) : "",
    grid,
  ];
  const foot = [
    trendLine(result, Boolean(options.ascii)),
    legend(texts),
    ...result.meta.notes,
    sourceLine(result),
  ].filter(Boolean);
  for (const line of foot) lines.push(options.color ? paint.dim(line) : line);
  return `${lines.filter((l) => l !== "").join("\n")}\n`;
}

// Under a table of several years: each trend column as a sparkline, first year to last.
function trendLine(result: Result, ascii: boolean): string {
  if (!result.trend || result.rows.length < 3) return "";
  const years = result.rows.map((r) => r.year);
  const parts = result.trend.map((key) => {
    const label =
      result.columns
        .find((c) => c.key === key)
        ?.label.replace(/ \(.*\)$/, "")
        .toLowerCase() ?? key;
    return `${label} ${sparkline(
      result.rows.map((r) => (typeof r[key] === "number" ? (r[key] as number) : null)),
      ascii,
    )}`;
  });
  return `Trend ${years[0]}–${years[years.length - 1]}: ${parts.join("  ")}`;
}
