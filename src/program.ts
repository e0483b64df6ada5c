// The commander program: global options, every command with its options, help and examples.
// Actions are imported only when their command runs.
import { Command, Option } from "commander";
import type { Context } from "./context.js";
import type { Result } from "./result.js";
import { COLOR_MODES, FLOWS, FORMATS, LOCALES, SERIES, SIDES } from "./values.js";

export interface ProgramHooks {
  version: string;
  out(text: string): void;
  err(text: string): void;
  /** Runs a command's action with the merged options; cli.ts renders and writes what it returns. */
  execute(
    options: Record<string, unknown>,
    action: (ctx: Context) => Promise<Result>,
  ): Promise<void>;
}

function examples(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join("\n")}\n`;
}

// --year, --from and --to, as every multi-year command takes them.
function withYearRange(cmd: Command): Command {
  return cmd
    .option("-y, --year <year>", "a year (2025), a range (2019..2025), latest or lastN")
    .option("--from <year>", "first year of a range (default: earliest available)")
    .option("--to <year>", "last year of a range (default: latest available)");
}

// Positional arguments, then the command's options (globals included), then the context.
type Action = (args: string[], options: any, ctx: Context) => Promise<Result>;
type Register = (cmd: Command, load: () => Promise<Action>) => void;

/** The program for `argv` (the words after `vnjp`). */
export function buildProgram(hooks: ProgramHooks, argv: readonly string[]): Command {
  const program = new Command("vnjp")
    .description(
      "Vietnam–Japan trade and relations in the terminal: offline, every figure traced to a public source.",
    )
    .version(hooks.version, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .addOption(
      new Option("-f, --format <format>", "output format").choices(FORMATS).default("table"),
    )
    .addOption(
      new Option("--color <when>", "colour in tables").choices(COLOR_MODES).default("auto"),
    )
    .option("--data <dir>", "layer your own JSON dataset over the bundled one (or set VNJP_DATA)")
    .option("--data-only", "use only the --data directory, not the bundled data")
    .option("--explain", "print, on stderr, the source and selection of every figure shown")
    .option("--excel-safe", "in CSV and TSV, prefix text a spreadsheet would take for a formula")
    .option("--ascii", "draw charts and trend lines with plain ASCII characters")
    .addOption(
      new Option(
        "--locale <locale>",
        "number format in tables (default: from LANG; machine formats never change)",
      ).choices(LOCALES),
    )
    .showSuggestionAfterError(true)
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({
      writeOut: hooks.out,
      writeErr: hooks.err,
      outputError: (text, write) => write(`vnjp: ${text.replace(/^error: /, "")}`),
    })
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
      await hooks.execute(options, (ctx) => action(args, options, ctx));
    });

  // Only the command named on the command line is defined (defining all fifteen is a measurable
  // part of a short command's start-up); the overview help, an unknown word and completion need
  // them all.
  const word = commandWord(argv, program);
  const only =
    word !== undefined && word !== "completion" && COMMANDS.some(([name]) => name === word)
      ? word
      : undefined;
  for (const [name, define] of COMMANDS)
    if (only === undefined || name === only) define(program, register);

  return program;
}

/**
 * The command word of `argv`: its first word that is neither an option nor the value of a global
 * option.
 */
function commandWord(argv: readonly string[], program: Command): string | undefined {
  const takesValue = new Set(
    program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.short, o.long]),
  );
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (word === "--") return argv[i + 1];
    if (!word.startsWith("-")) return word;
    if (takesValue.has(word)) i++;
  }
  return undefined;
}

// Every command, under the word that names it on the command line; each adds itself to the program.
const COMMANDS: ReadonlyArray<[string, (program: Command, register: Register) => void]> = [
  [
    "trade",
    (program, register) => {
      register(
        withYearRange(program.command("trade"))
          .description(
            "turnover, exports, imports and balance per year (Vietnam-reported), with growth on the prior year",
          )
          .addOption(
            new Option("--side <side>", "whose statistics: Vietnam's, Japan's, or both").choices(
              SIDES,
            ),
          )
          .addHelpText(
            "after",
            examples(
              "vnjp trade --year 2025",
              "vnjp trade --year last5",
              "vnjp trade --from 2015 --to 2025 --format csv",
              "vnjp trade --year 2024 --explain",
            ),
          ),
        async () => (await import("./commands/trade.js")).runTrade,
      );
    },
  ],
  [
    "chart",
    (program, register) => {
      register(
        withYearRange(program.command("chart"))
          .description(
            "line charts of turnover, exports, imports (several at once); the balance as diverging bars",
          )
          .argument("[series...]", "turnover, exports, imports, balance", ["turnover"])
          .addHelpText(
            "after",
            examples(
              "vnjp chart turnover --from 2005",
              "vnjp chart exports imports --from 2010",
              "vnjp chart balance --from 2010",
              "vnjp chart turnover --format csv",
            ),
          ),
        async () => (await import("./commands/chart.js")).runChart,
      );
    },
  ],
  [
    "compare",
    (program, register) => {
      register(
        program
          .command("compare")
          .description(
            "two years side by side: change, % change and CAGR; --by category for product groups",
          )
          .argument("<yearA>", "a year, or latest")
          .argument("<yearB>", "a year, or latest")
          .addOption(
            new Option("--by <what>", "compare the trade measures, or each product group")
              .choices(["measure", "category"])
              .default("measure"),
          )
          .option("--flow <flow>", "with --by category: exports or imports")
          .addHelpText(
            "after",
            examples(
              "vnjp compare 2022 2025",
              "vnjp compare 2021 2025 --by category --flow imports",
              "vnjp compare 2015 latest --format json",
            ),
          ),
        async () => (await import("./commands/compare.js")).runCompare,
      );
    },
  ],
  [
    "categories",
    (program, register) => {
      register(
        program
          .command("categories")
          .description(
            "trade by product group for a year: value, share of the flow, growth; total and not-itemised lines",
          )
          .option("-y, --year <year>", "a year, or latest", "latest")
          .option("--flow <flow>", `which flow: ${FLOWS.join(", ")}`, "both")
          .option(
            "--category <group...>",
            "one product group, by id or English or Vietnamese name (accents optional), across the years",
          )
          .option("--top <n>", "only the N largest groups of each flow (the rest join 'other')")
          .option("--period <period>", "FY (full year), H1, or months such as M01-M07", "FY")
          .option("--chart", "draw the groups as horizontal bars (one flow at a time)")
          .addHelpText(
            "after",
            examples(
              "vnjp categories --year 2025",
              "vnjp categories --year 2025 --flow exports --top 3",
              'vnjp categories --category "dệt may"',
              "vnjp categories --year 2025 --flow imports --chart",
            ),
          ),
        async () => (await import("./commands/categories.js")).runCategories,
      );
    },
  ],
  [
    "balance",
    (program, register) => {
      register(
        withYearRange(program.command("balance"))
          .description(
            "the trade balance per year (positive = Vietnamese surplus) and the coverage ratio exports / imports",
          )
          .addHelpText(
            "after",
            examples("vnjp balance --from 2010", "vnjp balance --year last5 --format csv"),
          ),
        async () => (await import("./commands/balance.js")).runBalance,
      );
    },
  ],
  [
    "invest",
    (program, register) => {
      register(
        withYearRange(program.command("invest"))
          .description(
            "Japanese FDI in Vietnam: cumulative valid projects and registered capital at dated points, new registrations, Japan's rank",
          )
          .addHelpText(
            "after",
            examples("vnjp invest", "vnjp invest --from 2022", "vnjp invest --format csv"),
          ),
        async () => (await import("./commands/invest.js")).runInvest,
      );
    },
  ],
  [
    "people",
    (program, register) => {
      register(
        withYearRange(program.command("people"))
          .description(
            "Vietnamese residents and technical interns in Japan, and workers sent to Japan, by date, with the change between points",
          )
          .addHelpText("after", examples("vnjp people", "vnjp people --from 2020 --format csv")),
        async () => (await import("./commands/people.js")).runPeople,
      );
    },
  ],
  [
    "agreements",
    (program, register) => {
      register(
        program
          .command("agreements")
          .description(
            "the agreements between Vietnam and Japan: full name, parties, signing and entry-into-force dates",
          )
          .addHelpText("after", examples("vnjp agreements", "vnjp agreements --format json")),
        async () => (await import("./commands/agreements.js")).runAgreements,
      );
    },
  ],
  [
    "timeline",
    (program, register) => {
      register(
        withYearRange(program.command("timeline"))
          .description(
            "milestones of the relationship in date order, agreements and partnership upgrades included",
          )
          .addHelpText("after", examples("vnjp timeline", "vnjp timeline --from 2000 --to 2010")),
        async () => (await import("./commands/agreements.js")).runTimeline,
      );
    },
  ],
  [
    "profile",
    (program, register) => {
      register(
        program
          .command("profile")
          .description(
            "one screen for a year: trade with growth, top product groups, investment stock, people, agreements in force",
          )
          .option("-y, --year <year>", "a year, or latest", "latest")
          .addHelpText(
            "after",
            examples("vnjp profile --year 2025", "vnjp profile --year 2022 --format json"),
          ),
        async () => (await import("./commands/profile.js")).runProfile,
      );
    },
  ],
  [
    "sources",
    (program, register) => {
      register(
        program
          .command("sources")
          .description(
            "the public sources behind the figures: publisher, date, URL, what each supports, conflicts",
          )
          .option("-y, --year <year>", "only sources of figures for this year")
          .option("--series <series>", `only sources of one series (${SERIES.join(", ")})`)
          .addHelpText(
            "after",
            examples("vnjp sources --year 2024", "vnjp sources --series fdi --format csv"),
          ),
        async () => (await import("./commands/sources.js")).runSources,
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
            "the dataset: version, date, coverage per series (years, gaps, derived and estimated years), counts",
          )
          .addHelpText("after", examples("vnjp info", "vnjp info --data ./my-data --format json")),
        async () => (await import("./commands/info.js")).runInfo,
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
            "validate the bundled data (and --data DIR): schema and reference errors, then figures that disagree",
          )
          .addHelpText(
            "after",
            examples(
              "vnjp data check",
              "vnjp data check --data ./my-data",
              "vnjp data check --format csv",
            ),
          ),
        async () => (await import("./commands/data-check.js")).runDataCheck,
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
        async () => (await import("./commands/data-export.js")).runDataExport,
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
          .argument("<shell>", "bash, zsh or fish")
          .addHelpText(
            "after",
            examples(
              "vnjp completion bash > ~/.local/share/bash-completion/completions/vnjp",
              "vnjp completion zsh >> ~/.zshrc",
              "vnjp completion fish > ~/.config/fish/completions/vnjp.fish",
            ),
          ),
        async () => (await import("./commands/completion.js")).completionFor(program),
      );
    },
  ],
];
