// The table renderer, for people: cli-table3 draws the grid; this file decides what goes in the
// cells and fits them to the width. Right-aligned numbers, the unit said once in the title, marks
// for estimates and derived figures, a legend and a one-line source footnote. Colour only when the
// caller decided so.
import { Chalk } from "chalk";
import Table from "cli-table3";
import type { Column, Result } from "../result.js";
import type { Locale } from "../values.js";
import { cellText, legend, sourceLine, visibleColumns } from "./cells.js";
import { fitColumns, type Layout } from "./fit.js";
import { tableChars } from "./glyphs.js";
import { trendLines } from "./sparkline.js";
import { toAscii, wrapText } from "./text.js";

export interface TableOptions {
  color: boolean;
  ascii?: boolean;
  locale?: Locale;
  /** Terminal columns no line may exceed. */
  width?: number;
  /** Every column, however wide the table grows. */
  wide?: boolean;
}

// cli-table3's compact style rules only under the header, so a series reads as one block.
const BOX = { compact: true, head: [], border: [] };

export function renderTable(result: Result, options: TableOptions): string {
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const width = options.wide ? Number.POSITIVE_INFINITY : (options.width ?? 80);
  // Under --ascii every text is spelt in ASCII before it is measured, so the grid still lines up.
  const spell = options.ascii ? toAscii : (text: string) => text;
  const columns = visibleColumns(result).map((c) => ({ ...c, label: spell(c.label) }));
  const cells = result.rows.map((row) =>
    columns.map((c) => spell(cellText(c, row, options.locale))),
  );
  const layout = fitColumns(
    columns.map((c, i) => ({
      header: c.label,
      cells: cells.map((row) => row[i]!),
      wraps: c.kind === "text",
      priority: c.priority ?? 0,
    })),
    width,
  );
  const body =
    layout.kind === "grid"
      ? grid(columns, cells, layout, result, options, paint)
      : records(columns, cells, width, paint);
  const texts = cells.flat();
  const shown = layout.kind === "grid" ? layout.shown : columns.map((_, i) => i);
  const dropped = droppedLabels(columns.filter((_, i) => !shown.includes(i)));
  const foot = [
    ...trendLines(result, Boolean(options.ascii)),
    legend(texts),
    dropped.length > 0
      ? `Not shown at this width: ${dropped.join(", ")} (--wide shows every column; so does ` +
        "--format csv)."
      : "",
    ...result.meta.notes,
    sourceLine(result),
  ].filter(Boolean);
  const lines = [
    ...(result.title ? wrapText(spell(result.title), width).map((l) => paint.bold(l)) : []),
    body,
    ...foot.flatMap((line) => wrapText(spell(line), width)).map((l) => paint.dim(l)),
  ];
  return `${lines.join("\n")}\n`;
}

function grid(
  columns: readonly Column[],
  cells: readonly (readonly string[])[],
  layout: Extract<Layout, { kind: "grid" }>,
  result: Result,
  options: TableOptions,
  paint: InstanceType<typeof Chalk>,
): string {
  const pick = <T>(xs: readonly T[]) => layout.shown.map((i) => xs[i]!);
  const shownColumns = pick(columns);
  const table = new Table({
    head: shownColumns.map((c, k) =>
      wrapText(c.label, layout.widths[k]!)
        .map((l) => paint.bold(l))
        .join("\n"),
    ),
    colAligns: shownColumns.map((c) => (c.kind === "text" ? "left" : "right")),
    style: BOX,
    ...(options.ascii ? { chars: tableChars(true) } : {}),
  });
  result.rows.forEach((row, r) => {
    table.push(
      shownColumns.map((c, k) => {
        const text = wrapText(pick(cells[r]!)[k]!, layout.widths[k]!).join("\n");
        const v = row[c.key];
        if (!options.color || typeof v !== "number" || !c.signed) return text;
        return v > 0 ? paint.green(text) : v < 0 ? paint.red(text) : text;
      }),
    );
  });
  return table.toString();
}

/** "±% ×3, Δ": each label once, with how many columns it heads when more than one. */
function droppedLabels(columns: readonly Column[]): string[] {
  const counts = new Map<string, number>();
  for (const c of columns) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  return [...counts].map(([label, n]) => (n > 1 ? `${label} ×${n}` : label));
}

// One block per row, when no grid fits: the first column's text heads the block, every other
// column follows as "label: value", wrapped and indented.
function records(
  columns: readonly Column[],
  cells: readonly (readonly string[])[],
  width: number,
  paint: InstanceType<typeof Chalk>,
): string {
  const blocks = cells.map((row) => {
    const [head, ...rest] = row;
    const lines = wrapText(head ?? "", width).map((l) => paint.bold(l));
    rest.forEach((text, k) => {
      if (text === "") return;
      const label = columns[k + 1]!.label;
      // A hanging indent keeps a wrapped value apart from the next label.
      const [first, ...rest] = wrapText(`${label}: ${text}`, width - 4);
      lines.push(`  ${first}`, ...rest.map((l) => `    ${l}`));
    });
    return lines.join("\n");
  });
  return blocks.join("\n\n");
}
