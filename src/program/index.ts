// The commander program: global options, every command with its options, help and examples.
// Actions are imported only when their command runs.
import { type Command, Option } from "commander";
import type { OptionValues } from "../commands/options.js";
import type { Context } from "../context.js";
import type { Result } from "../result.js";
import { COLOR_MODES, FORMATS, LOCALES, THEMES } from "../values.js";
import { DATASET_COMMANDS } from "./dataset.js";
import { RELATIONS_COMMANDS } from "./relations.js";
import { TRADE_COMMANDS } from "./trade.js";
import {
  addHelpCommand,
  helpHint,
  refuseEmptyValues,
  VnjpCommand,
  withChoices,
  withHint,
} from "./usage.js";

export interface ProgramHooks {
  version: string;
  out(text: string): void;
  err(text: string): void;
  /** Runs a command's action with the merged options; cli.ts renders and writes what it returns. */
  execute(options: OptionValues, action: (ctx: Context) => Promise<Result>): Promise<void>;
}

export function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

// --year, --from and --to, as every multi-year command takes them.
export function withYearRange(cmd: Command): Command {
  return cmd
    .option("-y, --year <year>", "a year (2025), a range (2019..2025), latest or lastN")
    .option("--from <year>", "first year of a range (default: earliest available)")
    .option("--to <year>", "last year of a range (default: latest available)");
}

// --width, --height and --theme, as every command that draws a chart takes them for a picture.
export function withPictureOptions(cmd: Command): Command {
  return cmd
    .option("--width <px>", "with --format svg|png|vega-lite: width in pixels (default: 1200)")
    .option("--height <px>", "with --format svg|png|vega-lite: height in pixels (default: 675)")
    .addOption(
      withChoices(
        new Option("--theme <theme>", "with --format svg|png|vega-lite: colours"),
        THEMES,
      ),
    );
}

// Positional arguments, then the command's options (globals included, each as its parser left
// it: every command reads them into a typed interface first thing), then the context.
type Action = (args: string[], options: OptionValues, ctx: Context) => Promise<Result>;
type Register = (cmd: Command, load: () => Promise<Action>) => void;
/** Each command, under the word that names it, adding itself to the program. */
export type Definitions = ReadonlyArray<[string, (program: Command, register: Register) => void]>;

/** The program for `argv` (the words after `vnjp`). */
export function buildProgram(hooks: ProgramHooks, _argv: readonly string[]): Command {
  const program = new VnjpCommand("vnjp")
    .description(
      "Vietnam–Japan trade and relations in the terminal: offline, every figure traced to a public source.",
    )
    .version(hooks.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addOption(
      withChoices(new Option("-f, --format <format>", "output format"), FORMATS).default("table"),
    )
    .addOption(
      withChoices(new Option("--color <when>", "colour in tables"), COLOR_MODES).default("auto"),
    )
    .option("--data <dir>", "layer your own JSON dataset over the bundled one (or set VNJP_DATA)")
    .option("--data-only", "use only the --data directory, not the bundled data")
    .option("--explain", "print, on stderr, the source and selection of every figure shown")
    .option("--excel-safe", "in CSV and TSV, prefix text a spreadsheet would take for a formula")
    .option("--ascii", "print plain 7-bit ASCII: tables, charts and text")
    .option("--wide", "tables show every column, however wide (default: fit the terminal)")
    .addOption(
      withChoices(
        new Option(
          "--locale <locale>",
          "number format in tables (default: from LANG; machine formats never change)",
        ),
        LOCALES,
      ),
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeOut: hooks.out, writeErr: hooks.err })
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText(
      "after",
      `${examples(
        "vnjp trade --year 2025",
        "vnjp trade --from 2015 --to 2025 --format csv",
        "vnjp trade --year 2024 --explain",
      )}\nExit status: 0 success, 1 data or runtime error, 2 usage error.\n`,
    );

  const register: Register = (cmd, load) =>
    void cmd.action(async (...received: unknown[]) => {
      const self = received[received.length - 1] as Command;
      const args = received.slice(0, -2).flat() as string[];
      const options = self.optsWithGlobals();
      const action = await load();
      try {
        await hooks.execute(options, (ctx) => action(args, options, ctx));
      } catch (err) {
        // A command's own usage errors point to its help.
        throw withHint(err, helpHint(self));
      }
    });

  for (const [, define] of [...TRADE_COMMANDS, ...RELATIONS_COMMANDS, ...DATASET_COMMANDS])
    define(program, register);
  addHelpCommand(program);
  refuseEmptyValues(program);
  return program;
}
