// Random command lines, run in-process: whatever a user types, vnjp answers with status 0, 1 or 2,
// never a stack trace or an internal error, and a failure writes nothing on stdout.

import { existsSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PACKS, vnjpInProcess } from "../in-process.js";

const runCaptured = (argv: string[], bundledPackDir?: string) =>
  vnjpInProcess(argv, { bundledPackDir });

const commands = fc.constantFrom(
  "trade",
  "chart",
  "compare",
  "categories",
  "balance",
  "invest",
  "people",
  "agreements",
  "timeline",
  "profile",
  "sources",
  "info",
  "data",
  "check",
  "export",
  "completion",
  "trdae",
  "",
);
const options = fc.constantFrom(
  "--year",
  "-y",
  "--from",
  "--to",
  "--format",
  "-f",
  "--color",
  "--flow",
  "--top",
  "--period",
  "--category",
  "--by",
  "--side",
  "--explain",
  "--ascii",
  "--excel-safe",
  "--locale",
  "--series",
  "--chart",
  "--data-only",
  "--help",
  "-h",
  "--version",
  "-V",
  "--",
  "-",
  "--bogus",
);
const values = fc.oneof(
  fc.constantFrom(
    "2025",
    "2022",
    "1800",
    "0",
    "-5",
    "2019..2025",
    "2025..2019",
    "latest",
    "last5",
    "last0",
    "abc",
    "",
    " ",
    "1e309",
    "99999999999999999999",
    "NaN",
    "Infinity",
  ),
  fc.constantFrom(
    "csv",
    "json",
    "tsv",
    "ndjson",
    "md",
    "table",
    "xml",
    "exports",
    "imports",
    "both",
    "sideways",
    "H1",
    "M01-M07",
    "M13-M01",
    "textiles",
    "dệt may",
    "bash",
    "fish",
    "vn",
    "jp",
  ),
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 8 }),
);
// Chaos: any tokens in any order. Structured: a real command with option-value pairs, which gets
// past the parser into the data and the renderers far more often.
const chaos = fc.array(
  fc.oneof(
    { weight: 2, arbitrary: commands },
    { weight: 3, arbitrary: options },
    { weight: 3, arbitrary: values },
  ),
  { maxLength: 8 },
);
const realCommand = fc.constantFrom(
  ["trade"],
  ["trade", "--year", "2025..2019"],
  ["chart"],
  ["chart", "balance"],
  ["chart", "exports", "imports"],
  ["compare", "2022", "2025"],
  ["compare", "2019", "1800"],
  ["compare", "2021", "2025", "--by", "category"],
  ["categories"],
  ["categories", "--category", "textiles"],
  ["balance"],
  ["invest"],
  ["people"],
  ["timeline"],
  ["profile"],
  ["sources"],
  ["info"],
  ["agreements"],
);
const pairs = fc.array(
  fc.tuple(
    fc.constantFrom(
      "--year",
      "--from",
      "--to",
      "--format",
      "--flow",
      "--top",
      "--period",
      "--category",
      "--locale",
      "--series",
    ),
    values,
  ),
  { maxLength: 3 },
);
const flags = fc.subarray(["--explain", "--ascii", "--excel-safe", "--chart"]);
const structured = fc
  .tuple(realCommand, pairs, flags)
  .map(([cmd, ps, fs]) => [...cmd, ...ps.flat(), ...fs]);
const argv = fc.oneof(chaos, structured);

describe("any command line", () => {
  it("ends with 0, 1 or 2, no stack trace, and nothing on stdout when it fails", async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const r = await runCaptured(args);
        seen.set(r.status, (seen.get(r.status) ?? 0) + 1);
        expect([0, 1, 2]).toContain(r.status);
        expect(r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
        expect(r.stderr).not.toMatch(/internal error/);
        if (r.status !== 0) {
          expect(r.stdout).toBe("");
          expect(r.stderr.length).toBeGreaterThan(0);
        }
        expect(r.stdout).not.toMatch(/\bNaN\b|\bInfinity\b/);
      }),
      { numRuns: 10_000 },
    );
    // The generator reaches every outcome often, so the property speaks of answers as well as
    // refusals.
    for (const status of [0, 1, 2])
      expect(seen.get(status) ?? 0, `status ${status}`).toBeGreaterThan(20);
  }, 600_000);

  // The build cuts the bundled data into parts, and each command reads only the parts it names; had
  // one named too few, its answer would differ from the one over the whole data.
  it("answers the same from the build's parts of the bundled data as from the whole", async () => {
    expect(existsSync(join(PACKS, "trade.json")), "the build writes dist/packs").toBe(true);
    await fc.assert(
      fc.asyncProperty(structured, async (args) => {
        expect(await runCaptured(args, PACKS)).toEqual(await runCaptured(args));
      }),
      { numRuns: 1500 },
    );
  }, 600_000);
});
