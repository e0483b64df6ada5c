// Terminal charts, drawn on a character grid: line charts with a year axis (gaps for missing years,
// a zero line when values cross zero, years bucketed when they outnumber the columns), diverging
// bars for a balance, horizontal bars for shares, and sparklines. Pure: returns strings no wider
// than `width`. asciichart was the starting point, but it has no gaps, zero line or x axis, so the
// grid is our own.
import { Chalk } from "chalk";
import { fixed, signed } from "./numbers.js";

export interface ChartOptions {
  width: number;
  color: boolean;
  ascii: boolean;
  height?: number;
}

export interface LineSeries {
  name: string;
  values: ReadonlyArray<number | null>;
}

const GLYPHS = {
  unicode: {
    point: ["●", "◆", "■", "▲"],
    flat: "─",
    up: "╱",
    down: "╲",
    vertical: "│",
    axis: "│",
    zero: "┈",
    tick: "┬",
    base: "─",
    bar: "█",
    half: "▌",
    spark: "▁▂▃▄▅▆▇█",
  },
  ascii: {
    point: ["o", "*", "#", "+"],
    flat: "-",
    up: "/",
    down: "\\",
    vertical: "|",
    axis: "|",
    zero: ".",
    tick: "+",
    base: "-",
    bar: "#",
    half: "#",
    spark: "_.-=+*#@",
  },
};
const COLORS = ["cyan", "magenta", "yellow", "green"] as const;

/**
 * Values in USD millions are labelled in billions; decimals fit the range so ticks never repeat.
 */
function bn(mn: number, span: number): string {
  return fixed(mn / 1000, span >= 10_000 ? 0 : span >= 1_000 ? 1 : 2);
}

interface Buckets {
  labels: number[];
  values: Array<Array<number | null>>;
  bucketed: boolean;
}

/**
 * More years than columns: average consecutive years into buckets, each labelled by its first year.
 */
function bucket(years: readonly number[], series: readonly LineSeries[], columns: number): Buckets {
  if (years.length <= columns)
    return { labels: [...years], values: series.map((s) => [...s.values]), bucketed: false };
  const size = Math.ceil(years.length / columns);
  const labels: number[] = [];
  const values: Array<Array<number | null>> = series.map(() => []);
  for (let i = 0; i < years.length; i += size) {
    labels.push(years[i]!);
    series.forEach((s, j) => {
      const part = s.values.slice(i, i + size).filter((v): v is number => v !== null);
      values[j]!.push(part.length ? part.reduce((a, b) => a + b, 0) / part.length : null);
    });
  }
  return { labels, values, bucketed: true };
}

export function lineChart(
  years: readonly number[],
  series: readonly LineSeries[],
  options: ChartOptions,
): string {
  const g = options.ascii ? GLYPHS.ascii : GLYPHS.unicode;
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const all = series.flatMap((s) => s.values).filter((v): v is number => v !== null);
  if (all.length === 0) return "no values to draw\n";
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (lo < 0 && hi < 0) hi = 0;
  if (lo > 0 && hi > 0 && lo < hi * 0.25) lo = 0;
  if (lo === hi) [lo, hi] = lo === 0 ? [-1, 1] : [lo - Math.abs(lo) * 0.1, hi + Math.abs(hi) * 0.1];
  const span = hi - lo;
  const labelWidth = Math.max(bn(lo, span).length, bn(hi, span).length) + 1;
  const plotWidth = Math.max(8, options.width - labelWidth - 2);
  const data = bucket(years, series, plotWidth);
  const n = data.labels.length;
  const height = Math.max(5, options.height ?? 12);
  const rowOf = (v: number) => Math.round(((hi - v) / span) * (height - 1));
  const colOf = (i: number) =>
    n === 1 ? Math.floor(plotWidth / 2) : Math.round((i * (plotWidth - 1)) / (n - 1));
  const grid: string[][] = Array.from({ length: height }, () =>
    Array.from({ length: plotWidth }, () => " "),
  );
  const crossesZero = lo < 0 && hi > 0;
  if (crossesZero) for (let c = 0; c < plotWidth; c++) grid[rowOf(0)]![c] = paint.dim(g.zero);

  data.values.forEach((values, j) => {
    const color = (s: string) => (options.color ? paint[COLORS[j % COLORS.length]!](s) : s);
    for (let i = 0; i + 1 < n; i++) {
      const a = values[i];
      const b = values[i + 1];
      if (a == null || b == null) continue; // a missing year is a gap, never a zero
      const c0 = colOf(i);
      const c1 = colOf(i + 1);
      for (let c = c0 + 1; c < c1; c++) {
        const here = rowOf(a + ((b - a) * (c - c0)) / (c1 - c0));
        const next = rowOf(a + ((b - a) * (c + 1 - c0)) / (c1 - c0));
        grid[here]![c] = color(next < here ? g.up : next > here ? g.down : g.flat);
        for (let r = Math.min(here, next) + 1; r < Math.max(here, next); r++)
          grid[r]![c] = color(g.vertical);
      }
    }
    values.forEach((v, i) => {
      if (v != null) grid[rowOf(v)]![colOf(i)] = color(g.point[j % g.point.length]!);
    });
  });

  const tickRows = new Map<number, string>([
    [0, bn(hi, span)],
    [height - 1, bn(lo, span)],
    [Math.round((height - 1) / 2), bn((hi + lo) / 2, span)],
  ]);
  if (crossesZero) tickRows.set(rowOf(0), "0");
  const lines = grid.map(
    (row, r) => `${(tickRows.get(r) ?? "").padStart(labelWidth)} ${g.axis}${row.join("")}`,
  );

  // The x axis: a tick under every labelled year, labels placed where they fit without overlapping.
  const axis = Array.from({ length: plotWidth }, () => g.base);
  const labelLine = Array.from({ length: plotWidth + 4 }, () => " ");
  const order = [0, n - 1, ...Array.from({ length: Math.max(0, n - 2) }, (_, i) => i + 1)];
  const placed = new Set<number>();
  for (let i = 0; i < n; i++) axis[colOf(i)] = g.tick;
  for (const i of order) {
    const text = String(data.labels[i]);
    const start = Math.min(Math.max(0, colOf(i) - 2), plotWidth - text.length);
    const clash = [...placed].some((p) => Math.abs(p - start) < text.length + 1);
    if (clash) continue;
    placed.add(start);
    for (let k = 0; k < text.length; k++) labelLine[start + k] = text[k]!;
  }
  lines.push(`${" ".repeat(labelWidth)} ${g.base}${axis.join("")}`);
  lines.push(`${" ".repeat(labelWidth + 2)}${labelLine.join("").trimEnd()}`);
  const legend = series.map((s, j) => {
    const mark = g.point[j % g.point.length]!;
    return `${options.color ? paint[COLORS[j % COLORS.length]!](mark) : mark} ${s.name}`;
  });
  const key = `${legend.join("   ")}   (USD bn)${data.bucketed ? `; ${Math.ceil(years.length / plotWidth)}-year averages` : ""}`;
  // The legend's colour codes take no columns: wrap by its visible text.
  lines.push(
    ...(options.color ? [key] : wrap(key, options.width - labelWidth - 2)).map(
      (l) => " ".repeat(labelWidth + 2) + l,
    ),
  );
  return `${lines.join("\n")}\n`;
}

