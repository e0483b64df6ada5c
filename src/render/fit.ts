// Fits a table to the terminal's width, the way good command-line tools do: text columns wrap at
// word boundaries down to a comfortable width, then the columns of lowest priority go, then text
// wraps tighter; when even that cannot fit, or cells wrap into tall columns of words, the grid
// gives way to one block per row. Pure arithmetic on display widths.
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

// A wrapped column is narrowed to this width before any column is dropped...
const COMFORTABLE = 20;
// ...and to this one (or its header's longest word) before the grid gives up.
const NARROWEST = 12;
// The most lines a wrapped cell may take before the table turns into records.
const MAX_LINES = 3;

/** The columns to show and the width of each (without padding), or records when none fits. */
export function fitColumns(columns: readonly FitColumn[], width: number): Layout {
  const natural = columns.map((c) =>
    Math.max(displayWidth(c.header), ...c.cells.map((t) => lineWidth(t))),
  );
  const floorOf = (i: number, floor: number) =>
    columns[i]!.wraps
      ? Math.min(natural[i]!, Math.max(floor, longestWord(columns[i]!.header)))
      : natural[i]!;
  const total = (indexes: readonly number[], floor: number) =>
    indexes.reduce((sum, i) => sum + floorOf(i, floor) + 3, 1);
  const shown = columns.map((_, i) => i);
  // Drop by priority, the rightmost first among equals, while even comfortable wrapping is too
  // wide.
  const droppable = shown
    .filter((i) => columns[i]!.priority > 0)
    .sort((a, b) => columns[b]!.priority - columns[a]!.priority || b - a);
  while (total(shown, COMFORTABLE) > width && droppable.length > 0)
    shown.splice(shown.indexOf(droppable.shift()!), 1);
  const floor = total(shown, COMFORTABLE) <= width ? COMFORTABLE : NARROWEST;
  if (total(shown, floor) > width) return { kind: "records" };
  // Start every column at its floor, then give the room left to the wrapped columns, narrowest
  // first, up to their natural width.
  const widths = shown.map((i) => floorOf(i, floor));
  let room = width - total(shown, floor);
  for (let grew = true; room > 0 && grew; ) {
    grew = false;
    const order = shown.map((_, k) => k).sort((a, b) => widths[a]! - widths[b]!);
    for (const k of order) {
      if (room === 0 || widths[k]! >= natural[shown[k]!]!) continue;
      widths[k]!++;
      room--;
      grew = true;
    }
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
