// Picks the renderer for a format. Renderers are loaded on demand: a CSV never pays for the table
// renderer.

import type { Result } from "../result.js";
import { PICTURE_SIZE } from "../settings.js";
import { type Format, type Locale, MACHINE_FORMATS, type Theme } from "../values.js";
import { visibleResult } from "./safe-text.js";

export interface RenderOptions {
  color: boolean;
  excelSafe?: boolean;
  ascii?: boolean;
  width?: number;
  /** Tables: every column, however wide. */
  wide?: boolean;
  /** Tables and markdown only: machine formats are never localised. */
  locale?: Locale;
  /** Pictures only: the size in pixels and the colours. */
  picture?: { width: number; height: number; theme: Theme };
}

export async function render(
  data: Result,
  format: Format,
  options: RenderOptions,
): Promise<string | Uint8Array> {
  if (data.raw !== undefined) return data.raw;
  // What people read shows control characters as escapes, pictures included; machine formats keep
  // text exact.
  const result = MACHINE_FORMATS.includes(format) ? data : visibleResult(data);
  switch (format) {
    case "svg":
    case "png":
    case "vega-lite":
      return (await import("./drawing.js")).renderPicture(
        result,
        format,
        options.picture ?? { ...PICTURE_SIZE, theme: "light" },
      );
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
