// JSON and NDJSON. JSON: { meta, columns, rows } — a stable shape documented in the README.
// NDJSON: one row object per line, nothing else, for streaming tools.
import type { Column, ColumnKind, Result } from "../result.js";

// The unit of each kind of value as machine formats carry it (tables show money in USD bn instead).
const MACHINE_UNITS: Partial<Record<ColumnKind, string>> = {
  usd_mn: "USD mn",
  pct: "%",
  pp: "pp",
  count: "count",
};

/** A column's label as scripts read it: named with the unit of the raw value it labels. */
function machineLabel(c: Column): string {
  const unit = MACHINE_UNITS[c.kind];
  const label = c.label || c.key.replace(/_/g, " ");
  return unit ? `${label} (${unit})` : label;
}

export function renderJson(result: Result): string {
  const document = {
    meta: { command: result.command, title: result.title, ...result.meta },
    columns: result.columns.map((c) => ({
      name: c.key,
      label: machineLabel(c),
      kind: c.kind,
      description: c.description,
    })),
    rows: result.rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

export function renderNdjson(result: Result): string {
  return result.rows.map((row) => `${JSON.stringify(row)}\n`).join("");
}
