// A chart as a Vega-Lite specification: the picture that --format svg and png render, and what
// --format vega-lite prints for people who restyle it. Built from the chart the result describes
// (src/result.ts), so it shows what the CSV and the terminal chart show:
// - a missing year is a gap: a line joins two years only when both have a figure;
// - a figure that is derived, estimated, projected or hedged ("about", "nearly", "more than") is a
//   hollow point on a dashed line, or a hollow bar with a dashed edge, and the key says so;
// - the balance has its own panel and axis under the flows, never the flows' scale;
// - under the chart: the notes, the years without a figure, the publishers, the dataset version.
// The key is drawn as a small view of its own: Vega-Lite's legends cannot show a hollow point
// beside a filled one. Pure: Vega is not loaded here (src/render/picture.ts renders the spec).
import { describeYears } from "../domain/years.js";
import type { ChartPoint, ChartSeries, ChartSpec, Result } from "../result.js";
import type { Theme } from "../values.js";
import { fixed, plainNumber } from "./numbers.js";
import { textWidth, wrapToWidth } from "./text-width.js";

export interface PictureOptions {
  /** The whole picture, in pixels. */
  width: number;
  height: number;
  theme: Theme;
}

/**
 * Pixels added to the drawing area so the whole picture comes out at the size asked for: the
 * renderer measures a first draft and sets them.
 */
export interface Slack {
  width: number;
  height: number;
}

export type VegaLiteSpec = Record<string, unknown>;
type Json = Record<string, unknown>;

export const FONT = "DejaVu Sans";
const REPORTED = "reported";
const QUALIFIED = "derived, estimated or hedged";
const REPORTED_STATUSES = ["final", "preliminary"];
const HEDGE_WORDS: Record<string, string> = {
  about: "about",
  nearly: "nearly",
  more_than: "more than",
};
const DASH = [6, 4];
const SOLID = [1, 0];

interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  domain: string;
  series: Record<string, string>;
  others: string[];
  surplus: string;
  deficit: string;
  rest: string;
}

const PALETTES: Record<Theme, Palette> = {
  light: {
    background: "#ffffff",
    text: "#1f2328",
    muted: "#57606a",
    grid: "#d8dee4",
    domain: "#8c959f",
    series: { turnover: "#4c78a8", exports: "#e8780c", imports: "#9c5fb5" },
    others: ["#4c78a8", "#e8780c", "#9c5fb5", "#2a9d8f"],
    surplus: "#3a8d3f",
    deficit: "#d1495b",
    rest: "#9aa4ae",
  },
  dark: {
    background: "#15191e",
    text: "#e6edf3",
    muted: "#9da7b3",
    grid: "#30363d",
    domain: "#6e7681",
    series: { turnover: "#79a7e0", exports: "#ffa94d", imports: "#d0a2e8" },
    others: ["#79a7e0", "#ffa94d", "#d0a2e8", "#5fd3c4"],
    surplus: "#7bc96f",
    deficit: "#ff7b88",
    rest: "#6e7681",
  },
};

// ---- What the chart holds ----------------------------------------------------------------------

interface Cell {
  value: number;
  status: string | null;
  hedge: string | null;
}

interface Series {
  /** The measure (turnover, exports…), which picks its colour; the label names it. */
  id: string;
  label: string;
  /** One cell per year of the chart, null where there is no figure. */
  cells: Array<Cell | null>;
}

interface YearChart {
  kind: "years";
  years: number[];
  flows: Series[];
  /** Series that can fall below zero (the balance): each on a panel of its own. */
  balances: Series[];
}

interface Bar extends Cell {
  label: string;
  share: number | null;
  /** The part of the flow the listed groups do not itemise: drawn last, in grey. */
  rest: boolean;
}

interface GroupChart {
  kind: "groups";
  panels: Array<{ flow: string; title: string; bars: Bar[]; unvalued: string[] }>;
}

type Chart = YearChart | GroupChart;

