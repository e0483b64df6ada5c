// How a cell reads for people: the shared text of the table and markdown renderers, marks included.

import type { Column, Result, Row } from "../result.js";
import type { Locale } from "../values.js";
import { fixed, plainNumber, signed, usdBn, withThousands } from "./numbers.js";

// One letter per status that is not a plain final figure, and a prefix per hedge.
export const STATUS_MARKS: Record<string, string> = {
  preliminary: "p",
  estimate: "e",
  projection: "f",
  derived: "d",
  // On a growth rate: as the source states it, or one the reports state otherwise.
  stated: "s",
  conflict: "!",
};
export const STATUS_WORDS: Record<string, string> = {
  p: "preliminary",
  e: "estimate",
  f: "forecast made before the period ended",
  d: "derived (see --explain)",
  s: "growth as stated by the source",
  "!": "the reports state another growth rate (see the notes)",
};
export const HEDGE_MARKS: Record<string, string> = { more_than: ">", nearly: "<", about: "~" };
export const HEDGE_WORDS: Record<string, string> = {
  ">": "more than",
  "<": "nearly",
  "~": "about",
};

/** Columns a person sees: status and hedge columns become marks on the value they describe. */
export function visibleColumns(result: Result): Column[] {
  return result.columns.filter((c) => c.kind !== "status" && c.kind !== "hedge" && !c.machineOnly);
}

export function cellText(column: Column, row: Row, locale: Locale = "en"): string {
  const v = row[column.key];
  if (v === null || v === undefined)
    return column.kind === "text" || column.blankWhenNull ? "" : "n/a";
  if (typeof v === "string") return v;
  const body = localize(numberText(column, v), locale);
  const hedge = column.hedgeOf ? (HEDGE_MARKS[String(row[column.hedgeOf])] ?? "") : "";
  const status = column.statusOf ? (STATUS_MARKS[String(row[column.statusOf])] ?? "") : "";
  return `${hedge}${body}${status ? ` ${status}` : ""}`;
}

function numberText(column: Column, v: number): string {
  switch (column.kind) {
    case "usd_mn":
      return column.signed ? signed(v / 1000, 2) : usdBn(v);
    // The header says "%", so the cell need not: a narrower column.
    case "pct":
      return column.signed ? signed(v, 2) : fixed(v, 2);
    case "pp":
      return `${signed(v, 2)} pp`;
    case "ratio":
      return fixed(v, 2);
    case "count":
      return column.signed && v > 0 ? `+${withThousands(v)}` : withThousands(v);
    default:
      return plainNumber(v);
  }
}

/** Vietnamese writes the decimal comma and the thousands point: 51,43 and 5.608. */
export function localize(text: string, locale: Locale): string {
  return locale === "vi" ? text.replace(/[.,]/g, (c) => (c === "." ? "," : ".")) : text;
}

/** The legend for the marks that actually appear in `texts`. */
export function legend(texts: readonly string[]): string {
  const used: string[] = [];
  for (const [mark, word] of Object.entries(HEDGE_WORDS))
    if (texts.some((t) => t.startsWith(mark))) used.push(`${mark} ${word}`);
  for (const [mark, word] of Object.entries(STATUS_WORDS))
    if (texts.some((t) => t.endsWith(` ${mark}`))) used.push(`${mark} ${word}`);
  return used.join(" · ");
}

/** One line naming where the figures come from. */
export function sourceLine(result: Result): string {
  const sources = result.meta.sources;
  if (sources.length === 0) return "";
  const first = sources[0]!;
  const more = sources.length > 1 ? ` and ${sources.length - 1} more` : "";
  const date = first.published ? ` (${first.published})` : "";
  return `Source: ${first.publisher}${date}${more} · vnjp sources for all`;
}
