// The loader reads only regular files, within the limits of limits.ts, as strict JSON; each
// hostile directory is built here, in a temporary directory, and refused with a one-line reason
// naming the file.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../src/data/limits.js";
import { readDir } from "../../src/data/loader.js";
import { validateFiles } from "../../src/data/validate.js";
import { DatasetInvalidError } from "../../src/errors.js";
import { vnjpInProcess } from "../in-process.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/user-2026/trade-2026.json", import.meta.url));
const valid = () => JSON.parse(readFileSync(FIXTURE, "utf8"));
const scratch = mkdtempSync(join(tmpdir(), "vnjp-loader-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let made = 0;
/** A fresh directory, filled by `fill`. */
function dir(fill: (d: string) => void): string {
  const d = join(scratch, String(made++));
  mkdirSync(d);
  fill(d);
  return d;
}

/** The problems readDir, then validation, find in `d` (none when it is valid). */
function problems(d: string) {
  try {
    return validateFiles(readDir(d, "data directory"));
  } catch (err) {
    if (err instanceof DatasetInvalidError) return [...err.problems];
    throw err;
  }
}

describe("only regular files", () => {
  it("refuses a FIFO without waiting for a writer", () => {
    const d = dir((d) => spawnSync("mkfifo", [join(d, "a.json")]));
    expect(problems(d)).toEqual([
      { file: join(d, "a.json"), path: "", reason: expect.stringMatching(/named pipe \(FIFO\)/) },
    ]);
  });

  it("refuses devices reached through a symlink, before reading a byte", () => {
    for (const device of ["/dev/zero", "/dev/urandom"]) {
      const d = dir((d) => symlinkSync(device, join(d, "a.json")));
      expect(problems(d)[0]!.reason).toMatch(/is a character device: vnjp reads only regular/);
    }
  });

  it("refuses a directory and a socket named *.json, and a loop of symlinks", async () => {
    expect(problems(dir((d) => mkdirSync(join(d, "a.json"))))[0]!.reason).toMatch(/is a directory/);
    const sockets = dir(() => {});
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(sockets, "a.json"), done));
    try {
      expect(problems(sockets)[0]!.reason).toMatch(/is a socket/);
    } finally {
      server.close();
    }
    const loop = dir((d) => {
      symlinkSync("b.json", join(d, "a.json"));
      symlinkSync("a.json", join(d, "b.json"));
    });
    expect(problems(loop).map((p) => p.reason)).toEqual([
      "cannot read: a loop of symbolic links",
      "cannot read: a loop of symbolic links",
    ]);
  });

  it("follows a symlink to a regular file", () => {
    const d = dir((d) => symlinkSync(FIXTURE, join(d, "a.json")));
    expect(problems(d)).toEqual([]);
  });
});

