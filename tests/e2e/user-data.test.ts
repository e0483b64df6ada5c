import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { vnjp } from "./run.js";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

describe("--data: a user's own figures", () => {
  it("shows a year that only the user's data holds, layered over the bundled years", () => {
    const r = vnjp(["trade", "--data", fixture("user-2026"), "--from", "2025", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.year)).toEqual(["2025", "2026"]);
    const y2026 = rows[1]!;
    expect(Number(y2026.exports_usd_mn)).toBe(28000);
    expect(Number(y2026.turnover_usd_mn)).toBe(53000);
    expect(y2026.turnover_status).toBe("derived");
  });

  it("reads VNJP_DATA like --data, and --data-only drops the bundled data", () => {
    const env = vnjp(["trade", "--year", "2026", "--format", "csv"], {
      VNJP_DATA: fixture("user-2026"),
    });
    expect(env.status).toBe(0);
    const only = vnjp(["trade", "--data", fixture("user-2026"), "--data-only", "--year", "2025"]);
    expect(only.status).toBe(1);
    expect(only.stderr).toMatch(/no trade figures for 2025; years available: 2026/);
  });
});

describe("bad user data: a clear error, exit 1, nothing on stdout", () => {
  const cases: Array<[string, RegExp[]]> = [
    ["does-not-exist", [/cannot read data directory .*does-not-exist: no such file or directory/]],
    ["invalid-json", [/bad\.json: invalid JSON at line 3, column \d+/]],
    [
      "wrong-types",
      [
        /observations\[0\]\.year: .*number/i,
        /observations\[1\]\.value: a count is a whole number/,
        /observations\[2\]\.source: every figure cites a source/,
        /sources\[0\]\.published: no such day/,
      ],
    ],
    ["unknown-source", [/observations\[0\]\.source: unknown source id 'nowhere'/]],
    ["duplicate-ids", [/observations\[1\]\.id: duplicate id 'o1'/]],
    ["unreadable", [/broken\.json: is a directory: vnjp reads only regular files/]],
  ];
  for (const [name, messages] of cases)
    it(name, () => {
      const r = vnjp(["trade", "--data", fixture(name), "--year", "2025"]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      for (const m of messages) expect(r.stderr).toMatch(m);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const check = vnjp(["data", "check", "--data", fixture(name)]);
      expect(check.status).toBe(1);
      expect(check.stdout).toBe("");
    });

  it("refuses a file far too large to be a dataset, unread", () => {
    const dir = mkdtempSync(join(tmpdir(), "vnjp-big-"));
    writeFileSync(join(dir, "big.json"), Buffer.alloc(65 * 1024 * 1024, 0x20));
    const r = vnjp(["trade", "--data", dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/big\.json: file is more than the \d+ bytes a dataset file may be/);
    expect(readdirSync(dir)).toEqual(["big.json"]);
  });
});

describe("vnjp data export and info", () => {
  it("exports every observation with its source, read back by an independent CSV parser", () => {
    const r = vnjp(["data", "export", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const info = JSON.parse(vnjp(["info", "--format", "json"]).stdout);
    const total = Number(/(\d+) observations/.exec(info.meta.title)![1]);
    expect(rows).toHaveLength(total);
    for (const row of rows) {
      expect(row.source_url, row.id).toMatch(/^https?:\/\//);
      expect(row.source_publisher, row.id).not.toBe("");
    }
    const textiles = rows.find((row) => row.id === "seed-congthuong-2025-x-textiles")!;
    expect(textiles.value).toBe("4595");
    expect(textiles.source_url).toMatch(/congthuong\.vn/);
  });

  it("reports coverage, naming derived years", () => {
    const r = vnjp(["info", "--format", "json"]);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout).rows as Array<Record<string, string | number | null>>;
    const turnover = rows.find((row) => row.series === "trade turnover (vn)")!;
    expect(turnover.latest).toBe(2025);
    // 2009 from 2010 and its stated growth; 2013 from its exports and imports.
    expect(String(turnover.derived)).toMatch(/2009[\s\S]*2013/);
  });
});
