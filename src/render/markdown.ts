// Markdown (GitHub table): the people's view, ready to paste into a document.

import type { Result } from "../result.js";
import type { Locale } from "../values.js";
import { cellText, legend, sourceLine, visibleColumns } from "./cells.js";

export function renderMarkdown(result: Result, locale: Locale = "en"): string {
  const columns = visibleColumns(result);
  const escapeCell = (s: string) =>
    s.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const texts: string[] = [];
  const lines = [
    `| ${columns.map((c) => escapeCell(c.label)).join(" | ")} |`,
    `| ${columns.map((c) => (c.kind === "text" ? "---" : "---:")).join(" | ")} |`,
    ...result.rows.map(
      (row) =>
        `| ${columns
          .map((c) => {
            const t = cellText(c, row, locale);
            texts.push(t);
            return escapeCell(t);
          })
          .join(" | ")} |`,
    ),
  ];
  const foot = [legend(texts), ...result.meta.notes, sourceLine(result)].filter(Boolean);
  return `${[
    result.title ? `**${escapeCell(result.title)}**\n` : "",
    lines.join("\n"),
    "",
    ...foot.map((f) => `_${escapeCell(f)}_  `),
  ]
    .filter((l, i) => l !== "" || i === 2)
    .join("\n")
    .trimEnd()}\n`;
}