/** A point with a figure as a cell; a point without one (a gap) as null. */
function cellOf(point: ChartPoint): Cell | null {
  return point.value === null
    ? null
    : { value: point.value, status: point.status, hedge: point.hedge };
}

const seriesOf = (s: ChartSeries): Series => ({
  id: s.id,
  label: s.label,
  cells: s.points.map(cellOf),
});

/** What the picture draws, read from the chart the command describes (src/result.ts). */
function chartOf(chart: ChartSpec): Chart {
  if (chart.type === "bars")
    return {
      kind: "groups",
      panels: chart.groups.map((g) => {
        const all = [
          ...g.bars.map((b) => ({ b, rest: false })),
          ...(g.rest ? [{ b: g.rest, rest: true }] : []),
        ];
        const bars = all.flatMap(({ b, rest }): Bar[] => {
          const cell = cellOf(b.point);
          return cell ? [{ ...cell, label: b.label, share: b.share, rest }] : [];
        });
        const unvalued = all.filter(({ b }) => b.point.value === null).map(({ b }) => b.label);
        return { flow: g.id, title: g.label, bars, unvalued };
      }),
    };
  if (chart.type === "diverging")
    return {
      kind: "years",
      years: [...chart.years],
      flows: [],
      balances: [seriesOf(chart.series)],
    };
  const of = (signed: boolean) =>
    chart.panels.filter((p) => p.signed === signed).flatMap((p) => p.series.map(seriesOf));
  return { kind: "years", years: [...chart.years], flows: of(false), balances: of(true) };
}

function isReported(cell: Cell): boolean {
  return (
    REPORTED_STATUSES.includes(cell.status ?? "final") &&
    (cell.hedge === null || cell.hedge === "exact")
  );
}

const basisOf = (cell: Cell) => (isReported(cell) ? REPORTED : QUALIFIED);

/** What a screen reader says of a mark, and a test reads back: the figure as the CSV has it. */
function describe(what: string, cell: Cell): string {
  const hedge = cell.hedge && HEDGE_WORDS[cell.hedge] ? `, ${HEDGE_WORDS[cell.hedge]}` : "";
  return `${what}: USD ${plainNumber(cell.value)} mn (${cell.status ?? "final"}${hedge})`;
}

function cellsOf(chart: Chart): Cell[] {
  if (chart.kind === "groups") return chart.panels.flatMap((p) => p.bars);
  return [...chart.flows, ...chart.balances].flatMap((s) => s.cells.filter((c) => c !== null));
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
// USD millions as billions, to the USD thousand the data is rounded to.
const bn = (mn: number) => Math.round(mn * 1000) / 1e6;

// ---- Sizes --------------------------------------------------------------------------------------

interface Sizes {
  unit: number;
  pad: number;
  title: number;
  label: number;
  footer: number;
  /** Width of the drawing area; the key and the notes under the chart take the same. */
  plotWidth: number;
}

function sizesFor(options: PictureOptions, slack: Slack): Sizes {
  // Type is sized for 1200 × 675 and scales with the picture, less so in a small one.
  const unit = Math.max(0.7, Math.min(options.width / 1200, options.height / 675));
  const pad = Math.round(18 * unit);
  const label = Math.round(14 * unit);
  return {
    unit,
    pad,
    title: Math.round(22 * unit),
    label,
    footer: Math.round(13 * unit),
    plotWidth: Math.max(80, Math.round(options.width - 2 * pad - 6 * label + slack.width)),
  };
}

// ---- The specification --------------------------------------------------------------------------

export function pictureSpec(
  result: Result,
  options: PictureOptions,
  slack: Slack = { width: 0, height: 0 },
): VegaLiteSpec {
  const palette = PALETTES[options.theme];
  const sizes = sizesFor(options, slack);
  const chart = chartOf(result.chart!);
  const title = wrapToWidth(result.title, options.width - 2 * sizes.pad, sizes.title, true);
  const key = keyView(keyEntries(chart, palette), sizes, palette);
  const footer = footerLines(result, chart, sizes);
  const spacing = Math.round(sizes.label * 1.2);
  const panels =
    chart.kind === "years" ? yearPanels(chart, palette, sizes) : groupPanels(chart, palette, sizes);
  // What is left for the panels once the title, key, axes and notes have their room.
  const taken =
    2 * sizes.pad +
    title.length * sizes.title * 1.25 +
    sizes.label +
    Number(key.height) +
    footer.length * footerLineHeight(sizes) +
    (panels.count + 1 + Number(Number(key.height) > 0)) * spacing +
    panels.overhead;
  const views = panels.build(Math.max(60, options.height - taken + slack.height));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    description: result.title,
    background: palette.background,
    padding: sizes.pad,
    title: {
      text: title.length === 1 ? title[0] : title,
      anchor: "start",
      fontSize: sizes.title,
      offset: sizes.label,
    },
    vconcat: [
      ...(Number(key.height) > 0 ? [key] : []),
      ...views,
      footerView(footer, sizes, palette),
    ],
    spacing,
    config: {
      font: FONT,
      view: { stroke: null },
      title: { color: palette.text },
      axis: {
        labelColor: palette.text,
        titleColor: palette.text,
        labelFontSize: sizes.label,
        titleFontSize: sizes.label,
        titleFontWeight: "normal",
        gridColor: palette.grid,
        domainColor: palette.domain,
        tickColor: palette.domain,
      },
      text: { color: palette.text },
    },
  };
}

