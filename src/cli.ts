// Builds the commander program, registers the commands, and is the one place that ends the process:
// it sets process.exitCode (never process.exit, which would cut piped output short).
import { join } from "node:path";
import { choiceOption, flagOption, type OptionValues, textOption } from "./commands/options.js";
import type { Context } from "./context.js";
import { LIMITS } from "./data/limits.js";
import { DataError, DatasetInvalidError, UsageError, VnjpError } from "./errors.js";
import type { ProgramHooks } from "./program/index.js";
import type { RenderOptions } from "./render/index.js";
import { visible } from "./render/safe-text.js";
import type { Result } from "./result.js";
import { decideColor, decideLocale, decidePicture, decideWidth } from "./settings.js";
import { isClosed, isTerminal, writeAll } from "./stdio.js";
import {
  COLOR_MODES,
  type ColorMode,
  FORMATS,
  type Format,
  LOCALES,
  type Locale,
  MACHINE_FORMATS,
  PICTURE_FORMATS,
  THEMES,
  type Theme,
} from "./values.js";
import { VERSION } from "./version.js";

export interface Io {
  /** Standard output: text as UTF-8, or bytes as they are (a PNG). */
  out(data: string | Uint8Array): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  columns?: number;
  bundledDataDir: string;
  bundledPackDir?: string;
}

/** The options every command takes, read once from what their parsers (program/) left. */
interface GlobalOptions {
  format: Format;
  color: ColorMode;
  data?: string;
  dataOnly: boolean;
  explain: boolean;
  excelSafe: boolean;
  ascii: boolean;
  wide: boolean;
  locale?: Locale;
  // chart and categories: a picture's size in pixels, and its colours.
  width?: string;
  height?: string;
  theme?: Theme;
}

function globalOptions(values: OptionValues): GlobalOptions {
  return {
    format: choiceOption(values, "format", FORMATS) ?? "table",
    color: choiceOption(values, "color", COLOR_MODES) ?? "auto",
    data: textOption(values, "data"),
    dataOnly: flagOption(values, "dataOnly"),
    explain: flagOption(values, "explain"),
    excelSafe: flagOption(values, "excelSafe"),
    ascii: flagOption(values, "ascii"),
    wide: flagOption(values, "wide"),
    locale: choiceOption(values, "locale", LOCALES),
    width: textOption(values, "width"),
    height: textOption(values, "height"),
    theme: choiceOption(values, "theme", THEMES),
  };
}

const OVERVIEW = `vnjp — Vietnam–Japan trade and relations, offline, every figure sourced

Most useful commands:
  vnjp trade --year 2025              turnover, exports, imports, balance and growth
  vnjp trade --from 2015 --to 2025    one row per year
  vnjp trade --year 2025 --explain    which source each figure comes from
  vnjp trade --format csv             raw numbers for scripts (also tsv, json, ndjson, md)

Run 'vnjp --help' for every command and option, 'vnjp <command> --help' for one.
`;

/** Runs vnjp on `argv` (without node and script) and returns the exit status. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V")) {
    io.out(`${VERSION}\n`);
    return 0;
  }
  if (argv.length === 0) {
    io.out(OVERVIEW);
    return 0;
  }
  const debug = io.env.VNJP_DEBUG === "1";
  try {
    const { buildProgram } = await import("./program/index.js");
    let result: { result: Result; format: Format; output: RenderOptions } | undefined;
    const hooks: ProgramHooks = {
      version: VERSION,
      width: decideWidth(io.columns, io.env),
      out: io.out,
      err: io.err,
      execute: async (options, action) => {
        const globals = globalOptions(options);
        result = {
          result: await action(contextFor(globals, io)),
          format: globals.format,
          output: outputFor(globals, io),
        };
      },
    };
    const program = buildProgram(hooks, argv);
    await program.parseAsync([...argv], { from: "user" });
    if (!result) return 0;
    await write(result.result, result.format, result.output, io);
    return 0;
  } catch (err) {
    return report(err, io, debug);
  }
}

function contextFor(options: GlobalOptions, io: Io): Context {
  const userDataDir = options.data ?? (io.env.VNJP_DATA || undefined);
  if (options.dataOnly && !userDataDir)
    throw new UsageError("--data-only needs --data DIR or VNJP_DATA", "see: vnjp --help");
  return {
    bundledDataDir: io.bundledDataDir,
    bundledPackDir: io.bundledPackDir,
    userDataDir,
    userDataOnly: options.dataOnly,
    explain: options.explain,
  };
}

/** Colour, width and number format, decided once from the options and the environment. */
function outputFor(options: GlobalOptions, io: Io): RenderOptions {
  return {
    color: MACHINE_FORMATS.includes(options.format)
      ? false
      : decideColor(options.color, io.env, io.stdoutIsTTY),
    excelSafe: options.excelSafe,
    ascii: options.ascii,
    width: decideWidth(io.columns, io.env),
    wide: options.wide,
    locale: decideLocale(options.locale, io.env),
    picture: decidePicture(options.format, options),
  };
}

