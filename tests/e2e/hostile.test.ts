// Hostile datasets, environments and arguments, run as a user would meet them: each case ends
// within 5 s and 300 MB of memory, with a short message and no stack trace. The datasets are built
// here, in a temporary directory.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, sh } from "./run.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/user-2026/trade-2026.json", import.meta.url));
const SECONDS = 5;
const MEGABYTES = 300;
const scratch = mkdtempSync(join(tmpdir(), "vnjp-hostile-"));
// Written by the child as it exits: its peak resident memory, in kilobytes.
const PRELOAD = join(scratch, "peak.cjs");

interface Measured {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  megabytes: number;
}

/** Runs vnjp with `args`, measuring its wall time and peak memory. */
function measure(args: string[], env: Record<string, string> = {}): Measured {
  const report = join(scratch, `peak-${Math.random().toString(36).slice(2)}`);
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-r", PRELOAD, BIN, ...args], {
    env: { ...process.env, NO_COLOR: "1", VNJP_PEAK: report, ...env },
    encoding: "utf8",
    timeout: SECONDS * 2000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let megabytes = Number.POSITIVE_INFINITY;
  try {
    megabytes = Number(readFileSync(report, "utf8")) / 1024;
  } catch {
    // No report: the process died before it could write one.
  }
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds, megabytes };
}

function directory(name: string, fill: (dir: string) => void): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  fill(dir);
  return dir;
}

const fixture = () => JSON.parse(readFileSync(FIXTURE, "utf8"));
const dirs: Record<string, string> = {};

beforeAll(() => {
  writeFileSync(
    PRELOAD,
    "process.on('exit', () => require('node:fs')" +
      ".writeFileSync(process.env.VNJP_PEAK, String(process.resourceUsage().maxRSS)));\n",
  );
  dirs.fifo = directory("fifo", (d) => spawnSync("mkfifo", [join(d, "a.json")]));
  dirs.zero = directory("zero", (d) => symlinkSync("/dev/zero", join(d, "a.json")));
  dirs.urandom = directory("urandom", (d) => symlinkSync("/dev/urandom", join(d, "a.json")));
  dirs.empty150k = directory("empty150k", (d) =>
    writeFileSync(join(d, "a.json"), JSON.stringify({ observations: Array(150_000).fill({}) })),
  );
  dirs.empty1m = directory("empty1m", (d) =>
    writeFileSync(join(d, "a.json"), JSON.stringify({ observations: Array(1_000_000).fill({}) })),
  );
  dirs.nested = directory("nested", (d) => writeFileSync(join(d, "a.json"), "[".repeat(31e6)));
  dirs.numbers = directory("numbers", (d) =>
    writeFileSync(join(d, "a.json"), `[${"0,".repeat(20e6)}0]`),
  );
  dirs.huge = directory("huge", (d) => {
    const doc = fixture();
    for (const o of doc.observations) o.value = 1.7e308;
    writeFileSync(join(d, "a.json"), JSON.stringify(doc));
  });
  dirs.largest = directory("largest", (d) => {
    const doc = fixture();
    for (const o of doc.observations) o.value = 1e11;
    writeFileSync(join(d, "a.json"), JSON.stringify(doc));
  });
  // The largest file read: one text of 60 MB, held as bytes, as text and as the parsed string.
  dirs.longText = directory("longText", (d) =>
    writeFileSync(join(d, "a.json"), `{"version":"${"a".repeat(60e6)}"}`),
  );
  dirs.oversized = directory("oversized", (d) =>
    writeFileSync(join(d, "a.json"), Buffer.alloc(65 * 1024 * 1024, 0x20)),
  );
}, 120_000);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The case ended in time, within memory, with a clean message of at most `lines` lines. */
function bounded(r: Measured, status: number, message: RegExp, lines = 2) {
  expect(r.seconds, r.stderr).toBeLessThan(SECONDS);
  expect(r.megabytes, r.stderr).toBeLessThan(MEGABYTES);
  expect(r.status, r.stderr).toBe(status);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|FATAL|heap/i);
  expect(r.stderr.trimEnd().split("\n").length).toBeLessThanOrEqual(lines);
}