// ---- The key ------------------------------------------------------------------------------------

interface KeyEntry {
  symbol: "line" | "bar";
  color: string;
  hollow: boolean;
  label: string;
}

function keyEntries(chart: Chart, palette: Palette): KeyEntry[] {
  const entries: KeyEntry[] = [];
  const lines = chart.kind === "years" && chart.flows.length > 0;
  if (chart.kind === "years") {
    entries.push(
      ...chart.flows.map(
        (s, i): KeyEntry => ({
          symbol: "line",
          color: seriesColor(s, i, palette),
          hollow: false,
          label: capital(s.label),
        }),
      ),
    );
    if (chart.balances.length)
      entries.push(
        { symbol: "bar", color: palette.surplus, hollow: false, label: "Vietnamese surplus" },
        { symbol: "bar", color: palette.deficit, hollow: false, label: "Vietnamese deficit" },
      );
  }
  if (cellsOf(chart).some((c) => !isReported(c)))
    entries.push(
      { symbol: lines ? "line" : "bar", color: palette.muted, hollow: false, label: REPORTED },
      { symbol: lines ? "line" : "bar", color: palette.muted, hollow: true, label: QUALIFIED },
    );
  // Product groups need no key when every figure is reported: each panel's title names its flow.
  return entries;
}

function keyView(entries: readonly KeyEntry[], sizes: Sizes, palette: Palette): Json {
  if (entries.length === 0) return { height: 0 };
  const rowHeight = Math.round(sizes.label * 1.8);
  const swatch = Math.round(sizes.label * 2.2);
  const gap = Math.round(sizes.label * 0.5);
  const between = Math.round(sizes.label * 1.6);
  const rules: Json[] = [];
  const points: Json[] = [];
  const boxes: Json[] = [];
  const labels: Json[] = [];
  let x = 0;
  let row = 0;
  for (const e of entries) {
    const width = swatch + gap + textWidth(e.label, sizes.label);
    if (x > 0 && x + width > sizes.plotWidth) {
      x = 0;
      row += 1;
    }
    const y = row * rowHeight + rowHeight / 2;
    const fill = e.hollow ? palette.background : e.color;
    const dash = e.hollow ? DASH : SOLID;
    if (e.symbol === "line") {
      rules.push({ x, x2: x + swatch, y, color: e.color, dash });
      points.push({ x: x + swatch / 2, y, color: e.color, fill });
    } else {
      const side = sizes.label * 0.9;
      const left = x + (swatch - side) / 2;
      boxes.push({
        x: left,
        x2: left + side,
        y: y - side / 2,
        y2: y + side / 2,
        color: e.color,
        fill,
        dash,
      });
    }
    labels.push({ x: x + swatch + gap, y, text: e.label });
    x += width + between;
  }
  // Positions in pixels, colours and dashes as they are: the key is drawn, not scaled.
  const px = (field: string) => ({ field, type: "quantitative", scale: null });
  return {
    width: sizes.plotWidth,
    height: (row + 1) * rowHeight,
    layer: [
      {
        data: { values: rules },
        mark: { type: "rule", strokeWidth: 2.5 * sizes.unit, aria: false },
        encoding: {
          x: px("x"),
          x2: { field: "x2" },
          y: px("y"),
          color: raw("color"),
          strokeDash: raw("dash"),
        },
      },
      {
        data: { values: points },
        mark: {
          type: "point",
          size: pointSize(sizes),
          strokeWidth: 2 * sizes.unit,
          opacity: 1,
          aria: false,
        },
        encoding: { x: px("x"), y: px("y"), stroke: raw("color"), fill: raw("fill") },
      },
      {
        data: { values: boxes },
        mark: { type: "bar", strokeWidth: 1.5 * sizes.unit, aria: false },
        encoding: {
          x: px("x"),
          x2: { field: "x2" },
          y: px("y"),
          y2: { field: "y2" },
          stroke: raw("color"),
          fill: raw("fill"),
          strokeDash: raw("dash"),
        },
      },
      {
        data: { values: labels },
        mark: {
          type: "text",
          align: "left",
          baseline: "middle",
          fontSize: sizes.label,
          aria: false,
        },
        encoding: { x: px("x"), y: px("y"), text: { field: "text" } },
      },
    ],
  };
}

