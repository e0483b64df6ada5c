import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { ANSI, vnjp } from "./run.js";

describe("vnjp chart", () => {
  for (const columns of ["60", "80", "160"])
    it(`draws turnover 2005–2025 within ${columns} columns`, () => {
      const r = vnjp(["chart", "turnover", "--from", "2005", "--to", "2025"], { COLUMNS: columns });
      expect(r.status).toBe(0);
      for (const line of r.stdout.split("\n"))
        expect([...line].length).toBeLessThanOrEqual(Number(columns));
      expect(r.stdout).toContain("2005");
      expect(r.stdout).toContain("2025");
      expect(r.stdout).not.toMatch(/e\+|e-\d/);
    });

  it("draws the balance as diverging bars with each value", () => {
    const r = vnjp(["chart", "balance", "--from", "2019", "--to", "2021", "--ascii"], {
      COLUMNS: "80",
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2021 +#+\| +-2\.52/);
    expect(r.stdout).toMatch(/2019 +\|#+ +\+0\.87/);
  });

  it("prints its data rows in machine formats, not a drawing", () => {
    const r = vnjp([
      "chart",
      "exports",
      "imports",
      "--from",
      "2019",
      "--to",
      "2021",
      "--format",
      "csv",
    ]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.year)).toEqual(["2019", "2020", "2021"]);
    expect(Number(rows[0]!.exports_usd_mn)).toBe(20410);
  });

  it("honours colour settings", () => {
    expect(vnjp(["chart", "turnover"], { COLUMNS: "80" }).stdout).not.toMatch(ANSI);
    expect(vnjp(["chart", "turnover", "--color", "always"], { COLUMNS: "80" }).stdout).toMatch(
      ANSI,
    );
    expect(
      vnjp(["chart", "turnover", "--color", "always"], { COLUMNS: "80", NO_COLOR: "1" }).stdout,
    ).toMatch(ANSI);
    expect(
      vnjp(["chart", "turnover"], { COLUMNS: "80", NO_COLOR: "1", FORCE_COLOR: "1" }).stdout,
    ).not.toMatch(ANSI);
  });

  it("rejects an unknown series and draws category bars for one flow", () => {
    const bad = vnjp(["chart", "turnvoer"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/invalid series 'turnvoer'/);
    const bars = vnjp(["categories", "--year", "2025", "--flow", "exports", "--chart"], {
      COLUMNS: "80",
    });
    expect(bars.status).toBe(0);
    expect(bars.stdout).toMatch(/Textiles and garments +█+ +4\.(59|60) bn +17\.2%/);
    expect(vnjp(["categories", "--year", "2025", "--chart"]).status).toBe(2);
  });
});
