// CSV (RFC 4180) and TSV. Raw numbers, the unit in the column name, missing values empty.

import type { CellValue, Result } from "../result.js";
import { plainNumber } from "./numbers.js";

export interface DelimitedOptions {
  /** Prefix string cells that a spreadsheet would read as a formula; numbers are never touched. */
  excelSafe?: boolean;
}

export function renderCsv(result: Result, options: DelimitedOptions = {}): string {
  const lines = [result.columns.map((c) => csvField(c.key))];
  for (const row of result.rows)
    lines.push(result.columns.map((c) => csvField(raw(row[c.key], options))));
  // LF, as Miller, qsv and csvkit write it: awk and cut then see no stray carriage return.
  return `${lines.map((l) => l.join(",")).join("\n")}\n`;
}

export function renderTsv(result: Result, options: DelimitedOptions = {}): string {
  const lines = [result.columns.map((c) => tsvField(c.key))];
  for (const row of result.rows)
    lines.push(result.columns.map((c) => tsvField(raw(row[c.key], options))));
  return `${lines.map((l) => l.join("\t")).join("\n")}\n`;
}

function raw(v: CellValue | undefined, options: DelimitedOptions): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return plainNumber(v);
  return options.excelSafe && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// TSV has no quoting: tabs, newlines and backslashes inside a field are escaped as \t, \n, \r and
// \\.
function tsvField(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\t/g, "\\t")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r");
}