// ---- Years: lines for the flows, bars for the balance -------------------------------------------

interface Panels {
  count: number;
  /** Height the panels take beyond their drawing areas (axes). */
  overhead: number;
  /** The panels, sharing `height` pixels of drawing area. */
  build(height: number): Json[];
}

const seriesColor = (s: Series, i: number, palette: Palette) =>
  palette.series[s.id] ?? palette.others[i % palette.others.length]!;
const pointSize = (sizes: Sizes) => Math.round(90 * sizes.unit * sizes.unit);
// A field that holds what is drawn (a colour, a dash pattern) rather than a value to scale.
const raw = (field: string) => ({ field, type: "nominal", scale: null });

function yearAxis(years: readonly number[], sizes: Sizes, labels: boolean): Json {
  // Every year is labelled; when the labels do not fit across they stand upright, and when even
  // that is too tight every second (or third…) year is.
  const slot = sizes.plotWidth / Math.max(1, years.length);
  const across = slot >= textWidth("2000", sizes.label) + sizes.label * 0.35;
  const step = slot >= sizes.label * 1.3 ? 1 : Math.ceil((sizes.label * 1.3) / slot);
  return {
    values: years.filter((_, i) => i % step === 0),
    format: "d",
    title: null,
    grid: false,
    labels,
    labelAngle: across ? 0 : -90,
    labelAlign: across ? "center" : "right",
    labelBaseline: across ? "top" : "middle",
    labelOverlap: false,
  };
}

function yearScale(years: readonly number[]): Json {
  return { domain: [years[0]! - 0.5, years[years.length - 1]! + 0.5], nice: false, zero: false };
}

function yearPanels(chart: YearChart, palette: Palette, sizes: Sizes): Panels {
  const hasFlows = chart.flows.length > 0;
  const count = Number(hasFlows) + chart.balances.length;
  // Year labels under the last panel only: the panels above share its years.
  const axis = sizes.label * 2;
  return {
    count,
    overhead: axis + (count - 1) * sizes.label * 0.5,
    build(height) {
      const balanceHeight = Math.round(
        (hasFlows ? height * 0.34 : height) / Math.max(1, chart.balances.length),
      );
      const views: Json[] = [];
      if (hasFlows)
        views.push(
          flowsView(
            chart,
            palette,
            sizes,
            height - balanceHeight * chart.balances.length,
            !chart.balances.length,
          ),
        );
      const last = chart.balances.length - 1;
      chart.balances.forEach((series, i) => {
        views.push(balanceView(chart, series, palette, sizes, balanceHeight, i === last));
      });
      return views;
    },
  };
}

