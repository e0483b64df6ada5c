// The characters people's output is drawn with, in two sets: Unicode, and 7-bit ASCII for --ascii.
// Every renderer takes its characters from here, so that --ascii means the same everywhere.

/** Table border characters, under the names cli-table3's `chars` option uses. */
export interface TableChars {
  top: string;
  "top-mid": string;
  "top-left": string;
  "top-right": string;
  bottom: string;
  "bottom-mid": string;
  "bottom-left": string;
  "bottom-right": string;
  left: string;
  "left-mid": string;
  mid: string;
  "mid-mid": string;
  right: string;
  "right-mid": string;
  middle: string;
}

const UNICODE_TABLE: TableChars = {
  top: "─",
  "top-mid": "┬",
  "top-left": "┌",
  "top-right": "┐",
  bottom: "─",
  "bottom-mid": "┴",
  "bottom-left": "└",
  "bottom-right": "┘",
  left: "│",
  "left-mid": "├",
  mid: "─",
  "mid-mid": "┼",
  right: "│",
  "right-mid": "┤",
  middle: "│",
};

const ASCII_TABLE: TableChars = {
  top: "-",
  "top-mid": "+",
  "top-left": "+",
  "top-right": "+",
  bottom: "-",
  "bottom-mid": "+",
  "bottom-left": "+",
  "bottom-right": "+",
  left: "|",
  "left-mid": "+",
  mid: "-",
  "mid-mid": "+",
  right: "|",
  "right-mid": "+",
  middle: "|",
};

/** The border characters of a table: pass them as cli-table3's `chars`. */
export function tableChars(ascii: boolean): TableChars {
  return ascii ? ASCII_TABLE : UNICODE_TABLE;
}

/** asciichart's ten symbols, in its order: zero, axis, two unused, flat, then corners, vertical. */
export type PlotSymbols = [
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
  string,
];

export interface ChartGlyphs {
  /** One point marker per series, on the year columns and in the legend. */
  point: readonly string[];
  /** asciichart's symbols for a data line. The axis symbols do not mark zero: see line-chart.ts. */
  line: PlotSymbols;
  /** asciichart's symbols for the zero line: the same, with a dotted flat stroke. */
  zero: PlotSymbols;
  /** The y axis: a tick row and a plain row. */
  tick: string;
  axis: string;
  /** The year axis: its corner, its line and a year's tick. */
  corner: string;
  base: string;
  yearTick: string;
  bar: string;
  spark: string;
  ellipsis: string;
}

const UNICODE_CHART: ChartGlyphs = {
  point: ["●", "◆", "■", "▲"],
  line: ["┤", "┤", "╶", "╴", "─", "╰", "╭", "╮", "╯", "│"],
  zero: ["┤", "┤", "╶", "╴", "┈", "╰", "╭", "╮", "╯", "│"],
  tick: "┤",
  axis: "│",
  corner: "└",
  base: "─",
  yearTick: "┬",
  bar: "█",
  spark: "▁▂▃▄▅▆▇█",
  ellipsis: "…",
};

const ASCII_CHART: ChartGlyphs = {
  point: ["o", "*", "#", "+"],
  line: ["|", "|", "-", "-", "-", "\\", "/", "\\", "/", "|"],
  zero: ["|", "|", "-", "-", ".", "\\", "/", "\\", "/", "|"],
  tick: "|",
  axis: "|",
  corner: "+",
  base: "-",
  yearTick: "+",
  bar: "#",
  spark: "_.-=+*#@",
  ellipsis: "...",
};

export function chartGlyphs(ascii: boolean): ChartGlyphs {
  return ascii ? ASCII_CHART : UNICODE_CHART;
}
