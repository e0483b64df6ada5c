// Picks the renderer for a format. Renderers are loaded on demand: a CSV never pays for the table
// renderer.

import type { Result } from "../result.js";
import type { Format, Locale } from "../values.js";

export interface RenderOptions {
  color: boolean;
  excelSafe?: boolean;
  ascii?: boolean;
  width?: number;
  /** Tables: every column, however wide. */
  wide?: boolean;
  /** Tables and markdown only: machine formats are never localised. */
  locale?: Locale;
}

export async function render(
  result: Result,
  format: Format,
  options: RenderOptions,
): Promise<string> {
  if (result.raw !== undefined) return result.raw;
  switch (format) {
    case "table":
      if (result.chart)
        return (await import("./drawing.js")).renderDrawing(result, {
          width: options.width ?? 80,
          color: options.color,
          ascii: Boolean(options.ascii),
        });
      return (await import("./table.js")).renderTable(result, options);
    case "csv":
      return (await import("./delimited.js")).renderCsv(result, options);
    case "tsv":
      return (await import("./delimited.js")).renderTsv(result, options);
    case "json":
      return (await import("./json.js")).renderJson(result);
    case "ndjson":
      return (await import("./json.js")).renderNdjson(result);
    case "md":
      if (result.chart) {
        const drawing = (await import("./drawing.js")).renderDrawing(result, {
          width: options.width ?? 80,
          color: false,
          ascii: Boolean(options.ascii),
        });
        return `\`\`\`text\n${drawing}\`\`\`\n`;
      }
      return (await import("./markdown.js")).renderMarkdown(result, options.locale);
  }
}