function flowsView(
  chart: YearChart,
  palette: Palette,
  sizes: Sizes,
  height: number,
  labels: boolean,
): Json {
  const points: Json[] = [];
  const segments: Json[] = [];
  chart.flows.forEach((series, s) => {
    const name = capital(series.label);
    const color = seriesColor(series, s, palette);
    series.cells.forEach((cell, i) => {
      if (!cell) return;
      const year = chart.years[i]!;
      points.push({
        series: name,
        year,
        usd_bn: bn(cell.value),
        basis: basisOf(cell),
        color,
        fill: isReported(cell) ? color : palette.background,
        description: describe(`${name} ${year}`, cell),
      });
      // A line joins two years only when both have a figure: a missing year stays a gap.
      const next = series.cells[i + 1];
      if (next && chart.years[i + 1] === year + 1)
        segments.push({
          series: name,
          year,
          next_year: year + 1,
          usd_bn: bn(cell.value),
          next_usd_bn: bn(next.value),
          basis: isReported(cell) && isReported(next) ? REPORTED : QUALIFIED,
          color,
        });
    });
  });
  const x = {
    field: "year",
    type: "quantitative",
    scale: yearScale(chart.years),
    axis: yearAxis(chart.years, sizes, labels),
  };
  const y = {
    field: "usd_bn",
    type: "quantitative",
    title: "USD bn",
    axis: { tickCount: Math.max(3, Math.round(height / (sizes.label * 4))) },
  };
  return {
    width: sizes.plotWidth,
    height,
    layer: [
      {
        data: { values: segments },
        mark: { type: "rule", strokeWidth: 2.5 * sizes.unit, strokeCap: "round", aria: false },
        encoding: {
          x,
          x2: { field: "next_year" },
          y,
          y2: { field: "next_usd_bn" },
          color: raw("color"),
          strokeDash: dashes(),
        },
      },
      {
        data: { values: points },
        mark: { type: "point", size: pointSize(sizes), strokeWidth: 2 * sizes.unit, opacity: 1 },
        encoding: {
          x,
          y,
          stroke: raw("color"),
          fill: raw("fill"),
          description: { field: "description" },
        },
      },
    ],
  };
}

/** Solid for a reported figure, dashed for one derived, estimated or hedged. */
function dashes(): Json {
  return {
    field: "basis",
    type: "nominal",
    scale: { domain: [REPORTED, QUALIFIED], range: [SOLID, DASH] },
    legend: null,
  };
}

function balanceView(
  chart: YearChart,
  series: Series,
  palette: Palette,
  sizes: Sizes,
  height: number,
  labels: boolean,
): Json {
  const name = capital(series.label);
  const bars: Json[] = [];
  const missing: Json[] = [];
  series.cells.forEach((cell, i) => {
    const year = chart.years[i]!;
    if (!cell) {
      // No bar and no figure is not a zero: the year says so.
      missing.push({ year, text: "n/a" });
      return;
    }
    const color = cell.value >= 0 ? palette.surplus : palette.deficit;
    bars.push({
      year,
      from: year - 0.36,
      to: year + 0.36,
      usd_bn: bn(cell.value),
      basis: basisOf(cell),
      color,
      fill: isReported(cell) ? color : palette.background,
      description: describe(`${name} ${year}`, cell),
    });
  });
  const x = {
    field: "from",
    type: "quantitative",
    scale: yearScale(chart.years),
    axis: yearAxis(chart.years, sizes, labels),
  };
  return {
    width: sizes.plotWidth,
    height,
    layer: [
      {
        data: { values: bars },
        mark: { type: "bar", strokeWidth: 1.5 * sizes.unit },
        encoding: {
          x,
          x2: { field: "to" },
          y: {
            field: "usd_bn",
            type: "quantitative",
            title: [`${name}, USD bn`, "(> 0: surplus)"],
            axis: { tickCount: Math.max(2, Math.round(height / (sizes.label * 3.5))) },
          },
          y2: { datum: 0 },
          stroke: raw("color"),
          fill: raw("fill"),
          strokeDash: dashes(),
          description: { field: "description" },
        },
      },
      {
        mark: { type: "rule", color: palette.domain, aria: false },
        encoding: { y: { datum: 0, type: "quantitative" } },
      },
      {
        data: { values: missing },
        mark: {
          type: "text",
          color: palette.muted,
          fontSize: Math.round(sizes.label * 0.8),
          baseline: "bottom",
          dy: -2,
          aria: false,
        },
        encoding: {
          x: { field: "year", type: "quantitative" },
          y: { datum: 0, type: "quantitative" },
          text: { field: "text" },
        },
      },
    ],
  };
}

