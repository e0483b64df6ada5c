// The trade commands: trade, chart, compare, categories and balance.
import { Option } from "commander";
import { CATEGORY_FLOWS, COMPARE_BY, FLOWS, TRADE_MEASURES } from "../values.js";
import type { Definitions } from "./definitions.js";
import { examples, withPictureOptions, withYearRange } from "./definitions.js";
import { choicesArgument, withChoices } from "./usage.js";

export const TRADE_COMMANDS: Definitions = [
  [
    "trade",
    (program, register) => {
      register(
        withYearRange(program.command("trade"))
          .description(
            "turnover, exports, imports and balance per year (Vietnam-reported), with growth " +
              "on the prior year",
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
        async () => (await import("../commands/trade.js")).runTrade,
      );
    },
  ],
  [
    "chart",
    (program, register) => {
      register(
        withPictureOptions(withYearRange(program.command("chart")))
          .description(
            "line charts of trade over the years; the balance on its own axis (alone, as bars)",
          )
          .addArgument(
            choicesArgument("[series...]", "turnover, exports, imports, balance", TRADE_MEASURES, [
              "turnover",
            ]),
          )
          .addHelpText(
            "after",
            examples(
              "vnjp chart turnover --from 2005",
              "vnjp chart exports imports balance --from 2010",
              "vnjp chart balance --from 2010",
              "vnjp chart exports imports balance --from 2015 --format png > trade.png",
            ),
          ),
        async () => (await import("../commands/chart.js")).runChart,
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
            withChoices(
              new Option("--by <what>", "compare the trade measures, or each product group"),
              COMPARE_BY,
            ).default("measure"),
          )
          .addOption(
            withChoices(
              new Option("--flow <flow>", "with --by category: exports or imports"),
              CATEGORY_FLOWS,
            ),
          )
          .addHelpText(
            "after",
            examples(
              "vnjp compare 2022 2025",
              "vnjp compare 2021 2025 --by category --flow imports",
              "vnjp compare 2015 latest --format json",
            ),
          ),
        async () => (await import("../commands/compare.js")).runCompare,
      );
    },
  ],
  [
    "categories",
    (program, register) => {
      register(
        withPictureOptions(program.command("categories"))
          .description(
            "trade by product group for a year: value, share of the flow, growth; total and " +
              "not-itemised lines",
          )
          .option("-y, --year <year>", "a year, or latest", "latest")
          .addOption(withChoices(new Option("--flow <flow>", "which flow"), FLOWS).default("both"))
          .option(
            "--category <group...>",
            "one product group, by id or English or Vietnamese name (accents optional), " +
              "across the years",
          )
          .option("--top <n>", "only the N largest groups of each flow (the rest join 'other')")
          .option("--period <period>", "FY (full year), H1, or months such as M01-M07", "FY")
          .option("--chart", "draw the groups as horizontal bars (both flows unless --flow)")
          .addHelpText(
            "after",
            examples(
              "vnjp categories --year 2025",
              "vnjp categories --year 2025 --flow exports --top 3",
              'vnjp categories --category "dệt may"',
              "vnjp categories --year 2025 --chart",
            ),
          ),
        async () => (await import("../commands/categories.js")).runCategories,
      );
    },
  ],
  [
    "balance",
    (program, register) => {
      register(
        withYearRange(program.command("balance"))
          .description(
            "the trade balance per year (positive = Vietnamese surplus) and the coverage " +
              "ratio exports / imports",
          )
          .addHelpText(
            "after",
            examples("vnjp balance --from 2010", "vnjp balance --year last5 --format csv"),
          ),
        async () => (await import("../commands/balance.js")).runBalance,
      );
    },
  ],
];
