// Line charts over the years. asciichart draws the lines; it has no gaps, no year axis and one
// column per value, and marks "zero" on the wrong row when the range crosses zero. So, around it:
// every call gets the same min, max and height, so that their rows line up; each run of consecutive
// years is plotted on its own and placed at its columns, so that a missing year stays empty; the
// years are stretched to the width by interpolating between yearly points; the zero line is a
// constant-0 series, drawn first in a dim colour; asciichart's own axis column is dropped (its
// symbols are passed so that it never marks zero) and vnjp draws the value axis, the year axis, the
// point markers on the year columns, the legend and the marks under the years.
import * as asciichart from "asciichart";
import { Chalk, type ChalkInstance } from "chalk";
import type { ChartPanel, ChartPoint, ChartSeries, LinesChart } from "../result.js";
import { HEDGES, STATUSES } from "../values.js";
import { labelledYears, rowOf, ticks, type ValueScale, valueScale, yearColumns } from "./axis.js";
import { type ChartGlyphs, chartGlyphs, type PlotSymbols } from "./glyphs.js";
import { marksLegend, markText } from "./marks.js";
import { fixed } from "./numbers.js";
import { wrapText } from "./text.js";

export interface DrawOptions {
  width: number;
  color: boolean;
  ascii: boolean;
}

/** Lines to print, and notes for under the drawing. */
export interface Drawing {
  lines: string[];
  notes: string[];
}

const COLORS = ["cyan", "magenta", "yellow", "green"] as const;
// Rows and at most how many tick steps: the flows' panel, then a balance's panel under it.
const PANEL_SIZE = [
  { rows: 12, steps: 6 },
  { rows: 10, steps: 6 },
];
// asciichart places a value x at visible column L + 2 + x, L the width of its labels; its labels
// are given 2 columns here and cut off with its axis.
const PLOT_LABEL = "  ";
const PLOT_MARGIN = PLOT_LABEL.length + 2;
// The last year's label reaches past the plot by up to this many columns.
const LABEL_OVERHANG = 2;

/** A series as drawn: its place among all series (its colour and marker) and its points. */
interface Drawn {
  series: ChartSeries;
  index: number;
  points: ChartPoint[];
  /** In USD bn, the unit of the axis. */
  values: Array<number | null>;
}

export function lineChart(spec: LinesChart, options: DrawOptions): Drawing {
  const g = chartGlyphs(options.ascii);
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const labelWidthFor = (scale: ValueScale) =>
    Math.max(...ticks(scale).map((t) => fixed(t, scale.decimals).length));
  const scales = spec.panels.map((panel, p) => {
    const present = panel.series
      .flatMap((s) => s.points.map((pt) => pt.value))
      .filter((v): v is number => v !== null)
      .map((v) => v / 1000);
    return valueScale(present.length ? present : [0], {
      signed: panel.signed,
      ...PANEL_SIZE[Math.min(p, PANEL_SIZE.length - 1)]!,
    });
  });
  const labelWidth = Math.max(2, ...scales.map(labelWidthFor));
  const plotWidth = Math.max(10, options.width - labelWidth - 2 - LABEL_OVERHANG);
  const allSeries = spec.panels.flatMap((p) => p.series);
  const fitted = fitYears(spec.years, allSeries, plotWidth);
  const columns = yearColumns(fitted.years.length, plotWidth);
  const frame: Frame = { g, paint, labelWidth, plotWidth, columns };
  const drawn: Drawn[] = allSeries.map((series, index) => ({
    series,
    index,
    points: fitted.points[index]!,
    values: fitted.points[index]!.map((pt) => (pt.value === null ? null : pt.value / 1000)),
  }));

  const lines: string[] = [];
  const notes: string[] = [];
  let first = 0;
  spec.panels.forEach((panel, p) => {
    const own = drawn.slice(first, first + panel.series.length);
    first += panel.series.length;
    const scale = scales[p]!;
    lines.push(...wrapText(panelHeader(panel, own, scale, frame), options.width));
    lines.push(...plotPanel(own, scale, frame));
    const which =
      spec.panels.length === 1 ? "The axis" : p === 0 ? "The upper axis" : "The lower axis";
    if (scale.min > 0)
      notes.push(`${which} starts at ${fixed(scale.min, scale.decimals)}, not at zero.`);
  });
  lines.push(...yearAxis(fitted.years, frame));
  for (const d of drawn) lines.push(...markStrips(d, frame));
  const legend = marksLegend(drawn.flatMap((d) => d.points));
  if (legend) notes.push(`Marks under the years, per series: ${legend}.`);
  if (fitted.perColumn > 1)
    notes.push(`Each point is the average of ${fitted.perColumn} years, labelled by the first.`);
  return { lines, notes };
}