// ---- Product groups: horizontal bars, one panel per flow ----------------------------------------

function groupPanels(chart: GroupChart, palette: Palette, sizes: Sizes): Panels {
  const count = chart.panels.length;
  return {
    count,
    // Each panel's title, and its axis of values.
    overhead: count * (sizes.label * 1.6 + sizes.label * 3),
    build(height) {
      const bars = chart.panels.reduce((n, p) => n + Math.max(1, p.bars.length), 0);
      // Every panel on one scale, with the names in one column, so the flows compare at a glance.
      const all = chart.panels.flatMap((p) => p.bars);
      const shared = {
        longest: Math.max(0, ...all.map((b) => textWidth(b.label, sizes.label))),
        largest: Math.max(0, ...all.map((b) => bn(b.value))),
      };
      return chart.panels.map((panel) =>
        groupView(
          panel,
          palette,
          sizes,
          Math.round((height * Math.max(1, panel.bars.length)) / bars),
          shared,
        ),
      );
    },
  };
}

function groupView(
  { flow, title, bars }: GroupChart["panels"][number],
  palette: Palette,
  sizes: Sizes,
  height: number,
  shared: { longest: number; largest: number },
): Json {
  const color = palette.series[flow] ?? palette.others[0]!;
  const values = bars.map((b) => {
    const shade = b.rest ? palette.rest : color;
    return {
      group: b.label,
      usd_bn: bn(b.value),
      label: `${fixed(b.value / 1000, 2)} bn${b.share === null ? "" : ` · ${fixed(b.share, 1)}%`}`,
      basis: basisOf(b),
      color: shade,
      fill: isReported(b) ? shade : palette.background,
      description: describe(`${b.label}, ${flow}`, b),
    };
  });
  // With room, each group's name stands on its own line above its bar, so a long name takes no
  // room from the bars (the name and the bar are centred together in the group's slot); without,
  // the names stand on the left and the bars start after the longest.
  const slot = height / Math.max(1, bars.length);
  const nameLine = sizes.label * 1.25;
  const stacked = slot >= sizes.label * 2.6;
  const thickness = stacked
    ? Math.min(slot - nameLine - sizes.label * 0.5, sizes.label * 1.8)
    : Math.max(2, Math.min(slot * 0.7, sizes.label * 1.8));
  const barOffset = stacked ? nameLine / 2 : 0;
  const names = stacked
    ? 0
    : Math.round(Math.min(shared.longest + sizes.label, sizes.plotWidth * 0.4));
  return {
    title: {
      text: title,
      anchor: "start",
      fontSize: Math.round(sizes.label * 1.1),
      fontWeight: "bold",
    },
    width: sizes.plotWidth,
    height,
    data: { values },
    encoding: {
      y: { field: "group", type: "nominal", sort: values.map((v) => v.group), axis: null },
    },
    layer: [
      {
        mark: {
          type: "bar",
          strokeWidth: 1.5 * sizes.unit,
          height: thickness,
          yOffset: barOffset,
        },
        encoding: {
          x: {
            field: "usd_bn",
            type: "quantitative",
            title: "USD bn",
            axis: {
              tickCount: Math.max(2, Math.round((sizes.plotWidth - names) / (sizes.label * 8))),
            },
            // Room on the right for the largest bar's label.
            scale: { domainMax: shared.largest * 1.25, range: [names, sizes.plotWidth] },
          },
          stroke: raw("color"),
          fill: raw("fill"),
          strokeDash: dashes(),
          description: { field: "description" },
        },
      },
      {
        mark: {
          type: "text",
          align: "left",
          baseline: stacked ? "bottom" : "middle",
          dy: stacked ? barOffset - thickness / 2 - sizes.label * 0.2 : 0,
          fontSize: sizes.label,
          limit: names ? names - sizes.label * 0.5 : 0,
          aria: false,
        },
        encoding: { x: { value: 0 }, text: { field: "group" } },
      },
      {
        mark: {
          type: "text",
          align: "left",
          baseline: "middle",
          dx: Math.round(sizes.label * 0.4),
          dy: barOffset,
          fontSize: sizes.label,
          aria: false,
        },
        encoding: { x: { field: "usd_bn", type: "quantitative" }, text: { field: "label" } },
      },
    ],
  };
}