/**
 * One bar per label, diverging from a centre axis: negatives to the left, positives to the right.
 */
export function divergingBars(
  labels: readonly string[],
  values: ReadonlyArray<number | null>,
  options: ChartOptions,
): string {
  const g = options.ascii ? GLYPHS.ascii : GLYPHS.unicode;
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const present = values.filter((v): v is number => v !== null);
  const max = Math.max(1, ...present.map(Math.abs));
  const labelWidth = Math.max(...labels.map((l) => l.length));
  const valueWidth = Math.max(4, ...present.map((v) => signed(v / 1000, 2).length));
  const half = Math.max(3, Math.floor((options.width - labelWidth - valueWidth - 4) / 2));
  const lines = labels.map((label, i) => {
    const v = values[i];
    if (v === null || v === undefined)
      return `${label.padStart(labelWidth)} ${" ".repeat(half)}${g.axis}${" ".repeat(half)} ${"n/a".padStart(valueWidth)}`;
    const len = Math.round((Math.abs(v) / max) * half);
    const bar = g.bar.repeat(len);
    const left =
      v < 0 ? " ".repeat(half - len) + (options.color ? paint.red(bar) : bar) : " ".repeat(half);
    const right =
      v >= 0 ? (options.color ? paint.green(bar) : bar) + " ".repeat(half - len) : " ".repeat(half);
    return `${label.padStart(labelWidth)} ${left}${g.axis}${right} ${signed(v / 1000, 2).padStart(valueWidth)}`;
  });
  const head = `${" ".repeat(labelWidth + 1)}${"deficit".padStart(half)}${g.axis}surplus`;
  return `${[head, ...lines].join("\n")}\n`;
}

/** Horizontal bars, largest first, each labelled with its value and share. */
export function horizontalBars(
  rows: ReadonlyArray<{ label: string; value: number; note: string }>,
  options: ChartOptions,
): string {
  const g = options.ascii ? GLYPHS.ascii : GLYPHS.unicode;
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  if (rows.length === 0) return "";
  const max = Math.max(...rows.map((r) => r.value), 1);
  const noteWidth = Math.max(...rows.map((r) => r.note.length));
  const labelWidth = Math.min(
    Math.max(...rows.map((r) => r.label.length)),
    Math.max(10, Math.floor(options.width / 3)),
  );
  const barWidth = Math.max(4, options.width - labelWidth - noteWidth - 3);
  return `${rows
    .map((r) => {
      const label =
        r.label.length > labelWidth
          ? `${r.label.slice(0, labelWidth - 1)}…`
          : r.label.padEnd(labelWidth);
      const len = Math.max(r.value > 0 ? 1 : 0, Math.round((r.value / max) * barWidth));
      const bar = g.bar.repeat(len);
      return `${label} ${options.color ? paint.cyan(bar) : bar}${" ".repeat(barWidth - len)} ${r.note.padStart(noteWidth)}`;
    })
    .join("\n")}\n`;
}

/** A sparkline of a series: one glyph per value, a space for a missing one. */
export function sparkline(values: ReadonlyArray<number | null>, ascii: boolean): string {
  const glyphs = ascii ? GLYPHS.ascii.spark : GLYPHS.unicode.spark;
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return "";
  const lo = Math.min(...present);
  const hi = Math.max(...present);
  return values
    .map((v) =>
      v === null
        ? " "
        : glyphs[hi === lo ? 3 : Math.round(((v - lo) / (hi - lo)) * (glyphs.length - 1))],
    )
    .join("");
}

/** Word-wraps plain text to lines of at most `width` characters. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.flatMap((l) =>
    l.length <= width ? [l] : (l.match(new RegExp(`.{1,${Math.max(1, width)}}`, "g")) ?? []),
  );
}
