// What every command's definition is built from: the shape of a definition, examples in help, and
// the option groups several commands share.
import { type Command, Option } from "commander";
import type { OptionValues } from "../commands/options.js";
import type { Context } from "../context.js";
import type { Result } from "../result.js";
import { THEMES } from "../values.js";
import { withChoices } from "./usage.js";

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
export type Register = (cmd: Command, load: () => Promise<Action>) => void;
/** Each command, under the word that names it, adding itself to the program. */
export type Definitions = ReadonlyArray<[string, (program: Command, register: Register) => void]>;
