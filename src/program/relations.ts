import type { Definitions } from "./definitions.js";
import { examples, withYearRange } from "./definitions.js";

export const RELATIONS_COMMANDS: Definitions = [
  [
    "invest",
    (program, register) => {
      register(
        withYearRange(program.command("invest"))
          .description(
            "Japanese FDI in Vietnam: cumulative valid projects and registered capital at " +
              "dated points, new registrations, Japan's rank",
          )
          .addHelpText(
            "after",
            examples("vnjp invest", "vnjp invest --from 2022", "vnjp invest --format csv"),
          ),
        async () => (await import("../commands/invest.js")).runInvest,
      );
    },
  ],
  [
    "people",
    (program, register) => {
      register(
        withYearRange(program.command("people"))
          .description(
            "Vietnamese residents and technical interns in Japan, and workers sent to Japan, " +
              "by date, with the change between points",
          )
          .addHelpText("after", examples("vnjp people", "vnjp people --from 2020 --format csv")),
        async () => (await import("../commands/people.js")).runPeople,
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
            "the agreements between Vietnam and Japan: full name, parties, signing and " +
              "entry-into-force dates",
          )
          .addHelpText("after", examples("vnjp agreements", "vnjp agreements --format json")),
        async () => (await import("../commands/agreements.js")).runAgreements,
      );
    },
  ],
  [
    "timeline",
    (program, register) => {
      register(
        withYearRange(program.command("timeline"))
          .description(
            "milestones of the relationship in date order, agreements and partnership " +
              "upgrades included",
          )
          .addHelpText("after", examples("vnjp timeline", "vnjp timeline --from 2000 --to 2010")),
        async () => (await import("../commands/agreements.js")).runTimeline,
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
            "one screen for a year: trade with growth, top product groups, investment stock, " +
              "people, agreements in force",
          )
          .option("-y, --year <year>", "a year, or latest", "latest")
          .addHelpText(
            "after",
            examples("vnjp profile --year 2025", "vnjp profile --year 2022 --format json"),
          ),
        async () => (await import("../commands/profile.js")).runProfile,
      );
    },
  ],
];
