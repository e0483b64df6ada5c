// The README's Reliability limits are the numbers the code enforces.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/data/limits.js";
import { LONGEST_GUESSED } from "../../src/domain/words.js";
import { WIDTH_RANGE } from "../../src/settings.js";
import { GROWTH_LIMITS, SMALLEST_MAGNITUDE, UNIT_LIMITS } from "../../src/values.js";

const README = readFileSync(fileURLToPath(new URL("../../README.md", import.meta.url)), "utf8");
const section = README.split("## Reliability limits")[1]!.split("\n## ")[0]!;
const table = new Map(
  section
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| limit") && !l.startsWith("| ---"))
    .map((l) => l.split("|").map((c) => c.trim()))
    .map(([, name, value]) => [name!, value!]),
);
const plain = (n: number) =>
  n.toLocaleString("en", { useGrouping: false, maximumFractionDigits: 9 });

describe("README: Reliability limits", () => {
  it("states the limits the code enforces", () => {
    const expected: Array<[string, string]> = [
      ["size of one dataset file", `${LIMITS.fileBytes} bytes`],
      ["size of all the files of a directory", `${LIMITS.directoryBytes} bytes`],
      ["`.json` files in a directory", plain(LIMITS.files)],
      ["nesting of objects and arrays", `${LIMITS.depth} levels`],
      ["records (JSON objects) in one file", plain(LIMITS.objectsPerFile)],
      ["records (JSON objects) in a directory", plain(LIMITS.objectsPerDirectory)],
      ["values of any kind in one file", plain(LIMITS.valuesPerFile)],
      ["problems printed for an invalid dataset", `${LIMITS.problemsShown}, then`],
      ["problems after which checking stops", plain(LIMITS.problemsCollected)],
      ["`COLUMNS` and terminal width", `${WIDTH_RANGE.min} to ${WIDTH_RANGE.max}`],
      ["word length for a did-you-mean suggestion", `${LONGEST_GUESSED} characters`],
      ["a value in `USD_mn`", `±${plain(UNIT_LIMITS.USD_mn)}`],
      ["a value in `JPY_mn`", `±${plain(UNIT_LIMITS.JPY_mn)}`],
      ["a value in `count`", plain(UNIT_LIMITS.count)],
      ["a non-zero value or growth rate, at least", plain(SMALLEST_MAGNITUDE)],
      ["a stated growth rate, in percent", `${GROWTH_LIMITS.min} to ${GROWTH_LIMITS.max}`],
    ];
    for (const [name, value] of expected)
      expect(table.get(name), name).toMatch(
        new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`),
      );
    expect(table.size).toBe(expected.length);
  });
});
