import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { vnjp } from "./run.js";

describe("vnjp data check", () => {
  it("finds no errors in the bundled data and lists the conflicts it knows", () => {
    const r = vnjp(["data", "check", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.every((row) => row.level === "warning")).toBe(true);
    const conflict2024 = rows.find((row) => row.check === "conflict" && String(row.figure).startsWith("2024 trade turnover"));
    expect(conflict2024?.detail).toMatch(/48180[\s\S]*46200/);
    expect(rows.some((row) => row.check === "growth" && String(row.figure).startsWith("2025 trade turnover"))).toBe(true);
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

  it("rejects an unknown series with status 2", () => {
    const r = vnjp(["sources", "--series", "tarde"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/invalid series 'tarde'/);
  });
});
