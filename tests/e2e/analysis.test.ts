import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { peopleRows, rowsInEveryMachineFormat } from "./formats.js";
import { vnjp } from "./run.js";

describe("vnjp compare", () => {
  it("gives changes and a CAGR a reader can recompute from the same rows", () => {
    const r = vnjp(["compare", "2022", "2025", "--format", "json"]);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout).rows as Array<Record<string, number | string | null>>;
    expect(rows.map((row) => row.measure)).toEqual(["turnover", "exports", "imports", "balance"]);
    for (const row of rows) {
      const from = row.from_usd_mn as number;
      const to = row.to_usd_mn as number;
      expect(row.change_usd_mn).toBeCloseTo(to - from, 3);
      // A balance changes in USD only: neither a percentage nor a CAGR.
      if (row.measure === "balance") {
        expect(row.change_pct).toBeNull();
        expect(row.cagr_pct).toBeNull();
      } else {
        expect(row.change_pct).toBeCloseTo(((to - from) / from) * 100, 3);
        expect(row.cagr_pct).toBeCloseTo(((to / from) ** (1 / 3) - 1) * 100, 3);
      }
    }
  });

  it("shows the same rows in every format", () => {
    const args = ["compare", "2022", "2025"];
    const machine = rowsInEveryMachineFormat(args);
    expect(machine.csv.map((r) => r.measure)).toEqual([
      "turnover",
      "exports",
      "imports",
      "balance",
    ]);
    for (const format of ["tsv", "json", "ndjson"] as const)
      expect(machine[format], format).toEqual(machine.csv);
    for (const format of ["table", "md"] as const) {
      const lines = peopleRows(format, args);
      expect(lines, format).toHaveLength(4);
      machine.csv.forEach((row, i) => {
        expect(lines[i], format).toContain(row.measure);
        const bn = (Number(row.to_usd_mn) / 1000).toFixed(2);
        expect(lines[i], format).toContain(bn);
      });
    }
  });

  it("compares product groups with shares and rank movement", () => {
    const r = vnjp([
      "compare",
      "2021",
      "2025",
      "--by",
      "category",
      "--flow",
      "imports",
      "--format",
      "csv",
    ]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const electronics = rows.find((row) => row.category === "computers_electronics")!;
    expect(Number(electronics.to_rank)).toBe(1);
    expect(Number(electronics.to_share_pct)).toBeGreaterThan(30);
  });

  it("accepts words for years", () => {
    const r = vnjp(["compare", "2022", "latest", "--format", "csv"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/2022,.*,2025,/);
  });
});

describe("vnjp categories", () => {
  it("lists the 2025 groups with shares, a not-itemised line and a total", () => {
    const r = vnjp(["categories", "--year", "2025", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const value = (flow: string, id: string) =>
      rows.find((row) => row.flow === flow && row.category === id)?.value_usd_mn;
    expect(Number(value("exports", "textiles_garments"))).toBe(4595);
    expect(Number(value("exports", "transport_vehicles_parts"))).toBe(3287);
    expect(Number(value("exports", "wood_products"))).toBe(2153);
    expect(Math.round(Number(value("imports", "computers_electronics")))).toBeGreaterThanOrEqual(
      8347,
    );
    const pepper = rows.find((row) => row.category === "pepper")!;
    expect(pepper.value_usd_mn).toBe("");
    expect(Number(pepper.yoy_pct)).toBe(25.9);
    for (const flow of ["exports", "imports"]) {
      const listed = rows.filter(
        (row) => row.flow === flow && !["other", "total"].includes(row.category!),
      );
      const other = Number(value(flow, "other"));
      const total = Number(value(flow, "total"));
      const sum = listed.reduce((s, row) => s + Number(row.value_usd_mn || 0), 0);
      expect(sum + other).toBeCloseTo(total, 2);
    }
  });

  it("keeps partial periods apart from full years", () => {
    const r = vnjp([
      "categories",
      "--year",
      "2022",
      "--period",
      "H1",
      "--flow",
      "exports",
      "--format",
      "json",
    ]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).meta.title).toMatch(/M01-M06/);
    const h1Textiles = JSON.parse(r.stdout).rows.find(
      (row: { category: string }) => row.category === "textiles_garments",
    ).value_usd_mn;
    const full = vnjp(["categories", "--year", "2022", "--flow", "exports", "--format", "json"]);
    expect(full.status).toBe(0);
    const fullRows = JSON.parse(full.stdout).rows as Array<{
      category: string;
      value_usd_mn: number | null;
    }>;
    expect(fullRows.find((row) => row.category === "textiles_garments")?.value_usd_mn).not.toBe(
      h1Textiles,
    );
    const missing = vnjp(["categories", "--year", "2018", "--flow", "exports"]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no product-group figures for 2018; years available/);
  });
});

describe("vnjp balance", () => {
  it("states the sign convention and gives the coverage ratio", () => {
    const r = vnjp(["balance", "--from", "2019", "--format", "json"]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.meta.title).toMatch(/positive = Vietnamese surplus/);
    const y2021 = doc.rows.find((row: { year: number }) => row.year === 2021);
    expect(y2021.balance_usd_mn).toBe(-2520);
    expect(y2021.coverage_ratio).toBeCloseTo(20130 / 22650, 4);
  });
});

describe("year words", () => {
  it("accepts ranges and words for --year", () => {
    const last5 = JSON.parse(vnjp(["trade", "--year", "last5", "--format", "json"]).stdout).rows;
    expect(last5.map((row: { year: number }) => row.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    const range = JSON.parse(
      vnjp(["trade", "--year", "2019..2021", "--format", "json"]).stdout,
    ).rows;
    expect(range).toHaveLength(3);
  });
});
