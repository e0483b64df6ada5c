import { Argument, Option } from "commander";
import { SERIES, SHELLS } from "../values.js";
import type { Definitions } from "./definitions.js";
import { examples } from "./definitions.js";
import { choice, withChoices } from "./usage.js";

export const DATASET_COMMANDS: Definitions = [
  [
    "sources",
    (program, register) => {
      register(
        program
          .command("sources")
          .description(
            "the public sources behind the figures: publisher, date, URL, what each " +
              "supports, conflicts",
          )
          .option("-y, --year <year>", "only sources of figures for this year")
          .addOption(
            withChoices(new Option("--series <series>", "only sources of one series"), SERIES),
          )
          .addHelpText(
            "after",
            examples("vnjp sources --year 2024", "vnjp sources --series fdi --format csv"),
          ),
        async () => (await import("../commands/sources.js")).runSources,
      );
    },
  ],
  [
    "info",
    (program, register) => {
      register(
        program
          .command("info")
          .description(
            "the dataset: version, date, coverage per series (years, gaps, derived and " +
              "estimated years), counts",
          )
          .addHelpText("after", examples("vnjp info", "vnjp info --data ./my-data --format json")),
        async () => (await import("../commands/info.js")).runInfo,
      );
    },
  ],
  [
    "data",
    (program, register) => {
      const data = program.command("data").description("check or export a dataset");
      register(
        data
          .command("check")
          .description(
            "validate the bundled data (and --data DIR): schema and reference errors, then " +
              "figures that disagree",
          )
          .addHelpText(
            "after",
            examples(
              "vnjp data check",
              "vnjp data check --data ./my-data",
              "vnjp data check --format csv",
            ),
          ),
        async () => (await import("../commands/data-check.js")).runDataCheck,
      );
      register(
        data
          .command("export")
          .description("every observation joined with its source (use --format csv or json)")
          .addHelpText(
            "after",
            examples(
              "vnjp data export --format csv > vnjp.csv",
              "vnjp data export --format json --data ./my-data",
            ),
          ),
        async () => (await import("../commands/data-export.js")).runDataExport,
      );
    },
  ],
  [
    "completion",
    (program, register) => {
      register(
        program
          .command("completion")
          .description("print a shell completion script (commands, options, allowed values, years)")
          .addArgument(
            new Argument("<shell>", "bash, zsh or fish")
              .choices(SHELLS)
              .argParser(choice(SHELLS, "shell")),
          )
          .addHelpText(
            "after",
            examples(
              "vnjp completion bash > ~/.local/share/bash-completion/completions/vnjp",
              "vnjp completion zsh >> ~/.zshrc",
              "vnjp completion fish > ~/.config/fish/completions/vnjp.fish",
            ),
          ),
        async () => (await import("../commands/completion.js")).completionFor(program),
      );
    },
  ],
];
