// vnjp's usage errors, for what commander finds wrong as for what vnjp's own parsers do: one line
// that names what was typed, and a hint that works when run (`see: vnjp help trade`), never the
// whole help. Every value an option or argument takes is checked here, in one place: an empty
// value is refused, and a choice is taken in any case.
import { Argument, Command, type HelpContext, type Option } from "commander";
import { parseChoice } from "../commands/options.js";
import { closest } from "../domain/words.js";
import { UsageError } from "../errors.js";

/** The words that name `cmd` after `vnjp` (`data check`). */
export function pathOf(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(" ");
}

/** Where to read about `cmd`, as a command that runs. */
export function helpHint(cmd: Command): string {
  const path = pathOf(cmd);
  return path ? `see: vnjp help ${path}` : "see: vnjp --help";
}

/** A commander Command whose usage errors are vnjp's, and whose subcommands are too. */
export class VnjpCommand extends Command {
  override createCommand(name?: string): Command {
    return new VnjpCommand(name);
  }

  override error(message: string, options?: { code?: string }): never {
    throw usageError(this, message, options?.code);
  }

  // commander shows the whole help, on stderr, when a command that needs a subcommand has none.
  override help(context?: HelpContext): never;
  override help(cb: (str: string) => string): never;
  override help(context?: HelpContext | ((str: string) => string)): never {
    if (typeof context === "object" && context.error) {
      const subcommands = this.commands.map((c) => c.name());
      throw this.parent
        ? new UsageError(
            `${pathOf(this)} needs a subcommand: ${subcommands.join(" or ")}`,
            helpHint(this),
          )
        : new UsageError("no command given", helpHint(this));
    }
    return super.help(context as HelpContext);
  }
}

const YEAR_LIKE = /^(\d{4}(\.\.\d{4})?|latest|last\d+)$/i;

function usageError(cmd: Command, message: string, code: string | undefined): UsageError {
  let text = message.replace(/^error: /, "");
  // commander puts its guess on a line of its own, after the quoted word it was typed as.
  const found = /\n\(Did you mean (.+)\?\)$/.exec(text);
  if (found) text = text.slice(0, found.index);
  const guess = found ? `: did you mean ${found[1]}?` : "";
  const path = pathOf(cmd);
  switch (code) {
    case "commander.excessArguments": {
      const extra = cmd.args.slice(cmd.registeredArguments.length);
      const word = extra[0] ?? "";
      if (YEAR_LIKE.test(word) && cmd.options.some((o) => o.long === "--year"))
        return new UsageError(
          `unexpected argument '${word}': ${path} takes its year as --year`,
          `try: vnjp ${path} --year ${word}`,
        );
      return new UsageError(`unexpected argument '${word}' for ${path}`, helpHint(cmd));
    }
    case "commander.missingArgument": {
      const missing = cmd.registeredArguments
        .slice(cmd.args.length)
        .map((a) => `<${a.name()}>`)
        .join(" ");
      return new UsageError(`${path} needs ${missing}`, helpHint(cmd));
    }
    case "commander.optionMissingArgument": {
      const flags = /option '([^']*)'/.exec(text)?.[1] ?? "";
      const long = /--[\w-]+/.exec(flags)?.[0] ?? flags;
      return new UsageError(`${long} needs a value`, helpHint(cmd));
    }
    case "commander.unknownOption":
      return new UsageError(`${text}${path ? ` for ${path}` : ""}${guess}`, helpHint(cmd));
    default:
      return new UsageError(`${text}${guess}`, helpHint(cmd));
  }
}

/**
 * Every option and argument of `program` and its commands refuses an empty value, naming itself.
 * Run once the commands are defined.
 */
export function refuseEmptyValues(program: Command): void {
  for (const cmd of [program, ...allCommands(program)]) {
    for (const option of cmd.options as Option[])
      if (option.required || option.optional) guardOption(option, cmd);
    for (const argument of cmd.registeredArguments) guardArgument(argument, cmd);
  }
}

function allCommands(cmd: Command): Command[] {
  return cmd.commands.flatMap((c) => [c, ...allCommands(c)]);
}

type Parse = (value: string, previous: unknown) => unknown;

function guardOption(option: Option, cmd: Command): void {
  const parse = option.parseArg as Parse | undefined;
  const name = option.long ?? option.flags;
  option.argParser((value: string, previous: unknown) => {
    if (value.trim() === "")
      throw new UsageError(`${name} needs a value, not an empty string`, helpHint(cmd));
    if (parse) return hinted(parse, value, previous, cmd);
    return option.variadic ? collect(value, previous, option.defaultValue) : value;
  });
}

function guardArgument(argument: Argument, cmd: Command): void {
  const parse = argument.parseArg as Parse | undefined;
  argument.argParser((value: string, previous: unknown) => {
    if (value.trim() === "")
      throw new UsageError(`<${argument.name()}> cannot be empty`, helpHint(cmd));
    if (parse) return hinted(parse, value, previous, cmd);
    return argument.variadic ? collect(value, previous, argument.defaultValue) : value;
  });
}

/** `parse`, with the command's help as the hint of a usage error that has none. */
function hinted(parse: Parse, value: string, previous: unknown, cmd: Command): unknown {
  try {
    return parse(value, previous);
  } catch (err) {
    throw withHint(err, helpHint(cmd));
  }
}

/** A usage error without a hint gets `hint`; anything else is returned as it is. */
export function withHint(err: unknown, hint: string): unknown {
  return err instanceof UsageError && !err.hint ? new UsageError(err.message, hint) : err;
}

/** The values of a variadic option or argument so far, with one more. */
export function collect<T>(value: T, previous: unknown, defaultValue: unknown): T[] {
  return previous === defaultValue || !Array.isArray(previous) ? [value] : [...previous, value];
}

/** A parser for a choice: any case, and a did-you-mean when nothing matches. */
export function choice<T extends string>(allowed: readonly T[], name: string) {
  return (value: string): T => parseChoice(value, allowed, name);
}

/** An option taking one of `allowed`: listed in help, checked here only. */
export function withChoices<T extends string>(option: Option, allowed: readonly T[]): Option {
  return option.choices(allowed).argParser(choice(allowed, option.long ?? option.flags));
}

/** An argument taking any number of `allowed` words. */
export function choicesArgument<T extends string>(
  flags: string,
  description: string,
  allowed: readonly T[],
  defaultValue: T[],
): Argument {
  const argument = new Argument(flags, description);
  const parse = choice(allowed, argument.name());
  return argument
    .choices(allowed)
    .default(defaultValue)
    .argParser((value: string, previous: unknown) => collect(parse(value), previous, defaultValue));
}

/** `vnjp help [command...]`: the help of a command or subcommand, and unknown words refused. */
export function addHelpCommand(program: Command): void {
  program.helpCommand(false);
  program
    .command("help")
    .description("show the help of a command: vnjp help trade, vnjp help data check")
    .argument("[command...]", "a command, then a subcommand")
    .action((words: string[]) => {
      let target = program;
      for (const word of words) {
        const next = target.commands.find((c) => c.name() === word);
        if (!next) {
          const names = target.commands.map((c) => c.name());
          const guess = closest(word, names);
          const typed = [pathOf(target), word].filter(Boolean).join(" ");
          throw new UsageError(
            `unknown command '${typed}'${guess ? `: did you mean ${guess}?` : ""}`,
            helpHint(target),
          );
        }
        target = next;
      }
      target.outputHelp();
    });
}
