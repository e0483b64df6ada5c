// The commander program: global options, every command with its options, help and examples.
// Actions are imported only when their command runs.
import { type Command, Option } from "commander";
import type { OptionValues } from "../commands/options.js";
import type { Context } from "../context.js";
import type { Result } from "../result.js";
import { COLOR_MODES, FORMATS, LOCALES } from "../values.js";
import { DATASET_COMMANDS } from "./dataset.js";
import { examples, type Register } from "./definitions.js";
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
  /** Terminal columns help text may take. */
  width: number;
  out(text: string): void;
  err(text: string): void;
  /** Runs a command's action with the merged options; cli.ts renders and writes what it returns. */
  execute(options: OptionValues, action: (ctx: Context) => Promise<Result>): Promise<void>;
}

/** The program for `argv` (the words after `vnjp`). */
export function buildProgram(hooks: ProgramHooks, _argv: readonly string[]): Command {
  const program = new VnjpCommand("vnjp")
    .description(
      "Vietnam–Japan trade and relations in the terminal: offline, every figure traced to a " +
        "public source.",
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
    .configureOutput({
      writeOut: hooks.out,
      writeErr: hooks.err,
      // Help wraps at the width tables use, decided once (commander would ask process.stdout).
      getOutHelpWidth: () => hooks.width,
      getErrHelpWidth: () => hooks.width,
    })
    // Descriptions wrap even beside long option terms, so help fits a 60-column terminal too.
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false, minWidthToWrap: 20 })
    .addHelpText(
      "after",
      `${examples(
        "vnjp trade --year 2025",
        "vnjp trade --from 2015 --to 2025 --format csv",
        "vnjp trade --year 2024 --explain",
      )}\nExit status: 0 success, 1 data or runtime error,\n2 usage error.\n`,
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