// ---- Under the chart ----------------------------------------------------------------------------

const footerLineHeight = (sizes: Sizes) => Math.round(sizes.footer * 1.5);

function gapsLine(chart: Chart): string | null {
  if (chart.kind !== "years") return null;
  const gaps = [...chart.flows, ...chart.balances].flatMap((s) => {
    const missing = chart.years.filter((_, i) => !s.cells[i]);
    return missing.length ? [`${s.label} ${describeYears(missing)}`] : [];
  });
  return gaps.length ? `No figure, left as a gap: ${gaps.join("; ")}.` : null;
}

function unvaluedLine(chart: Chart): string | null {
  if (chart.kind !== "groups") return null;
  const names = chart.panels.flatMap((p) => p.unvalued);
  return names.length ? `Not drawn, given only as a growth rate: ${names.join(", ")}.` : null;
}

/** The publishers, most cited first, in at most two lines: those that do not fit are counted. */
function sourcesLines(result: Result, width: number, size: number): string[] {
  const publishers = [...new Set(result.meta.sources.map((s) => s.publisher))];
  const text = (n: number) => {
    const more = n < publishers.length ? ` and ${publishers.length - n} more` : "";
    return `Sources: ${publishers.slice(0, n).join(", ")}${more}. Every article: vnjp sources.`;
  };
  for (let n = publishers.length; n > 1; n--) {
    const lines = wrapToWidth(text(n), width, size);
    if (lines.length <= 2) return lines;
  }
  return publishers.length ? wrapToWidth(text(1), width, size) : [];
}

function footerLines(result: Result, chart: Chart, sizes: Sizes): string[] {
  const fit = (text: string | null) =>
    text ? wrapToWidth(text, sizes.plotWidth, sizes.footer) : [];
  return [
    ...result.meta.notes.flatMap(fit),
    ...fit(gapsLine(chart)),
    ...fit(unvaluedLine(chart)),
    ...sourcesLines(result, sizes.plotWidth, sizes.footer),
    ...fit(`vnjp dataset ${result.meta.dataset_version} of ${result.meta.dataset_date}.`),
  ];
}

function footerView(lines: readonly string[], sizes: Sizes, palette: Palette): Json {
  const lineHeight = footerLineHeight(sizes);
  return {
    width: sizes.plotWidth,
    height: lineHeight * lines.length,
    data: { values: lines.map((text, i) => ({ top: i * lineHeight, text })) },
    mark: {
      type: "text",
      align: "left",
      baseline: "top",
      fontSize: sizes.footer,
      color: palette.muted,
      aria: false,
    },
    encoding: {
      x: { value: 0 },
      y: { field: "top", type: "quantitative", scale: null },
      text: { field: "text" },
    },
  };
}