describe("hostile datasets end in time, within memory", () => {
  const cases: Array<[string, RegExp]> = [
    ["fifo", /a\.json: is a named pipe \(FIFO\)/],
    ["zero", /a\.json: is a character device/],
    ["urandom", /a\.json: is a character device/],
    ["empty1m", /more than 300,000 records \(JSON objects\) in one file/],
    ["nested", /nesting deeper than 32 levels/],
    ["numbers", /more than 5,000,000 values in one file/],
    ["huge", /observations\[0\]\.value: a value in USD_mn lies between/],
    ["oversized", /file is more than the 67108864 bytes a dataset file may be/],
  ];
  for (const [name, message] of cases)
    it(`${name}: data check and trade`, () => {
      for (const command of [["data", "check"], ["trade"]])
        bounded(measure([...command, "--data", dirs[name]!]), 1, message, 3);
    });

  it("150,000 empty objects: 50 problems printed, then how many more", () => {
    const r = measure(["data", "check", "--data", dirs.empty150k!]);
    bounded(r, 1, /… and 950 more, and checking stopped at 1000$/m, 52);
  });

  it("a file just under the size limit is read within the memory bound", () => {
    const r = measure(["info", "--data", dirs.longText!, "--format", "csv"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.seconds).toBeLessThan(SECONDS);
    expect(r.megabytes).toBeLessThan(MEGABYTES);
  });

  it("the largest values allowed are drawn and summed without overflow or exponent", () => {
    for (const command of [
      ["trade", "--from", "2025"],
      ["chart", "turnover"],
      ["data", "check"],
    ]) {
      const r = measure([...command, "--data", dirs.largest!]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.seconds).toBeLessThan(SECONDS);
      expect(r.stdout).not.toMatch(/Infinity|NaN|\de[+-]?\d/);
    }
  });
});

describe("hostile environments and arguments", () => {
  it("bounds COLUMNS: junk ignored, a huge width clamped", () => {
    for (const columns of ["1e9", "1e300", "100000000", "-3", "abc"]) {
      const r = measure(["chart", "turnover"], { COLUMNS: columns });
      expect(r.status, `${columns}: ${r.stderr}`).toBe(0);
      expect(r.seconds).toBeLessThan(SECONDS);
      expect(r.megabytes).toBeLessThan(MEGABYTES);
      const widest = Math.max(...r.stdout.split("\n").map((l) => [...l].length));
      expect(widest, columns).toBeLessThanOrEqual(1000);
    }
  });

  it("guesses nothing from megabyte arguments, quickly", () => {
    const word = (c: string) => c.repeat(131_000);
    const r = measure([
      "categories",
      "--category",
      ...["a", "b", "c", "d", "e", "f", "g", "h"].map(word),
    ]);
    bounded(r, 2, /unknown product group/);
    expect(r.stderr).not.toMatch(/did you mean/);
    bounded(measure([word("x")]), 2, /unknown command/);
  });

  it("reports closed standard output as an error, and /dev/null as a success", () => {
    const closed = sh(`node ${BIN} trade --year 2025 >&-; echo "status=$?"`);
    expect(closed.stdout.trim()).toBe("status=1");
    expect(closed.stderr).toMatch(/^vnjp: cannot write output: standard output is closed\n$/);
    const discarded = sh(`node ${BIN} trade --year 2025 >/dev/null; echo "status=$?"`);
    expect(discarded.stdout.trim()).toBe("status=0");
    expect(discarded.stderr).toBe("");
    // A program that discards the output on purpose opens /dev/null read-write, as Node does for a
    // closed descriptor: it is told of no failure.
    const ignored = spawnSync(process.execPath, [BIN, "trade", "--year", "2025"], {
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    expect(ignored.status, ignored.stderr).toBe(0);
  });
});
