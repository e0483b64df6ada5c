// Bar charts: a balance over the years as bars diverging from a centre axis, and product groups as
// horizontal bars, one block per flow on one scale. Values are printed beside the bars with the
// same marks as in tables.
import { Chalk } from "chalk";
import type { Bar, BarsChart, ChartPoint, DivergingChart } from "../result.js";
import { chartGlyphs } from "./glyphs.js";
import type { Drawing, DrawOptions } from "./line-chart.js";
import { marksLegend, marksOf } from "./marks.js";
import { fixed, signed } from "./numbers.js";
import { displayWidth, padEnd, padStart, truncate } from "./text.js";

/** A value's text in USD bn, its hedge before it, and its status letter in a column of its own. */
function valueCells(point: ChartPoint, sign: boolean): { value: string; status: string } {
  if (point.value === null) return { value: "n/a", status: "" };
  const m = marksOf(point);
  const bn = point.value / 1000;
  return { value: m.hedge + (sign ? signed(bn, 2) : fixed(bn, 2)), status: m.status };
}

/** Right-aligned values, each followed by its status letter or a blank, in equal widths. */
function valueColumn(points: readonly ChartPoint[], sign: boolean): string[] {
  const cells = points.map((p) => valueCells(p, sign));
  const width = Math.max(...cells.map((c) => c.value.length));
  const marked = cells.some((c) => c.status);
  return cells.map((c) => padStart(c.value, width) + (marked ? ` ${c.status || " "}` : ""));
}

export function divergingBars(spec: DivergingChart, options: DrawOptions): Drawing {
  const g = chartGlyphs(options.ascii);
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const points = spec.series.points;
  const labels = spec.years.map(String);
  const values = valueColumn(points, true);
  const labelWidth = Math.max(...labels.map(displayWidth));
  const valueWidth = Math.max(...values.map(displayWidth));
  const half = Math.max(3, Math.floor((options.width - labelWidth - valueWidth - 3) / 2));
  const largest = Math.max(...points.map((p) => Math.abs(p.value ?? 0)));
  const lines = points.map((point, i) => {
    const v = point.value ?? 0;
    // The smallest deficit or surplus still shows its side.
    const length = v === 0 ? 0 : Math.max(1, Math.round((Math.abs(v) / largest) * half));
    const bar = g.bar.repeat(length);
    const left = v < 0 ? " ".repeat(half - length) + paint.red(bar) : " ".repeat(half);
    const right = v > 0 ? paint.green(bar) + " ".repeat(half - length) : " ".repeat(half);
    const value = padStart(values[i]!, valueWidth);
    return `${padStart(labels[i]!, labelWidth)} ${left}${g.axis}${right} ${value}`;
  });
  const sides = `${padStart(spec.negative, half)}${g.axis}${spec.positive}`;
  const head = `${" ".repeat(labelWidth + 1)}${sides}`;
  const legend = marksLegend(points);
  return { lines: [head, ...lines], notes: legend ? [`Marks: ${legend}.`] : [] };
}

/**
 * Each group under its own heading, bars largest first on one scale across the groups. What the
 * bars leave out of a total is listed last with its value and share, without a bar: drawn, it
 * would dwarf every group it is not.
 */
export function categoryBars(spec: BarsChart, options: DrawOptions): Drawing {
  const g = chartGlyphs(options.ascii);
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const listed = spec.groups.map((group) => [
    ...group.bars,
    ...(group.rest ? [group.rest] : []),
    group.total,
  ]);
  const every = listed.flat();
  const values = valueColumn(
    every.map((b) => b.point),
    false,
  );
  const shares = every.map((b) => (b.share === null ? "" : `${fixed(b.share, 1)}%`));
  const valueWidth = Math.max("USD bn".length, ...values.map(displayWidth));
  const shareWidth = Math.max("share".length, ...shares.map(displayWidth));
  const labelWidth = Math.min(
    Math.max(...every.map((b) => displayWidth(b.label))),
    Math.max(12, Math.floor(options.width * 0.4)),
  );
  const barWidth = Math.max(4, options.width - labelWidth - valueWidth - shareWidth - 4);
  const largest = Math.max(
    0,
    ...spec.groups.flatMap((gr) => gr.bars.map((b) => b.point.value ?? 0)),
  );
  const drawn = new Set(spec.groups.flatMap((gr) => gr.bars));

  const lines: string[] = [];
  let k = 0;
  spec.groups.forEach((group, i) => {
    const heading = truncate(group.label, labelWidth + 1 + barWidth, g.ellipsis);
    const columns = `${padStart("USD bn", valueWidth)} ${padStart("share", shareWidth)}`;
    lines.push(`${padEnd(heading, labelWidth + 1 + barWidth)} ${columns}`);
    for (const bar of listed[i]!) {
      const v = drawn.has(bar) ? (bar.point.value ?? 0) : 0;
      const length =
        largest === 0 || v <= 0 ? 0 : Math.max(1, Math.round((v / largest) * barWidth));
      const label = padEnd(truncate(bar.label, labelWidth, g.ellipsis), labelWidth);
      const body = paint.cyan(g.bar.repeat(length)) + " ".repeat(barWidth - length);
      lines.push(
        `${label} ${body} ${padStart(values[k]!, valueWidth)} ${padStart(shares[k]!, shareWidth)}`,
      );
      k++;
    }
  });
  const rest = spec.groups.find((gr) => gr.rest)?.rest;
  const legend = marksLegend(every.map((b: Bar) => b.point));
  return {
    lines,
    notes: [
      ...(rest
        ? [`${rest.label}: what the listed groups leave out of the total; it has no bar.`]
        : []),
      ...(every.some((b) => b.point.value === null)
        ? ["n/a: the sources give no value for the group in this period."]
        : []),
      ...(legend ? [`Marks: ${legend}.`] : []),
    ],
  };
}
