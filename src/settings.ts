// Output settings decided once, here: colour (from --color, NO_COLOR, FORCE_COLOR and whether stdout
// is a terminal), width and number locale. Renderers get the decisions; chalk never decides itself.
import type { ColorMode, Locale } from "./values.js";

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

export function decideWidth(columns: number | undefined, env: NodeJS.ProcessEnv): number {
  if (columns && columns > 0) return columns;
  const fromEnv = Number(env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/** --locale, else the language of LC_ALL, LC_NUMERIC or LANG (vi_VN.UTF-8 → vi), else en. */
export function decideLocale(option: Locale | undefined, env: NodeJS.ProcessEnv): Locale {
  if (option) return option;
  const lang = (env.LC_ALL || env.LC_NUMERIC || env.LANG || "").toLowerCase();
  return lang.startsWith("vi") ? "vi" : lang.startsWith("ja") ? "ja" : "en";
}
