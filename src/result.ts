// The one result object every command produces and every renderer reads: the table, the chart, the
// CSV and the JSON all show these rows.
import type { Hedge, Status } from "./values.js";

export type CellValue = number | string | null;
export type Row = Record<string, CellValue>;

export type ColumnKind =
  | "text"
  | "year"
  | "usd_mn" // money, stored in USD millions, shown in tables as USD bn
  | "pct" // a percentage or a percentage change, shown with a sign
  | "pp" // percentage points
  | "ratio"
  | "count"
  | "status"
  | "hedge";

export interface Column {
  key: string;
  /** Header for people (tables, markdown). Machine formats use `key`. */
  label: string;
  kind: ColumnKind;
  /** Meaning and unit, for the JSON `columns` part. */
  description: string;
  /**
   * Keys of the columns holding this cell's status and hedge: tables show them as marks on the
   * value.
   */
  statusOf?: string;
  hedgeOf?: string;
  /**
   * For scripts only (an id, or a raw number a people's column already shows as text): tables leave
   * it out.
   */
  machineOnly?: boolean;
  /**
   * Null means "does not apply" here (another column holds the value), so tables leave the cell
   * blank.
   */
  blankWhenNull?: boolean;
  /** A percentage column that is a change shows its sign. */
  signed?: boolean;
  /**
   * Tables wider than the terminal drop columns of higher priority first; 0 (the default) is never
   * dropped.
   */
  priority?: number;
}

export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  url: string;
  published?: string;
  agency: string;
}

export interface Result {
  command: string;
  title: string;
  columns: Column[];
  rows: Row[];
  meta: {
    dataset_version: string;
    dataset_date: string;
    units: Record<string, string>;
    sources: SourceRef[];
    notes: string[];
  };
  /** Text written as it is, whatever the format (a shell completion script). */
  raw?: string;
  /** For people's formats: draw this instead of a table. Machine formats print the rows. */
  chart?: ChartSpec;
  /** Columns whose trend a multi-year table shows as a sparkline under the table. */
  trend?: string[];
  /** Provenance, shown on stderr by --explain; never part of the data. */
  explain?: string[];
}

export type { Hedge, Status };

/**
 * A chart's data, for every renderer that draws one (the terminal's, a picture's): what is drawn,
 * per year or per group, each point with its status and hedge so that it carries its mark. Its
 * title, notes and sources are the Result's. Values are in USD millions, as in the rows; a null
 * value is a year without a figure, drawn as a gap.
 */
export type ChartSpec = LinesChart | DivergingChart | BarsChart;

export interface ChartPoint {
  value: number | null;
  status: Status | null;
  hedge: Hedge | null;
}

/** One point per year of the chart, in the chart's order. */
export interface ChartSeries {
  id: string;
  label: string;
  points: ChartPoint[];
}

/** Series drawn on one value axis. */
export interface ChartPanel {
  series: ChartSeries[];
  /** Values may be negative: the axis always holds zero, and a zero line is drawn. */
  signed: boolean;
  /** What a reader needs to know about this panel (it is on its own axis, and why). */
  note?: string;
}

/** Line charts over the years: the flows in one panel, a balance in its own panel below them. */
export interface LinesChart {
  type: "lines";
  years: number[];
  panels: ChartPanel[];
}

/** One bar per year, left for a negative value and right for a positive one. */
export interface DivergingChart {
  type: "diverging";
  years: number[];
  series: ChartSeries;
  negative: string;
  positive: string;
}

/** Horizontal bars per group, one group per flow, all on one scale. */
export interface BarsChart {
  type: "bars";
  groups: BarGroup[];
}

export interface Bar {
  id: string;
  label: string;
  point: ChartPoint;
  /** Percent of the group's total. */
  share: number | null;
}

export interface BarGroup {
  id: string;
  label: string;
  /** Largest first; bars without a value last. */
  bars: Bar[];
  /** What the bars leave out of the total: listed after them and not drawn to scale. */
  rest: Bar | null;
  total: Bar;
}
