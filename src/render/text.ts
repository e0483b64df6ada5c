// Text measured and wrapped in terminal columns (string-width: colour codes take none, Japanese
// characters two), so titles and notes in any language fit the same width as the table.
import stringWidth from "string-width";

// Characters that take one column each and begin no emoji: printable ASCII, Latin, Greek and
// Cyrillic letters without a separate combining mark, Vietnamese letters, punctuation such as "–",
// box drawing, blocks and the shapes charts use. Text made only of them is measured by its length;
// string-width, which builds and runs a long emoji pattern at every call (about 0.3 ms in a short
// run), measures the rest.
const NARROW =
  "\\x20-\\x7e\\xa0-\\u02ff\\u0370-\\u10ff\\u1e00-\\u1eff\\u2000-\\u2319\\u2500-\\u25fc";
// Characters that take two columns and are no emoji: Japanese kana, CJK punctuation (without 〰
// and 〽) and ideographs, Hangul syllables and full-width forms, as string-width counts them.
// Publishers' names in Japanese appear in source lines.
const WIDE =
  "\\u3001-\\u302f\\u3041-\\u3096\\u3099-\\u30ff\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff01-\\uff60";
const ONLY_NARROW = new RegExp(`^[${NARROW}]*$`);
const ONLY_NARROW_OR_WIDE = new RegExp(`^[${NARROW}${WIDE}]*$`);
const WIDE_CHARS = new RegExp(`[${WIDE}]`, "g");

/** Columns `text` takes in a terminal. */
export function displayWidth(text: string): number {
  if (ONLY_NARROW.test(text)) return text.length;
  if (ONLY_NARROW_OR_WIDE.test(text)) return text.length + (text.match(WIDE_CHARS)?.length ?? 0);
  return stringWidth(text);
}

/**
 * Word-wraps `text` to lines of at most `width` columns. A word longer than the width is cut (a
 * URL, say), so no line is ever wider.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      const candidate = line === "" ? word : `${line} ${word}`;
      if (displayWidth(candidate) <= limit) {
        line = candidate;
        continue;
      }
      if (line !== "") lines.push(line);
      line = word;
      while (displayWidth(line) > limit) {
        const [head, tail] = cutAt(line, limit);
        lines.push(head);
        line = tail;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Splits `text` after its first `width` columns. */
function cutAt(text: string, width: number): [string, string] {
  let used = 0;
  let i = 0;
  for (const char of text) {
    const w = displayWidth(char);
    if (used + w > width && i > 0) break;
    used += w;
    i += char.length;
  }
  return [text.slice(0, i), text.slice(i)];
}

/** Text shortened to `width` columns, ending with `ellipsis` when something was cut. */
export function truncate(text: string, width: number, ellipsis: string): string {
  if (displayWidth(text) <= width) return text;
  let kept = "";
  let used = displayWidth(ellipsis);
  for (const c of text) {
    used += displayWidth(c);
    if (used > width) break;
    kept += c;
  }
  return kept + ellipsis;
}

export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

// Characters vnjp itself prints, in their plain-ASCII spelling for --ascii.
const ASCII_SPELLING: Record<string, string> = {
  "–": "-",
  "—": "-",
  "−": "-",
  "·": "-",
  "…": "...",
  "≈": "~",
  "×": "x",
  Δ: "chg",
  "±": "+-",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
};

/**
 * 7-bit ASCII for --ascii: vnjp's own symbols get their ASCII spelling, Vietnamese letters lose
 * their diacritics (đ becomes d), and anything else left outside ASCII becomes "?".
 */
export function toAscii(text: string): string {
  return text
    .replace(/[–—−·…≈×Δ±‘’“”]/g, (c) => ASCII_SPELLING[c] ?? "?")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\p{ASCII}]/gu, "?");
}
