// Fits a table to the terminal's width, the way good command-line tools do: first drop the columns
// of lowest priority, then wrap text columns at word boundaries, and when even that cannot fit,
// give up the grid for one block per row. Pure arithmetic on display widths.
import { displayWidth, wrapText } from "./text.js";

export interface FitColumn {
  header: string;
  cells: readonly string[];
  /** Text that may wrap onto several lines; numbers never wrap. */
  wraps: boolean;
  /** Dropped first when the table is too wide: higher goes first; 0 is never dropped. */
  priority: number;
}

export type Layout = { kind: "grid"; shown: number[]; widths: number[] } | { kind: "records" };

// A wrapped column keeps at least this many columns, or its longest word if shorter.
const MIN_WRAP = 12;
// The most lines a wrapped cell may take before the table turns into records.
const MAX_LINES = 3;

/** The columns to show and the width of each (without padding), or records when none fits. */
export function fitColumns(columns: readonly FitColumn[], width: number): Layout {
  const natural = columns.map((c) =>
    Math.max(displayWidth(c.header), ...c.cells.map((t) => lineWidth(t))),
  );
  const shown = columns.map((_, i) => i);
  const total = (widths: readonly number[]) => widths.reduce((sum, w) => sum + w + 3, 1);
  const widthsOf = (indexes: readonly number[]) => indexes.map((i) => natural[i]!);
  // Drop by priority, the rightmost first among equals.
  const droppable = shown
    .filter((i) => columns[i]!.priority > 0)
    .sort((a, b) => columns[b]!.priority - columns[a]!.priority || b - a);
  while (total(widthsOf(shown)) > width && droppable.length > 0)
    shown.splice(shown.indexOf(droppable.shift()!), 1);
  const widths = widthsOf(shown);
  // Then narrow the widest wrapping column, one column at a time, down to its floor.
  const floor = shown.map((i) =>
    columns[i]!.wraps
      ? Math.min(natural[i]!, Math.max(MIN_WRAP, longestWord(columns[i]!.header)))
      : natural[i]!,
  );
  let excess = total(widths) - width;
  while (excess > 0) {
    let widest = -1;
    for (let k = 0; k < widths.length; k++)
      if (widths[k]! > floor[k]! && (widest < 0 || widths[k]! > widths[widest]!)) widest = k;
    if (widest < 0) return { kind: "records" };
    widths[widest]!--;
    excess--;
  }
  // A grid whose cells wrap into tall columns of words reads worse than one block per row.
  const tallest = Math.max(
    0,
    ...shown.flatMap((i, k) =>
      columns[i]!.wraps ? columns[i]!.cells.map((t) => wrapText(t, widths[k]!).length) : [],
    ),
  );
  return tallest > MAX_LINES ? { kind: "records" } : { kind: "grid", shown, widths };
}

function lineWidth(text: string): number {
  return Math.max(0, ...text.split("\n").map(displayWidth));
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map(displayWidth));
}
