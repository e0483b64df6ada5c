// Output settings decided once, here: colour (from --color, NO_COLOR, FORCE_COLOR and whether
// stdout is a terminal), width, number locale and a picture's size. Renderers get the decisions;
// chalk never decides itself.
import { UsageError } from "./errors.js";
import { type ColorMode, type Format, type Locale, PICTURE_FORMATS, type Theme } from "./values.js";

export function decideColor(
  mode: ColorMode,
  env: NodeJS.ProcessEnv,
  stdoutIsTTY: boolean,
): boolean {
  if (mode === "always") return true;
  if (mode === "never") return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return stdoutIsTTY && env.TERM !== "dumb";
}

// Widths outside this range are a mistake (COLUMNS=1e9) or a terminal too narrow to draw in: a
// width is clamped into it, so a chart never tries to fill a billion columns.
export const WIDTH_RANGE = { min: 20, max: 1000 } as const;

/** The terminal's width, else COLUMNS (a whole number; anything else is ignored), else 80. */
export function decideWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  const fromEnv = /^\s*\d+\s*$/.test(env.COLUMNS ?? "") ? Number(env.COLUMNS) : 0;
  const width = columns && columns > 0 ? columns : fromEnv > 0 ? fromEnv : 80;
  return Math.min(WIDTH_RANGE.max, Math.max(WIDTH_RANGE.min, Math.floor(width)));
}

/** --locale, else the language of LC_ALL, LC_NUMERIC or LANG (vi_VN.UTF-8 → vi), else en. */
export function decideLocale(option: Locale | undefined, env: NodeJS.ProcessEnv): Locale {
  if (option) return option;
  const lang = (env.LC_ALL || env.LC_NUMERIC || env.LANG || "").toLowerCase();
  return lang.startsWith("vi") ? "vi" : lang.startsWith("ja") ? "ja" : "en";
}

// A picture's size when none is asked for: 16:9, wide enough for a slide or a page.
export const PICTURE_SIZE = { width: 1200, height: 675 };
// Smaller, and the text crowds the chart out; larger, and a PNG takes hundreds of megabytes.
const PIXELS = { min: 320, max: 4096 };

/** A picture's size and theme, from --width, --height and --theme; with no picture, an error. */
export function decidePicture(
  format: Format,
  options: { width?: string; height?: string; theme?: Theme },
): { width: number; height: number; theme: Theme } | undefined {
  const isPicture = PICTURE_FORMATS.includes(format);
  for (const name of ["width", "height", "theme"] as const)
    if (options[name] !== undefined && !isPicture)
      throw new UsageError(`--${name} is for pictures: add --format ${PICTURE_FORMATS.join("|")}`);
  if (!isPicture) return undefined;
  return {
    width: pixels(options.width, "width", PICTURE_SIZE.width),
    height: pixels(options.height, "height", PICTURE_SIZE.height),
    theme: options.theme ?? "light",
  };
}

function pixels(text: string | undefined, name: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < PIXELS.min || n > PIXELS.max)
    throw new UsageError(
      `invalid --${name} '${text}': give a number of pixels from ${PIXELS.min} to ${PIXELS.max}`,
    );
  return n;
}
