import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { vnjp } from "./run.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("vnjp data check", () => {
  it("finds no errors in the bundled data and lists the conflicts it knows", () => {
    const r = vnjp(["data", "check", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.every((row) => row.level === "warning")).toBe(true);
    const conflict2024 = rows.find(
      (row) => row.check === "conflict" && String(row.figure).startsWith("2024 trade turnover"),
    );
    // 2024 shows the 46.2 bn the 2025 growth implies, refined; the 48.18 bn preview is set aside.
    expect(conflict2024?.detail).toMatch(/shown 4622\d[\s\S]*also reported 48180/);
    // The 2025 reports' +11.28% holds on the 2024 level shown.
    expect(
      rows.some(
        (row) => row.check === "growth" && String(row.figure).startsWith("2025 trade turnover"),
      ),
    ).toBe(false);
  });

  it("says to rebuild when data/ was edited after the build wrote the parts vnjp reads", () => {
    // A copy of the package whose data/ holds one figure more than its dist/packs.
    const copy = mkdtempSync(join(tmpdir(), "vnjp-stale-"));
    try {
      for (const dir of ["bin", "dist", "data"])
        cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
      const tradeFile = join(copy, "data", "trade.json");
      const trade = JSON.parse(readFileSync(tradeFile, "utf8"));
      trade.observations.push({ ...trade.observations[0], id: "edited-after-build", year: 2026 });
      writeFileSync(tradeFile, JSON.stringify(trade));
      const r = spawnSync(process.execPath, [join(copy, "bin", "vnjp.js"), "data", "check"], {
        encoding: "utf8",
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /packs[/]trade\.json: is not what the build makes of data\/ now: run npm run build/,
      );
      expect(r.stderr).toMatch(/packs[/]all\.json/);
      expect(r.stderr).not.toMatch(/fdi\.json/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it("says to rebuild when the reconciled trade figures are not what the build makes", () => {
    const copy = mkdtempSync(join(tmpdir(), "vnjp-stale-"));
    try {
      for (const dir of ["bin", "dist", "data"])
        cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
      const tableFile = join(copy, "dist", "packs", "reconciled.json");
      const table = JSON.parse(readFileSync(tableFile, "utf8"));
      table.figures["vn|2025|turnover"].value += 1;
      writeFileSync(tableFile, JSON.stringify(table));
      const r = spawnSync(process.execPath, [join(copy, "bin", "vnjp.js"), "data", "check"], {
        encoding: "utf8",
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(
        /packs[/]reconciled\.json: is not what the build makes of data\/ now: run npm run build/,
      );
      expect(r.stderr).not.toMatch(/trade\.json/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("vnjp sources", () => {
  it("lists the sources of a year with URLs", () => {
    const r = vnjp(["sources", "--year", "2025", "--format", "json"]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.rows.length).toBeGreaterThan(2);
    for (const row of doc.rows) {
      expect(row.url).toMatch(/^https?:\/\//);
      expect(row.figures).toBeGreaterThan(0);
      expect(row.years).toBe("2025");
    }
  });
});
