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

export type ChartSpec =
  | { type: "lines"; years: number[]; series: Array<{ name: string; key: string }> }
  | { type: "diverging"; labelKey: string; valueKey: string }
  | {
      type: "bars";
      labelKey: string;
      valueKey: string;
      shareKey: string;
      omit?: { key: string; values: string[] };
    };
