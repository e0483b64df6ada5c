// Corrupted datasets: every corruption of a valid file is rejected with a message naming the file
// and, for a record, its path; none is accepted silently and none crashes.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDir } from "../../src/data/loader.js";
import { validateFiles } from "../../src/data/validate.js";
import { DatasetInvalidError } from "../../src/errors.js";

const VALID = readFileSync(
  fileURLToPath(new URL("../fixtures/user-2026/trade-2026.json", import.meta.url)),
  "utf8",
);
type Doc = {
  sources: Array<Record<string, unknown>>;
  observations: Array<Record<string, unknown>>;
};

/** Each corruption: a name, and a change to the parsed document (or to its text). */
const CORRUPTIONS: Array<[string, (d: Doc, i: number) => void]> = [
  [
    "wrong type for year",
    (d, i) => {
      d.observations[i]!.year = String(d.observations[i]!.year);
    },
  ],
  [
    "wrong type for value",
    (d, i) => {
      d.observations[i]!.value = "28000";
    },
  ],
  [
    "negative count",
    (d, i) =>
      Object.assign(d.observations[i]!, {
        series: "people",
        measure: "residents_year_end",
        unit: "count",
        value: -3,
      }),
  ],
  [
    "fractional count",
    (d, i) =>
      Object.assign(d.observations[i]!, {
        series: "people",
        measure: "residents_year_end",
        unit: "count",
        value: 1.5,
      }),
  ],
  [
    "impossible date",
    (d) => {
      d.sources[0]!.published = "2027-02-30";
    },
  ],
  [
    "impossible as_of",
    (d, i) => {
      d.observations[i]!.as_of = "2026-13";
    },
  ],
  ["duplicate observation id", (d, i) => void d.observations.push({ ...d.observations[i]! })],
  ["duplicate source id", (d) => void d.sources.push({ ...d.sources[0]! })],
  [
    "unknown source id",
    (d, i) => {
      d.observations[i]!.source = "no-such-source";
    },
  ],
  ["missing source", (d, i) => void delete d.observations[i]!.source],
  [
    "unknown status",
    (d, i) => {
      d.observations[i]!.status = "guess";
    },
  ],
  [
    "unknown field",
    (d, i) => {
      d.observations[i]!.colour = "red";
    },
  ],
  [
    "bad period",
    (d, i) => {
      d.observations[i]!.period = "M07-M01";
    },
  ],
  [
    "bad url",
    (d) => {
      d.sources[0]!.url = "not a url";
    },
  ],
  [
    "huge number",
    (d, i) => {
      // What a literal past the largest double (1e309) becomes.
      d.observations[i]!.value = Number.POSITIVE_INFINITY;
    },
  ],
];

function check(text: string) {
  const dir = mkdtempSync(join(tmpdir(), "vnjp-fuzz-"));
  try {
    writeFileSync(join(dir, "data.json"), text);
    try {
      return validateFiles(readDir(dir, "data directory"));
    } catch (err) {
      if (err instanceof DatasetInvalidError) return err.problems;
      throw err; // anything else is a crash
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("corrupted datasets", () => {
  it("the uncorrupted fixture is valid", () => {
    expect(check(VALID)).toEqual([]);
  });

  it("every corruption of a record is rejected with the file and the record's path", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CORRUPTIONS), fc.nat(1), ([name, corrupt], i) => {
        const doc = JSON.parse(VALID) as Doc;
        corrupt(doc, i);
        // JSON.stringify writes 1e309 (Infinity) as null: the value is then missing, which must
        // also fail.
        const problems = check(JSON.stringify(doc));
        expect(problems.length, name).toBeGreaterThan(0);
        for (const p of problems) {
          expect(p.file).toMatch(/data\.json$/);
          expect(p.path, name).toMatch(/^(sources|observations)\[\d+\]/);
          expect(p.reason.length).toBeGreaterThan(3);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("truncated or mangled JSON is rejected with a line and column", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: VALID.length - 2 }),
        fc.constantFrom("truncate", "NaN", "Infinity", "comma"),
        (at, how) => {
          const text =
            how === "truncate"
              ? VALID.slice(0, at)
              : how === "comma"
                ? VALID.replace(/}\s*\]\s*}\s*$/, "},]}")
                : VALID.replace(/"value": \d+/, `"value": ${how}`);
          const problems = check(text);
          expect(problems.length).toBeGreaterThan(0);
          expect(problems[0]!.reason).toMatch(/^invalid JSON at line \d+, column \d+: /);
        },
      ),
      { numRuns: 300 },
    );
  });
});