interface Frame {
  g: ChartGlyphs;
  paint: ChalkInstance;
  labelWidth: number;
  plotWidth: number;
  columns: number[];
}

type Ink = (typeof COLORS)[number] | "dim";

function inkOf(index: number): Ink {
  return COLORS[index % COLORS.length]!;
}

function marker(frame: Frame, index: number): string {
  return frame.paint[inkOf(index)](frame.g.point[index % frame.g.point.length]!);
}

function crossesZero(scale: ValueScale): boolean {
  return scale.min < 0 && scale.max >= 0;
}

/** "● exports   ◆ imports   USD bn", with the zero line's stroke when there is one. */
function panelHeader(
  panel: ChartPanel,
  drawn: readonly Drawn[],
  scale: ValueScale,
  frame: Frame,
): string {
  const keys = drawn.map((d) => `${marker(frame, d.index)} ${d.series.label}`);
  const unit = panel.note ? `${panel.note}, USD bn` : "USD bn";
  const zero = crossesZero(scale) ? [`${frame.paint.dim(frame.g.zero[4].repeat(2))} zero`] : [];
  return [...keys, unit, ...zero].join("   ");
}

/** The plot area with its value axis: one line per row. */
function plotPanel(drawn: readonly Drawn[], scale: ValueScale, frame: Frame): string[] {
  const canvas = Array.from({ length: scale.height + 1 }, () =>
    Array.from({ length: frame.plotWidth }, (): Cell => ({ char: " ", ink: null })),
  );
  const place = (values: number[], start: number, symbols: PlotSymbols, ink: Ink) => {
    plotRun(values, scale, symbols).forEach((chars, r) => {
      chars.forEach((char, x) => {
        if (char !== " " && start + x < frame.plotWidth) canvas[r]![start + x] = { char, ink };
      });
    });
  };
  if (crossesZero(scale)) place(Array(frame.plotWidth).fill(0), 0, frame.g.zero, "dim");
  for (const d of drawn)
    for (const run of runsOf(d.values, frame.columns))
      place(run.values, run.start, frame.g.line, inkOf(d.index));
  // Markers last, so that no line hides a point.
  for (const d of drawn)
    d.values.forEach((v, i) => {
      if (v === null) return;
      const char = frame.g.point[d.index % frame.g.point.length]!;
      canvas[rowOf(v, scale)]![frame.columns[i]!] = { char, ink: inkOf(d.index) };
    });

  const labels = new Map(ticks(scale).map((t) => [rowOf(t, scale), fixed(t, scale.decimals)]));
  return canvas.map((cells, r) => {
    const label = labels.get(r);
    const axis = label === undefined ? frame.g.axis : frame.g.tick;
    return `${(label ?? "").padStart(frame.labelWidth)} ${axis}${painted(cells, frame)}`;
  });
}

interface Cell {
  char: string;
  ink: Ink | null;
}

/** A row's cells as text, each run of one colour painted once. */
function painted(cells: readonly Cell[], frame: Frame): string {
  let text = "";
  for (let i = 0; i < cells.length; ) {
    const ink = cells[i]!.ink;
    let run = "";
    for (; i < cells.length && cells[i]!.ink === ink; i++) run += cells[i]!.char;
    text += ink ? frame.paint[ink](run) : run;
  }
  return text;
}

/**
 * asciichart's drawing of one run of values, one array of cells per row, value i in cell i. It
 * draws the first value on its axis column, so that value is given twice.
 */
function plotRun(values: readonly number[], scale: ValueScale, symbols: PlotSymbols): string[][] {
  const text = asciichart.plot([values[0]!, ...values], {
    min: scale.min,
    max: scale.max,
    height: scale.height,
    offset: 3,
    format: () => PLOT_LABEL,
    symbols,
  });
  return text.split("\n").map((row) => [...row].slice(PLOT_MARGIN));
}

