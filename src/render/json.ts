// JSON and NDJSON. JSON: { meta, columns, rows } — a stable shape documented in the README.
// NDJSON: one row object per line, nothing else, for streaming tools.
import type { Result } from "../result.js";

export function renderJson(result: Result): string {
  const document = {
    meta: { command: result.command, title: result.title, ...result.meta },
    columns: result.columns.map((c) => ({
      name: c.key,
      label: c.label,
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
