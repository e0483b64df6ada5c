// The people's view of a result that asks for a chart: its title, the drawing, the notes the
// drawing needs, the result's notes and the source line, all fitted to the width in terminal
// columns. Under --ascii every text is spelt in ASCII before it is laid out, and the drawing uses
// ASCII glyphs.
import { Chalk } from "chalk";
import type { ChartSpec, Result } from "../result.js";
import { categoryBars, divergingBars } from "./bar-charts.js";
import { sourceLine } from "./cells.js";
import { type Drawing, type DrawOptions, lineChart } from "./line-chart.js";
import { toAscii, wrapText } from "./text.js";

// Pictures travel in this bundle, which only charts load (scripts/build.mjs).
export { renderPicture } from "./picture.js";
export type { DrawOptions };

export function renderDrawing(result: Result, options: DrawOptions): string {
  const spell = options.ascii ? toAscii : (text: string) => text;
  const spec = spelt(result.chart!, spell);
  const drawing: Drawing =
    spec.type === "lines"
      ? lineChart(spec, options)
      : spec.type === "diverging"
        ? divergingBars(spec, options)
        : categoryBars(spec, options);
  const paint = new Chalk({ level: options.color ? 1 : 0 });
  const fit = (text: string) => wrapText(spell(text), options.width);
  const foot = [...drawing.notes, ...result.meta.notes, sourceLine(result)].filter(Boolean);
  return `${[
    ...fit(result.title).map((l) => paint.bold(l)),
    ...drawing.lines.map((l) => l.trimEnd()),
    ...foot.flatMap(fit).map((l) => paint.dim(l)),
  ].join("\n")}\n`;
}

/** The chart with its labels spelt for the output (in ASCII under --ascii). */
function spelt(spec: ChartSpec, spell: (s: string) => string): ChartSpec {
  if (spec.type === "lines")
    return {
      ...spec,
      panels: spec.panels.map((p) => ({
        ...p,
        note: p.note === undefined ? undefined : spell(p.note),
        series: p.series.map((s) => ({ ...s, label: spell(s.label) })),
      })),
    };
  if (spec.type === "diverging")
    return { ...spec, negative: spell(spec.negative), positive: spell(spec.positive) };
  const bar = <B extends { label: string }>(b: B): B => ({ ...b, label: spell(b.label) });
  return {
    ...spec,
    groups: spec.groups.map((g) => ({
      ...g,
      label: spell(g.label),
      bars: g.bars.map(bar),
      rest: g.rest && bar(g.rest),
      total: bar(g.total),
    })),
  };
}
