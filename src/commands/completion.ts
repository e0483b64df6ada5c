// vnjp completion bash|zsh|fish: a completion script built from the program itself (commands,
// options, allowed values) and from the data (years, product groups, periods). It finds the
// command after any global options (`vnjp -f csv tr<TAB>`), completes each option's values
// (directories for --data, product groups for --category) and each command's arguments (chart
// series, compare years). Every word from the data is quoted for the shell, and a word holding a
// control character is left out.
import type { Command, Option } from "commander";
import type { Context } from "../context.js";
import { FigureResolver } from "../domain/figures.js";
import { DataIndex } from "../domain/select.js";
import { tradeYears } from "../domain/trade.js";
import type { Result } from "../result.js";
import { FULL_YEAR, SHELLS } from "../values.js";
import { checked, type OptionValues } from "./options.js";
import { loadFor, resultMeta } from "./shared.js";

const YEAR_OPTIONS = ["--year", "--from", "--to"];

/** What the script completes, read from the program and the data. */
interface Model {
  globals: Option[];
  commands: Array<{
    path: string;
    options: Option[];
    subcommands: readonly Command[];
    command: Command;
  }>;
  years: string[];
  categories: string[];
  periods: string[];
}

export function completionFor(program: Command) {
  return async (args: string[], _values: OptionValues, ctx: Context): Promise<Result> => {
    const shell = checked(args[0], SHELLS);
    const dataset = await loadFor(ctx);
    const index = new DataIndex(dataset);
    const model: Model = {
      globals: program.options as Option[],
      commands: flatten(program),
      years: [
        ...tradeYears(index, new FigureResolver(index)).map(String),
        "latest",
        "last5",
        "last10",
      ],
      categories: dataset.categories.flatMap((c) => [c.id, c.en]).filter(printable),
      periods: [
        FULL_YEAR,
        "H1",
        ...new Set(
          dataset.observations
            .filter((o) => o.series === "category" && o.period !== FULL_YEAR)
            .map((o) => o.period)
            .sort(),
        ),
      ].filter(printable),
    };
    return {
      command: "completion",
      title: "",
      columns: [],
      rows: [],
      meta: resultMeta(dataset, index, []),
      raw: shell === "fish" ? fish(model) : bash(model, shell === "zsh"),
    };
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const printable = (word: string) => !/[\u0000-\u001f\u007f-\u009f]/.test(word);

function flatten(cmd: Command, path: string[] = []): Model["commands"] {
  return cmd.commands.flatMap((c) => [
    {
      path: [...path, c.name()].join(" "),
      options: c.options as Option[],
      subcommands: c.commands,
      command: c,
    },
    ...flatten(c, [...path, c.name()]),
  ]);
}

const takesValue = (o: Option) => o.required || o.optional;
const flagsOf = (o: Option) => [o.short, o.long].filter((f): f is string => Boolean(f));

/** Words an option's value may be, when they can be listed. */
function valuesOf(o: Option, model: Model): string[] {
  if (o.argChoices) return [...o.argChoices];
  if (YEAR_OPTIONS.includes(o.long ?? "")) return model.years;
  if (o.long === "--period") return model.periods;
  return [];
}

/** Words the arguments of a command may be. */
function argumentsOf(entry: Model["commands"][number], model: Model): string[] {
  const argument = entry.command.registeredArguments[0];
  if (entry.path === "compare") return model.years;
  if (entry.path === "help")
    return model.commands.filter((c) => !c.path.includes(" ")).map((c) => c.path);
  return argument?.argChoices ? [...argument.argChoices] : [];
}

// Single quotes keep every character but the quote itself, which is closed, escaped and reopened.
const shellWord = (w: string) => `'${w.replace(/'/g, `'\\''`)}'`;
const shellWords = (ws: readonly string[]) => ws.map(shellWord).join(" ");

// zsh runs the bash script through its bash completion emulation.
const ZSH_PRELUDE = "autoload -U +X bashcompinit && bashcompinit\n";

function bash(model: Model, zsh: boolean): string {
  const all = [...model.globals, ...model.commands.flatMap((c) => c.options)];
  const valued = [...new Set(all.filter(takesValue).flatMap(flagsOf))];
  const valueCases = [
    ...new Map(all.filter((o) => valuesOf(o, model).length).map((o) => [o.long!, o])).values(),
  ].map(
    (o) =>
      `    ${flagsOf(o).join("|")}) COMPREPLY=($(_vnjp_match "$cur" ` +
      `${shellWords(valuesOf(o, model))})); return ;;`,
  );
  const longFlags = (options: readonly Option[]) =>
    options.flatMap(flagsOf).filter((f) => f.startsWith("--"));
  const globalFlags = [...longFlags(model.globals), "--help"];
  const optionCases = model.commands.map(
    (c) =>
      `    ${shellWord(c.path)}) COMPREPLY=($(_vnjp_match "$cur" ` +
      `${shellWords([...longFlags(c.options), ...globalFlags])})) ;;`,
  );
  const argumentCases = model.commands
    .filter((c) => c.subcommands.length > 0 || argumentsOf(c, model).length > 0)
    .map((c) => {
      const words = c.subcommands.length
        ? c.subcommands.map((s) => s.name())
        : argumentsOf(c, model);
      const most = c.subcommands.length
        ? 1
        : c.command.registeredArguments[0]?.variadic
          ? 99
          : c.command.registeredArguments.length;
      return (
        `    ${shellWord(c.path)}) [ "$nargs" -lt ${most} ] && COMPREPLY=($(_vnjp_match "$cur" ` +
        `${shellWords(words)})) ;;`
      );
    });
  const parents = model.commands.filter((c) => c.subcommands.length > 0).map((c) => c.path);
  const top = model.commands.filter((c) => !c.path.includes(" ")).map((c) => c.path);
  return `# vnjp completion for ${zsh ? "zsh (through its bash completion)" : "bash"}
