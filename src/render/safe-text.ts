// Text that comes from a dataset, a file name or the command line, made safe to print where a
// person reads it. A control character reaching a terminal is an instruction to it: ESC starts
// sequences that clear the screen, set the window title or write the clipboard; CR and backspace
// overwrite what was printed; NUL and BEL do their own things. Each is shown instead as a visible
// escape (\e, \r, \x07), so the text reads as what it holds. Machine formats (CSV, TSV, JSON,
// NDJSON) keep text exact and never go through here.
import type { Result, Row } from "../result.js";

// C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F); the `lines` form spares the newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const ALL = (pattern: RegExp) => new RegExp(pattern.source, "g");
const EVERY_CONTROL = ALL(CONTROL);
const EVERY_CONTROL_BUT_NEWLINE = ALL(CONTROL_BUT_NEWLINE);

const NAMED: Record<string, string> = {
  "\u001b": "\\e",
  "\r": "\\r",
  "\n": "\\n",
  "\t": "\\t",
  "\b": "\\b",
  "\f": "\\f",
  "\v": "\\v",
  "\u0000": "\\0",
};

function escaped(c: string): string {
  const code = c.charCodeAt(0);
  return (
    NAMED[c] ??
    (code < 0x80
      ? `\\x${code.toString(16).padStart(2, "0")}`
      : `\\u${code.toString(16).padStart(4, "0")}`)
  );
}

/** `text` on one line, every control character shown as an escape: for messages and --explain. */
export function visible(text: string): string {
  return CONTROL.test(text) ? text.replace(EVERY_CONTROL, escaped) : text;
}

/** `text` with its lines kept and every other control character shown: for tables and charts. */
export function visibleLines(text: string): string {
  return CONTROL_BUT_NEWLINE.test(text) ? text.replace(EVERY_CONTROL_BUT_NEWLINE, escaped) : text;
}

/**
 * The result with every text a person will read made visible: title, labels, text cells, notes
 * and the sources named under a table. Numbers are untouched.
 */
export function visibleResult(result: Result): Result {
  const row = (r: Row): Row => {
    const out: Row = {};
    for (const key in r) {
      const v = r[key]!;
      out[key] = typeof v === "string" ? visibleLines(v) : v;
    }
    return out;
  };
  return {
    ...result,
    title: visibleLines(result.title),
    chart: result.chart && visibleTexts(result.chart),
    columns: result.columns.map((c) => ({ ...c, label: visibleLines(c.label) })),
    rows: result.rows.map(row),
    meta: {
      ...result.meta,
      notes: result.meta.notes.map(visibleLines),
      sources: result.meta.sources.map((s) => ({
        ...s,
        publisher: visible(s.publisher),
        title: visible(s.title),
        url: visible(s.url),
        published: s.published === undefined ? undefined : visible(s.published),
      })),
    },
  };
}

// Keys whose text is a name for code, never shown: kept exact.
const CODE_KEYS = new Set(["type", "id"]);

/** Every text in `value` made visible, at any depth (the labels and notes of a chart). */
function visibleTexts<T>(value: T): T {
  if (typeof value === "string") return visibleLines(value) as T;
  if (Array.isArray(value)) return value.map(visibleTexts) as T;
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = CODE_KEYS.has(key) ? v : visibleTexts(v);
  return out as T;
}
