// vnjp completion bash|zsh|fish: a completion script built from the program itself (commands,
// options, allowed values) and the years the bundled data holds.
import type { Command, Option } from "commander";
import type { Context } from "../context.js";
import { FigureResolver } from "../domain/figures.js";
import { DataIndex } from "../domain/select.js";
import { tradeYears } from "../domain/trade.js";
import type { Result } from "../result.js";
import { FLOWS, SERIES } from "../values.js";
import { parseChoice } from "./options.js";
import { loadFor } from "./shared.js";

export const SHELLS = ["bash", "zsh", "fish"] as const;

const YEAR_OPTIONS = ["--year", "--from", "--to"];
// Options whose values are checked by the command rather than by commander, so commander cannot
// list them.
const VALUE_HINTS: Record<string, readonly string[]> = {
  "--flow": FLOWS,
  "--period": ["FY", "H1"],
  "--series": SERIES,
};

export function completionFor(program: Command) {
  return async (args: string[], _options: unknown, ctx: Context): Promise<Result> => {
    const shell = parseChoice(args[0] ?? "", SHELLS, "shell");
    const dataset = await loadFor(ctx);
    const index = new DataIndex(dataset);
    const years = [
      ...tradeYears(index, new FigureResolver(index)).map(String),
      "latest",
      "last5",
      "last10",
    ];
    const script = shell === "fish" ? fish(program, years) : bash(program, years, shell === "zsh");
    return {
      command: "completion",
      title: "",
      columns: [],
      rows: [],
      meta: {
        dataset_version: dataset.version,
        dataset_date: dataset.date,
        units: {},
        sources: [],
        notes: [],
      },
      raw: script,
    };
  };
}

interface Flat {
  path: string[];
  options: Option[];
}

function flatten(cmd: Command, path: string[] = []): Flat[] {
  return cmd.commands.flatMap((c) => [
    { path: [...path, c.name()], options: c.options as Option[] },
    ...flatten(c, [...path, c.name()]),
  ]);
}

const values = (o: Option, years: string[]): string[] =>
  o.argChoices
    ? [...o.argChoices]
    : YEAR_OPTIONS.includes(o.long ?? "")
      ? years
      : [...(VALUE_HINTS[o.long ?? ""] ?? [])];

function bash(program: Command, years: string[], zsh: boolean): string {
  const globals = program.options as Option[];
  const all = [...globals, ...flatten(program).flatMap((f) => f.options)];
  const valueCases = [
    ...new Map(all.filter((o) => values(o, years).length).map((o) => [o.long!, o])).values(),
  ]
    .map(
      (o) =>
        `    ${[o.long, o.short].filter(Boolean).join("|")}) COMPREPLY=($(compgen -W "${values(o, years).join(" ")}" -- "$cur")); return ;;`,
    )
    .join("\n");
  const commandCases = flatten(program)
    .map(
      (f) =>
        `    "${f.path.join(" ")}") opts="${[...f.options, ...globals].map((o) => o.long).join(" ")}" ;;`,
    )
    .join("\n");
  const top = program.commands.map((c) => c.name()).join(" ");
  const parents =
    program.commands
      .filter((c) => c.commands.length)
      .map((c) => c.name())
      .join("|") || "_none_";
  const subs = program.commands
    .filter((c) => c.commands.length)
    .map(
      (c) =>
        `    ${c.name()}) COMPREPLY=($(compgen -W "${c.commands.map((s) => s.name()).join(" ")}" -- "$cur")); return ;;`,
    )
    .join("\n");
  return `${zsh ? "# vnjp completion for zsh (through bash completion)\nautoload -U +X bashcompinit && bashcompinit\n" : "# vnjp completion for bash\n"}_vnjp() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" opts=""
  case "$prev" in
${valueCases}
  esac
  if [ "$COMP_CWORD" -eq 1 ]; then COMPREPLY=($(compgen -W "${top} --help --version" -- "$cur")); return; fi
  if [ "$COMP_CWORD" -eq 2 ]; then
    case "\${COMP_WORDS[1]}" in
${subs}
    esac
  fi
  local path="\${COMP_WORDS[1]}"
  case "\${COMP_WORDS[1]}" in ${parents}) path="\${COMP_WORDS[1]} \${COMP_WORDS[2]}" ;; esac
  case "$path" in
${commandCases}
  esac
  COMPREPLY=($(compgen -W "$opts --help" -- "$cur"))
}
complete -F _vnjp vnjp
`;
}

function fish(program: Command, years: string[]): string {
  const lines = ["# vnjp completion for fish", "complete -c vnjp -f"];
  for (const c of program.commands)
    lines.push(
      `complete -c vnjp -n "__fish_use_subcommand" -a "${c.name()}" -d ${JSON.stringify(c.description().slice(0, 60))}`,
    );
  for (const c of program.commands.filter((x) => x.commands.length))
    for (const s of c.commands)
      lines.push(
        `complete -c vnjp -n "__fish_seen_subcommand_from ${c.name()}" -a "${s.name()}" -d ${JSON.stringify(s.description().slice(0, 60))}`,
      );
  const optionLine = (o: Option, condition: string) => {
    const v = values(o, years);
    const name = (o.long ?? "").replace(/^--/, "");
    return `complete -c vnjp ${condition}-l ${name}${o.short ? ` -s ${o.short.replace(/^-/, "")}` : ""}${o.required || o.optional ? " -r" : ""}${v.length ? ` -a "${v.join(" ")}"` : ""} -d ${JSON.stringify(o.description.slice(0, 60))}`;
  };
  for (const o of program.options as Option[]) lines.push(optionLine(o, ""));
  for (const f of flatten(program))
    for (const o of f.options)
      lines.push(optionLine(o, `-n "__fish_seen_subcommand_from ${f.path[f.path.length - 1]}" `));
  return `${lines.join("\n")}\n`;
}