${zsh ? ZSH_PRELUDE : ""}# The words of the list that start with the word being completed,
# quoted for the shell.
_vnjp_match() {
  local cur="\${1//\\\\ / }" word
  shift
  for word in "$@"; do
    [[ "$word" == "$cur"* ]] && printf '%q\\n' "$word"
  done
}
_vnjp() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}"
  local IFS=$'\\n' i word path="" nargs=0 option=""
  # The command (and subcommand) typed so far, past global options and option values.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word="\${COMP_WORDS[i]}"
    case "$word" in
    ${valued.join("|")}) option="$word"; [ "$word" = --category ] || ((i++)) ;;
    -*) option="$word" ;;
    *)
      if [ "$option" = --category ]; then :
      elif [ -z "$path" ]; then path="$word"
      else
        case "$path" in
          ${parents.join("|") || "_"}) path="$path $word" ;;
          *) ((nargs++)) ;;
        esac
      fi ;;
    esac
  done
  case "$prev" in
${valueCases.join("\n")}
    --data) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --top) return ;;
  esac
  if [ "$option" = --category ] && [[ "$cur" != -* ]]; then
    COMPREPLY=($(_vnjp_match "$cur" ${shellWords(model.categories)}))
    return
  fi
  if [[ "$cur" == -* ]]; then
    case "$path" in
      "") COMPREPLY=($(_vnjp_match "$cur" ${shellWords(globalFlags)})) ;;
${optionCases.join("\n")}
    esac
    return
  fi
  case "$path" in
    "") COMPREPLY=($(_vnjp_match "$cur" ${shellWords(top)})) ;;
${argumentCases.join("\n")}
  esac
}
complete -F _vnjp vnjp
`;
}

// Fish strings in single quotes: only the quote and the backslash are escaped.
const fishWord = (w: string) => `'${w.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const fishWords = (ws: readonly string[]) => ws.map(fishWord).join(" ");

function fish(model: Model): string {
  const valued = [
    ...new Set(
      model.globals
        .concat(...model.commands.map((c) => c.options))
        .filter(takesValue)
        .flatMap(flagsOf),
    ),
  ];
  const parents = model.commands.filter((c) => c.subcommands.length > 0).map((c) => c.path);
  const describe = (text: string) => fishWord(text.slice(0, 60));
  const lines = [
    "# vnjp completion for fish",
    "# The command (and subcommand) typed so far, past global options and option values.",
    "function __vnjp_path",
    "    set -l tokens (commandline -opc)",
    "    set -e tokens[1]",
    "    set -l path",
    "    set -l skip 0",
    "    for token in $tokens",
    "        if test $skip -eq 1",
    "            set skip 0",
    "            continue",
    "        end",
    "        switch $token",
    `            case ${valued.join(" ")}`,
    "                set skip 1",
    "            case '-*'",
    "            case '*'",
    "                if test (count $path) -eq 0",
    "                    set path $token",
    `                else if test (count $path) -eq 1; and contains -- $path[1] ` +
      `${parents.join(" ")}`,
    "                    set path $path $token",
    "                end",
    "        end",
    "    end",
    "    string join ' ' -- $path",
    "end",
    "function __vnjp_at",
    "    set -l path (__vnjp_path)",
    '    test "$path" = "$argv[1]"',
    "end",
    `function __vnjp_categories`,
    `    printf '%s\\n' ${fishWords(model.categories)}`,
    "end",
    // No command yet: commands only, no files.
    "complete -c vnjp -n '__vnjp_at \"\"' -f",
  ];
  for (const c of model.commands.filter((x) => !x.path.includes(" ")))
    lines.push(
      `complete -c vnjp -n '__vnjp_at ""' -a ${fishWord(c.path)} -d ` +
        `${describe(c.command.description())}`,
    );
  for (const c of model.commands) {
    // No command of vnjp takes a file: files are offered only for --data (as directories).
    lines.push(`complete -c vnjp -n ${fishWord(`__vnjp_at '${c.path}'`)} -f`);
    for (const s of c.subcommands)
      lines.push(
        `complete -c vnjp -n ${fishWord(`__vnjp_at '${c.path}'`)} -a ${fishWord(s.name())} -d ` +
          `${describe(s.description())}`,
      );
    const words = c.subcommands.length ? [] : argumentsOf(c, model);
    if (words.length)
      lines.push(
        `complete -c vnjp -n ${fishWord(`__vnjp_at '${c.path}'`)} -a ${fishWord(words.join(" "))}`,
      );
    for (const o of c.options)
      lines.push(fishOption(o, model, `-n ${fishWord(`__vnjp_at '${c.path}'`)} `));
  }
  for (const o of model.globals) lines.push(fishOption(o, model, ""));
  return `${lines.join("\n")}\n`;
}

function fishOption(o: Option, model: Model, condition: string): string {
  const name = `${o.short ? `-s ${o.short.slice(1)} ` : ""}-l ${(o.long ?? "").slice(2)}`;
  const values =
    o.long === "--data"
      ? " -x -a '(__fish_complete_directories (commandline -ct))'"
      : o.long === "--category"
        ? " -x -a '(__vnjp_categories)'"
        : takesValue(o)
          ? ` -x${valuesOf(o, model).length ? ` -a ${fishWord(valuesOf(o, model).join(" "))}` : ""}`
          : "";
  return `complete -c vnjp ${condition}${name}${values} -d ${fishWord(o.description.slice(0, 60))}`;
}