async function write(result: Result, format: Format, output: RenderOptions, io: Io): Promise<void> {
  // A picture is of a chart; text written as it is (a completion script) ignores the format.
  if (PICTURE_FORMATS.includes(format) && result.raw === undefined) {
    if (!result.chart)
      throw new UsageError(
        `--format ${format} draws a chart: use it with vnjp chart or vnjp categories --chart`,
        "see: vnjp help chart",
      );
    if (format === "png" && io.stdoutIsTTY)
      throw new UsageError(
        "a PNG is not written to a terminal: redirect it to a file, as in --format png > chart.png",
      );
  }
  refuseOverflow(result);
  const { render } = await import("./render/index.js");
  const data = await render(result, format, output);
  if (result.explain) io.err(`${result.explain.map(visible).join("\n")}\n`);
  io.out(data);
}

/** A figure computed from the data that overflowed is an error, never "Infinity" in a table. */
function refuseOverflow(result: Result): void {
  for (const row of result.rows)
    for (const key in row) {
      const v = row[key];
      if (typeof v === "number" && !Number.isFinite(v))
        throw new DataError(`a figure computed from the data is too large to show (${key})`);
    }
}

// Every message is one line per item, whatever the text it echoes: a file name, a value typed or
// read from a dataset may hold newlines and terminal control sequences (see render/safe-text.ts).
function report(err: unknown, io: Io, debug: boolean): number {
  const code = (err as { code?: string }).code;
  if (typeof code === "string" && code.startsWith("commander.")) {
    // The help or the version, printed: usage errors come as vnjp's own (program/usage.ts).
    const exitCode = (err as { exitCode: number }).exitCode;
    return exitCode === 0 ? 0 : 2;
  }
  if (err instanceof DatasetInvalidError) {
    io.err(`vnjp: ${visible(err.message)}\n`);
    const shown = err.problems.slice(0, LIMITS.problemsShown);
    for (const p of shown)
      io.err(`  ${visible(p.file)}${p.path ? `: ${visible(p.path)}` : ""}: ${visible(p.reason)}\n`);
    const more = err.problems.length - shown.length;
    if (more > 0)
      io.err(
        `  … and ${more} ` +
          `more${err.stopped ? `, and checking stopped at ${LIMITS.problemsCollected}` : ""}\n`,
      );
    return err.exitCode;
  }
  if (err instanceof VnjpError) {
    io.err(`vnjp: ${visible(err.message)}\n${err.hint ? `  ${visible(err.hint)}\n` : ""}`);
    if (debug) io.err(`${err.stack}\n`);
    return err.exitCode;
  }
  io.err(`vnjp: internal error: ${visible((err as Error)?.message ?? String(err))}\n`);
  io.err(debug ? `${(err as Error)?.stack}\n` : "  run again with VNJP_DEBUG=1 for details\n");
  return 1;
}

/** The process entry: wires stdout and stderr, ends quietly when a pipe's reader goes away. */
export async function main(): Promise<void> {
  // "gone": the reader of a pipe left (as `| head` does), which is a success; "failed": output
  // could not be written.
  let stdout = "open" as "open" | "gone" | "failed";
  const stdoutIsTTY = await isTerminal(1);
  const closed = isClosed(1);
  const io: Io = {
    out: (data) => {
      if (stdout !== "open") return;
      if (closed) {
        stdout = "failed";
        writeAll(2, "vnjp: cannot write output: standard output is closed\n");
        return;
      }
      try {
        if (!writeAll(1, data)) stdout = "gone";
      } catch (err) {
        stdout = "failed";
        writeAll(2, `vnjp: cannot write output: ${(err as Error).message}\n`);
      }
    },
    err: (text) => {
      try {
        writeAll(2, text);
      } catch {
        // stderr itself cannot be written: there is nowhere left to report to.
      }
    },
    env: process.env,
    stdoutIsTTY,
    // Only a terminal has a width; asking process.stdout for it builds the stream, which a terminal
    // needs anyway.
    columns: stdoutIsTTY ? process.stdout.columns : undefined,
    bundledDataDir: join(import.meta.dirname, "..", "data"),
    // Next to the bundle in dist/: the build writes them (scripts/build.mjs).
    bundledPackDir: join(import.meta.dirname, "packs"),
  };
  const status = await run(process.argv.slice(2), io);
  process.exitCode = stdout === "gone" ? 0 : stdout === "failed" ? 1 : status;
}
