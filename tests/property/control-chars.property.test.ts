// Terminal control characters in a dataset's text, in file and directory names and in arguments
// never reach the terminal raw: through every command, in table format, stdout and stderr hold no
// character below U+0020 but newline and tab, and no DEL or C1.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { vnjpInProcess } from "../in-process.js";

const FIXTURE = fileURLToPath(new URL("../fixtures/user-2026/trade-2026.json", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "vnjp-control-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

const controls = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
  "\u007f",
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(0x80 + i)),
];
/** Text that holds control characters, among letters a dataset has. */
const hostile = fc
  .string({
    unit: fc.oneof(fc.constantFrom(...controls), fc.constantFrom("a", "Z", "ệ", "繊", " ", "'")),
    minLength: 1,
    maxLength: 10,
  })
  .map((s) => `x${s.replaceAll("\u0000", "\u0001")}`);
// A file name holds any character but the slash and NUL.
const nameOf = (s: string) => s.replaceAll("/", "_").replaceAll("\u0000", "_");

let made = 0;
/** A --data directory, itself named with control characters, whose text holds them too. */
function dataset(t: string[], broken: boolean): string {
  const dir = join(scratch, `${made++}-${nameOf(t[0]!)}`);
  mkdirSync(dir);
  const doc = JSON.parse(readFileSync(FIXTURE, "utf8"));
  doc.version = t[1];
  Object.assign(doc.sources[0], { publisher: t[2], title: t[3] });
  doc.categories = [{ id: "hostile_group", en: t[4], vi: t[5], ja: t[6] }];
  doc.observations.push(
    {
      id: "hostile-2026-x",
      series: "category",
      measure: "exports",
      category: "hostile_group",
      reporter: "vn",
      year: 2026,
      period: "FY",
      value: 100,
      unit: "USD_mn",
      status: "final",
      hedge: "exact",
      source: "fixture-2026",
      note: t[7],
    },
    {
      id: "hostile-2026-people",
      series: "people",
      measure: "residents_year_end",
      reporter: "jp",
      year: 2026,
      period: "FY",
      as_of: "2026-06",
      value: 700000,
      unit: "count",
      status: "final",
      hedge: "exact",
      source: "fixture-2026",
    },
  );
  doc.events = [
    {
      id: "hostile-event",
      kind: "agreement",
      name: t[8],
      short: t[9],
      parties: t[10],
      signed: "2026-01-02",
      in_force: "2026-03-04",
      source: "fixture-2026",
    },
  ];
  if (broken) doc.observations[0][t[11]!] = t[12];
  writeFileSync(join(dir, `${nameOf(t[13]!)}.json`), JSON.stringify(doc));
  return dir;
}

const commands = (t: string[]) => [
  ["trade"],
  ["trade", "--year", "2026", "--explain"],
  ["chart", "turnover", "--from", "2020"],
  ["compare", "2025", "2026", "--explain"],
  ["categories", "--year", "2026", "--explain"],
  ["categories", "--year", "2026", "--flow", "exports", "--chart"],
  ["categories", "--category", t[4]!],
  ["categories", "--category", t[14]!],
  ["balance", "--from", "2024"],
  ["invest", "--from", "2025", "--explain"],
  ["people", "--from", "2025", "--explain"],
  ["agreements", "--explain"],
  ["timeline", "--from", "2020", "--explain"],
  ["profile", "--year", "2026", "--explain"],
  ["sources", "--year", "2026"],
  ["info"],
  ["data", "check"],
  ["data", "export", "--format", "table"],
  ["completion", "bash"],
  ["trade", "--year", t[14]!],
  ["sources", "--series", t[14]!],
  [t[14]!],
  [`--${t[14]}`],
  ["trade", t[14]!],
];

describe("control characters", () => {
  it("never reach stdout or stderr raw, from data, file names or arguments", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostile, { minLength: 15, maxLength: 15 }),
        fc.boolean(),
        fc.nat(23),
        fc.constantFrom("md", "table"),
        async (t, broken, which, format) => {
          const dir = dataset(t, broken);
          const argv = [...commands(t)[which]!, "--data", dir, "--color", "never", "-f", format];
          const r = await vnjpInProcess(argv);
          expect(r.stdout + r.stderr, JSON.stringify(argv)).not.toMatch(RAW_CONTROL);
          expect(r.stderr).not.toMatch(/internal error/);
        },
      ),
      { numRuns: 400 },
    );
  }, 300_000);

  it("reach no command's output from the hostile dataset when it is valid", async () => {
    // The same dataset, valid, through every command: each one answers, so the text is printed.
    const t = Array.from({ length: 15 }, (_, i) => `x\u001b[2J\r${i}\u0007\u009b`);
    const dir = dataset(t, false);
    for (const argv of commands(t).slice(0, 19)) {
      const r = await vnjpInProcess([...argv, "--data", dir, "--color", "never"]);
      expect(r.stdout + r.stderr, argv.join(" ")).not.toMatch(RAW_CONTROL);
      if (argv[0] !== "categories" || argv[1] !== "--category" || argv[2] === t[4])
        expect(r.status, `${argv.join(" ")}\n${r.stderr}`).toBe(0);
    }
  });
});