/** Each run of consecutive years with values, as one value per column from its first year's on. */
export function runsOf(
  values: ReadonlyArray<number | null>,
  columns: readonly number[],
): Array<{ start: number; values: number[] }> {
  const runs: Array<{ start: number; values: number[] }> = [];
  let run: { start: number; values: number[] } | null = null;
  values.forEach((v, i) => {
    if (v === null) {
      run = null;
      return;
    }
    const column = columns[i]!;
    if (run === null) {
      run = { start: column, values: [v] };
      runs.push(run);
      return;
    }
    // Between two yearly points, the columns take values on the straight line joining them.
    const before = values[i - 1]!;
    const from = columns[i - 1]!;
    for (let c = from + 1; c <= column; c++)
      run.values.push(before + ((v - before) * (c - from)) / (column - from));
  });
  return runs;
}

/** The line under the plot, a tick on each year's column, and the labels that fit. */
function yearAxis(years: readonly number[], frame: Frame): string[] {
  const { g, labelWidth, plotWidth, columns } = frame;
  const axis = Array.from({ length: plotWidth }, () => g.base);
  for (const c of columns) axis[c] = g.yearTick;
  const labelled = labelledYears(years, columns);
  const text = Array.from({ length: labelWidth + 2 + plotWidth + LABEL_OVERHANG }, () => " ");
  years.forEach((year, i) => {
    if (!labelled.has(year)) return;
    const start = labelWidth + 2 + columns[i]! - 1;
    [...String(year)].forEach((ch, k) => {
      text[start + k] = ch;
    });
  });
  return [`${" ".repeat(labelWidth)} ${g.corner}${axis.join("")}`, text.join("").trimEnd()];
}

/**
 * Under the year axis, a series' marks at their years' columns, the status letter on the column
 * and the hedge before it; a mark that would touch the one before goes on a further line.
 */
function markStrips(drawn: Drawn, frame: Frame): string[] {
  const strips: Array<{ cells: string[]; end: number }> = [];
  drawn.points.forEach((point, i) => {
    const mark = markText(point);
    if (!mark) return;
    const start = frame.columns[i]! - (mark.length - 1);
    let strip = strips.find((s) => start > s.end + 1);
    if (!strip) {
      strip = { cells: Array.from({ length: frame.plotWidth + 1 }, () => " "), end: -3 };
      strips.push(strip);
    }
    [...mark].forEach((ch, k) => {
      strip.cells[start + k + 1] = ch;
    });
    strip.end = start + mark.length - 1;
  });
  const gutter = `${" ".repeat(frame.labelWidth - 1)}${marker(frame, drawn.index)} `;
  return strips.map((s) => `${gutter}${s.cells.join("")}`.trimEnd());
}

/**
 * More years than columns: consecutive years averaged into one point per column, carrying the
 * least final status and the loosest hedge among them.
 */
function fitYears(
  years: readonly number[],
  series: readonly ChartSeries[],
  width: number,
): { years: number[]; points: ChartPoint[][]; perColumn: number } {
  const perColumn = Math.ceil(years.length / width);
  if (perColumn <= 1) return { years: [...years], points: series.map((s) => s.points), perColumn };
  const starts = years.map((_, i) => i).filter((i) => i % perColumn === 0);
  return {
    years: starts.map((i) => years[i]!),
    points: series.map((s) => starts.map((i) => merged(s.points.slice(i, i + perColumn)))),
    perColumn,
  };
}

function merged(points: readonly ChartPoint[]): ChartPoint {
  const present = points.filter((p): p is ChartPoint & { value: number } => p.value !== null);
  if (present.length === 0) return { value: null, status: null, hedge: null };
  const rank = <T>(order: readonly T[], x: T | null) => (x === null ? 0 : order.indexOf(x));
  return {
    value: present.reduce((sum, p) => sum + p.value, 0) / present.length,
    status: STATUSES[Math.max(...present.map((p) => rank(STATUSES, p.status)))]!,
    hedge: HEDGES[Math.max(...present.map((p) => rank(HEDGES, p.hedge)))]!,
  };
}
