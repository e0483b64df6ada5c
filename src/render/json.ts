// JSON and NDJSON. JSON: { meta, columns, rows } — a stable shape documented in the README.
// NDJSON: one row object per line, nothing else, for streaming tools. Numbers are written as plain
// decimals (JSON.stringify writes 0.0000001 as 1e-7 and 1e21 with an exponent); strings as
// JSON.stringify writes them, lone surrogates escaped.
import type { Column, ColumnKind, Result } from "../result.js";
import { plainNumber } from "./numbers.js";

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

// Titles and notes are written for tables, which show money in USD bn; JSON carries it in USD mn,
// as its labels say, and its prose says so too.
const inMachineUnits = (text: string) => text.replaceAll("USD bn", "USD mn");

export function renderJson(result: Result): string {
  const document = {
    meta: {
      command: result.command,
      title: inMachineUnits(result.title),
      ...result.meta,
      notes: result.meta.notes.map(inMachineUnits),
    },
    columns: result.columns.map((c) => ({
      name: c.key,
      label: machineLabel(c),
      kind: c.kind,
      description: c.description,
    })),
    rows: result.rows,
  };
  return `${toJson(document, "  ")}\n`;
}

export function renderNdjson(result: Result): string {
  return result.rows.map((row) => `${toJson(row, "")}\n`).join("");
}

/** JSON text of `value`, indented by `indent` per level (none when empty), numbers plain. */
export function toJson(value: unknown, indent: string): string {
  // JSON.stringify writes the same text, natively and so faster, unless a number would take an
  // exponent there or a value is more than plain data.
  return isPlainData(value) ? JSON.stringify(value, null, indent) : plainJson(value, indent, "");
}

/**
 * Whether JSON.stringify writes `value` as plainJson does: plain objects and arrays of strings,
 * booleans, null, numbers without an exponent, and what both leave out of an object (undefined, a
 * function) and write as null in an array.
 */
function isPlainData(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined":
    case "function":
      return true;
    case "number":
      return !(value !== 0 && (Math.abs(value) < 1e-6 || Math.abs(value) >= 1e21));
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isPlainData);
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      for (const key in value)
        if (!isPlainData((value as Record<string, unknown>)[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

function plainJson(value: unknown, indent: string, margin: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "number":
      return Number.isFinite(value) ? plainNumber(value) : "null";
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "object":
      break;
    default:
      return "null";
  }
  const inner = margin + indent;
  const open = indent ? `\n${inner}` : "";
  const close = indent ? `\n${margin}` : "";
  const separator = indent ? `,\n${inner}` : ",";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${open}${value.map((v) => plainJson(v, indent, inner)).join(separator)}${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== "function",
  );
  if (entries.length === 0) return "{}";
  const colon = indent ? ": " : ":";
  return `{${open}${entries
    .map(([k, v]) => `${JSON.stringify(k)}${colon}${plainJson(v, indent, inner)}`)
    .join(separator)}${close}}`;
}
