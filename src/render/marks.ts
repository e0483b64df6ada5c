// The marks a chart puts on a figure that is not a plain final one, the same as in tables: a prefix
// for the source's hedge ("~" about) and a letter for the status ("d" derived), with a legend line
// that explains the marks used.
import type { ChartPoint } from "../result.js";
import { HEDGE_MARKS, HEDGE_WORDS, STATUS_MARKS, STATUS_WORDS } from "./cells.js";

export interface PointMarks {
  /** Before the value: the hedge ("~", ">", "<") or "". */
  hedge: string;
  /** After the value: the status letter ("d", "e", "p", "f") or "". */
  status: string;
}

export function marksOf(point: ChartPoint): PointMarks {
  if (point.value === null) return { hedge: "", status: "" };
  return {
    hedge: HEDGE_MARKS[point.hedge ?? ""] ?? "",
    status: STATUS_MARKS[point.status ?? ""] ?? "",
  };
}

/** Both marks as one word, hedge first ("~d"); "" for a plain final figure. */
export function markText(point: ChartPoint): string {
  const m = marksOf(point);
  return m.hedge + m.status;
}

/** "~ about · d derived (see --explain)" for the marks the points carry; "" when none does. */
export function marksLegend(points: Iterable<ChartPoint>): string {
  const hedges = new Set<string>();
  const statuses = new Set<string>();
  for (const p of points) {
    const m = marksOf(p);
    if (m.hedge) hedges.add(m.hedge);
    if (m.status) statuses.add(m.status);
  }
  return [
    ...Object.entries(HEDGE_WORDS).filter(([mark]) => hedges.has(mark)),
    ...Object.entries(STATUS_WORDS).filter(([mark]) => statuses.has(mark)),
  ]
    .map(([mark, word]) => `${mark} ${word}`)
    .join(" · ");
}
