// Output settings decided once: colour from --color, NO_COLOR, FORCE_COLOR and the terminal; width
// from the terminal or COLUMNS, within bounds. Then the same decisions seen through run().
import { describe, expect, it } from "vitest";
import { decideColor, decideWidth, WIDTH_RANGE } from "../../src/settings.js";
import { ANSI } from "../e2e/run.js";
import { vnjpInProcess } from "../in-process.js";

describe("decideColor", () => {
  const cases: Array<[Parameters<typeof decideColor>, boolean]> = [
    [["auto", {}, true], true],
    [["auto", {}, false], false],
    [["auto", { TERM: "dumb" }, true], false],
    [["auto", { NO_COLOR: "1" }, true], false],
    [["auto", { NO_COLOR: "" }, true], true],
    [["auto", { FORCE_COLOR: "1" }, false], true],
    [["auto", { FORCE_COLOR: "0" }, true], false],
    [["auto", { FORCE_COLOR: "false" }, true], false],
    [["auto", { FORCE_COLOR: "" }, false], true],
    [["auto", { NO_COLOR: "1", FORCE_COLOR: "1" }, true], false],
    [["always", { NO_COLOR: "1" }, false], true],
    [["never", { FORCE_COLOR: "1" }, true], false],
    [["auto", { CI: "true" }, true], true],
  ];
  for (const [args, expected] of cases) {
    const where = args[2] ? "terminal" : "pipe";
    it(`${args[0]}, ${JSON.stringify(args[1])}, ${where} → ${expected}`, () => {
      expect(decideColor(...args)).toBe(expected);
    });
  }
});

describe("decideWidth", () => {
  it("takes the terminal's width, else COLUMNS, else 80", () => {
    expect(decideWidth(120, { COLUMNS: "60" })).toBe(120);
    expect(decideWidth(undefined, { COLUMNS: "60" })).toBe(60);
    expect(decideWidth(undefined, { COLUMNS: " 90 " })).toBe(90);
    expect(decideWidth(undefined, {})).toBe(80);
    expect(decideWidth(0, {})).toBe(80);
  });

  it("ignores junk and clamps what is out of range", () => {
    for (const junk of ["abc", "1e9", "1e300", "-5", "12.5", "", "Infinity", "0x50"])
      expect(decideWidth(undefined, { COLUMNS: junk }), junk).toBe(80);
    expect(decideWidth(undefined, { COLUMNS: "100000000" })).toBe(WIDTH_RANGE.max);
    expect(decideWidth(undefined, { COLUMNS: "5" })).toBe(WIDTH_RANGE.min);
    expect(decideWidth(1e9, {})).toBe(WIDTH_RANGE.max);
    expect(WIDTH_RANGE).toEqual({ min: 20, max: 1000 });
  });
});

describe("colour through run()", () => {
  const colours = async (argv: string[], env: NodeJS.ProcessEnv = {}, tty = false) =>
    ANSI.test((await vnjpInProcess(argv, { env, stdoutIsTTY: tty })).stdout);
  const year = ["trade", "--year", "2025"];

  it("colours a terminal by default, never a pipe unless asked", async () => {
    expect(await colours(year, {}, true)).toBe(true);
    expect(await colours(year)).toBe(false);
    expect(await colours(["chart", "turnover"])).toBe(false);
    expect(await colours([...year, "--color", "always"])).toBe(true);
    expect(await colours(year, { FORCE_COLOR: "1" })).toBe(true);
  });

  it("follows NO_COLOR and --color never, and never colours a machine format", async () => {
    expect(await colours(year, { NO_COLOR: "1" }, true)).toBe(false);
    expect(await colours([...year, "--color", "never"], { FORCE_COLOR: "1" }, true)).toBe(false);
    for (const format of ["csv", "tsv", "json", "ndjson"])
      expect(await colours([...year, "-f", format, "--color", "always"], {}, true), format).toBe(
        false,
      );
  });
});