describe("limits, checked before the parse builds anything", () => {
  it("refuses nesting deeper than the limit, with its line and column", () => {
    const d = dir((d) => writeFileSync(join(d, "a.json"), `{"x":\n${"[".repeat(100_000)}`));
    expect(problems(d)[0]!.reason).toBe(
      `not read past line 2, column ${LIMITS.depth}: nesting deeper than ${LIMITS.depth} levels`,
    );
  });

  it("refuses more objects, or more values, than a file may hold", () => {
    const objects = dir((d) =>
      writeFileSync(
        join(d, "a.json"),
        `{"observations":[${"{},".repeat(LIMITS.objectsPerFile)}{}]}`,
      ),
    );
    expect(problems(objects)[0]!.reason).toMatch(/more than 300,000 records \(JSON objects\)/);
    const values = dir((d) =>
      writeFileSync(join(d, "a.json"), `{"observations":[${"0,".repeat(LIMITS.valuesPerFile)}0]}`),
    );
    expect(problems(values)[0]!.reason).toMatch(/more than 5,000,000 values in one file/);
  });

  it("counts a directory's objects across its files", () => {
    const half = `{"events":[${"{},".repeat(LIMITS.objectsPerFile - 2)}{}]}`;
    const d = dir((d) => {
      for (const name of ["a", "b", "c"]) writeFileSync(join(d, `${name}.json`), half);
    });
    const found = problems(d);
    expect(found.map((p) => p.file)).toContain(join(d, "c.json"));
    expect(found.find((p) => p.file === join(d, "c.json"))!.reason).toMatch(
      /more than the 600000 records a directory may hold/,
    );
  });

  it("stops checking at the stated number of problems, and prints the first ones", async () => {
    const d = dir((d) =>
      writeFileSync(join(d, "a.json"), JSON.stringify({ observations: Array(150_000).fill({}) })),
    );
    expect(problems(d)).toHaveLength(LIMITS.problemsCollected);
    const r = await vnjpInProcess(["data", "check", "--data", d]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("vnjp: dataset is invalid: 1000 or more problems");
    expect(lines).toHaveLength(LIMITS.problemsShown + 2);
    expect(lines.at(-1)).toBe("  … and 950 more, and checking stopped at 1000");
  });
});

describe("strict JSON", () => {
  it("refuses a repeated key with its path and line, the silent loss of a record list", () => {
    const d = dir((d) =>
      writeFileSync(
        join(d, "a.json"),
        JSON.stringify(valid(), null, 2).replace(
          '"observations": [',
          '"observations": [],\n  "observations": [',
        ),
      ),
    );
    expect(problems(d)).toEqual([
      {
        file: join(d, "a.json"),
        path: "observations",
        reason: "line 15: duplicate key 'observations' (JSON keeps only the last; remove one)",
      },
    ]);
    const inner = dir((d) =>
      writeFileSync(join(d, "a.json"), '{"sources": [{"id": "x",\n "id": "y"}]}'),
    );
    expect(problems(inner)[0]).toMatchObject({ path: "sources[0].id", reason: /line 2:/ });
  });

  it("refuses a lone surrogate, which no output encoding can carry", () => {
    const d = dir((d) =>
      writeFileSync(
        join(d, "a.json"),
        JSON.stringify(valid(), null, 2).replace("A made-up", "A \\ud800 made-up"),
      ),
    );
    expect(problems(d)).toEqual([
      {
        file: join(d, "a.json"),
        path: "sources[0].title",
        reason: "line 7: text is not valid Unicode (it holds a lone surrogate)",
      },
    ]);
    const paired = dir((d) =>
      writeFileSync(
        join(d, "a.json"),
        JSON.stringify(valid()).replace("A made-up", "A \\ud83d\\ude00 made-up"),
      ),
    );
    expect(problems(paired)).toEqual([]);
  });

  it("reports JSON cut short with its line and column", () => {
    for (const text of ["[", '{"sources":', '{\n  "sources": [\n']) {
      const d = dir((d) => writeFileSync(join(d, "a.json"), text));
      expect(problems(d)[0]!.reason, text).toMatch(/^invalid JSON at line \d+, column \d+/);
    }
  });
});

describe("figures checked against their series", () => {
  const withObservation = (change: Record<string, unknown>) =>
    dir((d) => {
      const doc = valid();
      Object.assign(doc.observations[0], change);
      writeFileSync(join(d, "a.json"), JSON.stringify(doc));
    });

  it("refuses a unit the measure cannot have", () => {
    expect(problems(withObservation({ unit: "count" }))).toEqual([
      expect.objectContaining({
        path: "observations[0].unit",
        reason: "exports is money: its unit is USD_mn or JPY_mn, not count",
      }),
    ]);
    expect(
      problems(
        withObservation({ series: "people", measure: "residents_year_end", unit: "USD_mn" }),
      )[0],
    ).toMatchObject({ reason: "residents_year_end is a count: its unit is count" });
  });

  it("refuses values outside a sane range for their unit, and growth rates beyond reason", () => {
    for (const change of [
      { value: 1.7e308 },
      { value: 1e12 },
      { value: 0.0000001 },
      { yoy_pct: -150 },
      { yoy_pct: 1e9 },
      { yoy_pct: 1e-9 },
    ])
      expect(problems(withObservation(change)), JSON.stringify(change)).toHaveLength(1);
    expect(problems(withObservation({ value: 1e11, yoy_pct: -100 }))).toEqual([]);
  });
});
