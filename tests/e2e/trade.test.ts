import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { peopleRows, rowsInEveryMachineFormat } from "./formats.js";
import { ANSI, vnjp } from "./run.js";

describe("vnjp trade --year 2025", () => {
  it("shows the 2025 figures with growth on 2024", () => {
    const r = vnjp(["trade", "--year", "2025"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const row = r.stdout.split("\n").find((l) => l.includes("2025"))!;
    expect(row).toMatch(/51\.4\d/); // turnover about 51.4 bn
    expect(row).toContain("26.77");
    expect(row).toContain("24.68");
    expect(row).toContain("+2.09");
    expect(row).toMatch(/ \+\d+\.\d\d /); // growth, signed, under a "±%" header
    expect(r.stdout).toMatch(/±%/);
    expect(r.stdout).toMatch(/Source: /);
  });

  it("gives raw numbers in CSV that an independent parser reads back", () => {
    const r = vnjp(["trade", "--year", "2025", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.year).toBe("2025");
    expect(Math.round(Number(row.exports_usd_mn) / 10)).toBe(2677);
    expect(Math.round(Number(row.imports_usd_mn) / 10)).toBe(2468);
    // 26,766 − 24,677: the customs flows, inside the rounding of the "2.09 bn" reported.
    expect(Number(row.balance_usd_mn)).toBe(2089);
    expect(Number(row.exports_yoy_pct)).toBeGreaterThan(8);
    expect(r.stdout).not.toMatch(ANSI);
    // no separators, no exponent
    for (const [name, value] of Object.entries(row))
      if (/_(usd_mn|pct)$/.test(name)) expect(value, name).toMatch(/^(-?\d+(\.\d+)?)?$/);
  });

  it("gives JSON with meta, columns and rows, missing values as null", () => {
    const r = vnjp(["trade", "--from", "2022", "--to", "2025", "--format", "json"]);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.meta.dataset_version).toMatch(/\d{4}/);
    expect(doc.meta.sources.length).toBeGreaterThan(0);
    expect(doc.meta.sources[0].url).toMatch(/^https?:\/\//);
    expect(doc.columns.map((c: { name: string }) => c.name)).toContain("exports_usd_mn");
    expect(doc.rows.map((row: { year: number }) => row.year)).toEqual([2022, 2023, 2024, 2025]);
    const y2023 = doc.rows.find((row: { year: number }) => row.year === 2023);
    expect(Object.values(y2023)).toContain(null);
  });

  it("renders the same rows in every format", () => {
    const args = ["trade", "--from", "2019", "--to", "2021"];
    const machine = rowsInEveryMachineFormat(args);
    expect(machine.csv.map((r) => r.year)).toEqual(["2019", "2020", "2021"]);
    for (const format of ["tsv", "json", "ndjson"] as const)
      expect(machine[format], format).toEqual(machine.csv);
    for (const format of ["table", "md"] as const) {
      const lines = peopleRows(format, args);
      expect(lines, format).toHaveLength(3);
      machine.csv.forEach((row, i) => {
        expect(lines[i], format).toContain(row.year);
        for (const m of ["turnover", "exports", "imports"])
          expect(lines[i], `${format} ${m}`).toContain(
            (Number(row[`${m}_usd_mn`]) / 1000).toFixed(2),
          );
      });
    }
  });

  it("prints one row per year over a range, derived years marked", () => {
    const r = vnjp(["trade", "--from", "2005", "--to", "2025", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => Number(row.year))).toEqual(
      Array.from({ length: 21 }, (_, i) => 2005 + i),
    );
    expect(
      rows.some((row) =>
        Object.entries(row).some(([k, v]) => k.endsWith("_status") && v === "derived"),
      ),
    ).toBe(true);
  });
});

describe("--explain", () => {
  it("explains on stderr which observation each figure comes from", () => {
    const r = vnjp(["trade", "--year", "2024", "--explain", "--format", "csv"]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/2024: reconciled — decided by /);
    expect(r.stderr).toMatch(/set aside: turnover 48180 \(t2-tuoitre-[^)]*\) — /);
    expect(r.stderr).toMatch(/turnover: 46228\.433 derived = 2025 turnover \/ \(1 \+ 11\.28%\)/);
    expect(r.stdout).toMatch(/^year,/);
  });
});

describe("2025 growth as the 2025 reports state it", () => {
  // Every 2025 report: turnover +11.28%, exports +8.77%, imports +14.13%.
  const STATED = { turnover: 11.28, exports: 8.77, imports: 14.13 } as const;
  const near = (value: unknown, target: number) =>
    expect(Math.abs(Number(value) - target)).toBeLessThanOrEqual(0.05);

  it("in the table, with no conflict note", () => {
    const r = vnjp(["trade", "--year", "2025", "--color", "never"]);
    expect(r.status).toBe(0);
    const row = r.stdout.split("\n").find((l) => l.includes("2025"))!;
    const header = r.stdout
      .split("\n")
      .find((l) => l.includes("Year"))!
      .split("│");
    const cells = row.split("│");
    const pcts = header.flatMap((h, i) => (h.trim() === "±%" ? [Number(cells[i])] : []));
    expect(pcts).toHaveLength(3);
    for (const [i, p] of pcts.entries()) near(p, Object.values(STATED)[i]!);
    expect(r.stdout).not.toMatch(/the reports state|disagree/);
  });

  it("in CSV and JSON, beside the stated rate", () => {
    const csv = parse(vnjp(["trade", "--year", "2025", "--format", "csv"]).stdout, {
      columns: true,
    }) as Record<string, string>[];
    const json = JSON.parse(vnjp(["trade", "--year", "2025", "--format", "json"]).stdout).rows;
    for (const row of [csv[0]!, json[0]])
      for (const [m, rate] of Object.entries(STATED)) {
        near(row[`${m}_yoy_pct`], rate);
        near(row[`${m}_yoy_pct_stated`], rate);
        expect(row[`${m}_yoy_status`] ?? "").toBe("");
      }
  });

  it("in compare 2024 2025", () => {
    const table = vnjp(["compare", "2024", "2025", "--color", "never"]).stdout;
    expect(table).not.toMatch(/the reports state|disagree/);
    const line = (m: string) => table.split("\n").find((l) => l.includes(` ${m} `))!;
    const rows = parse(vnjp(["compare", "2024", "2025", "--format", "csv"]).stdout, {
      columns: true,
    }) as Record<string, string>[];
    for (const [m, rate] of Object.entries(STATED)) {
      const row = rows.find((x) => x.measure === m)!;
      near(row.change_pct, rate);
      near(row.change_pct_stated, rate);
      expect(line(m)).toContain(`+${Number(row.change_pct).toFixed(2)}`);
    }
  });

  it("in profile --year 2025", () => {
    const table = vnjp(["profile", "--year", "2025", "--color", "never"]).stdout;
    expect(table).not.toMatch(/the reports state/);
    const rows = JSON.parse(vnjp(["profile", "--year", "2025", "--format", "json"]).stdout).rows;
    for (const [m, rate] of Object.entries(STATED)) {
      const row = rows.find((x: Record<string, string>) => x.section === "trade" && x.item === m);
      near(row.yoy_pct, rate);
      near(row.yoy_pct_stated, rate);
      const line = table.split("\n").find((l) => l.includes(` ${m} `))!;
      expect(line).toContain(`+${Number(row.yoy_pct).toFixed(2)}`);
    }
  });
});
