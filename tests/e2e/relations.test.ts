import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { FDI_MEASURES, FORMATS, PICTURE_FORMATS } from "../../src/values.js";
import { vnjp } from "./run.js";

describe("vnjp profile", () => {
  it("shows the 2025 trade figures and the latest investment stock with their as-of dates", () => {
    const r = vnjp(["profile", "--year", "2025", "--format", "json"]);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout).rows as Array<Record<string, string | number | null>>;
    const item = (section: string, item: string) =>
      rows.find((row) => row.section === section && row.item === item)!;
    expect(Math.round(Number(item("trade", "exports").value_usd_mn) / 10)).toBe(2677);
    expect(Math.round(Number(item("trade", "imports").value_usd_mn) / 10)).toBe(2468);
    // 26,766 − 24,677: inside the rounding of the "2.09 bn" reported.
    expect(item("trade", "balance (exports − imports)").value_usd_mn).toBe(2089);
    const projects = item("invest", "valid projects, cumulative");
    expect(projects.measure).toBe("projects_cumulative");
    expect(projects.value_count).toBe(5608);
    expect(projects.as_of).toBe("2025-07-31");
    expect(projects.status).toBe("preliminary");
    expect(rows.filter((row) => row.section === "exports")).toHaveLength(3);
    expect(rows.filter((row) => row.section === "in force").map((row) => row.item)).toEqual(
      expect.arrayContaining(["AJCEP", "VJEPA", "CPTPP", "RCEP"]),
    );
    // Growth is a number of its own, never text inside the value.
    expect(typeof item("trade", "exports").yoy_pct).toBe("number");
  });

  it("marks figures from an earlier date than the year asked for", () => {
    const r = vnjp(["profile", "--year", "2022", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    const residents = rows.find((row) => row.item === "Vietnamese residents, end of December")!;
    expect(residents.as_of).toBe("2022-12-31");
    expect(rows.some((row) => /nearest earlier/.test(row.note!))).toBe(true);
    expect(rows.find((row) => row.item === "RCEP")?.as_of).toBe("2022-01-01");
  });
});

describe("vnjp invest and people", () => {
  it("round-trips invest CSV, with a measure id, its label and ISO date columns", () => {
    const r = vnjp(["invest", "--format", "csv"]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBeGreaterThan(20);
    const iso = /^\d{4}(-\d{2}(-\d{2})?)?$/;
    for (const row of rows) {
      expect(FDI_MEASURES).toContain(row.measure);
      expect(row.measure_label).not.toBe("");
      expect(row[row.unit === "USD_mn" ? "value_usd_mn" : "value_count"]).toBe(row.value);
      expect(row.value).toMatch(/^\d+(\.\d+)?$/);
      if (row.as_of) expect(row.as_of).toMatch(iso);
      else {
        expect(row.period_start).toMatch(/^\d{4}-\d{2}-01$/);
        expect(row.period_end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(row).not.toHaveProperty("when");
    }
    const end2022 = rows.find(
      (row) => row.as_of === "2022-12" && row.measure === "projects_cumulative",
    )!;
    expect(Number(end2022.value)).toBe(4978);
    expect(rows.some((row) => row.measure === "capital_registered_new_projects")).toBe(true);
    expect(rows.some((row) => row.measure === "capital_registered_total")).toBe(true);
  });

  it("gives the change between official counts of the same measure, and names its base", () => {
    const r = vnjp(["people", "--from", "2023", "--format", "json"]);
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout).rows as Array<Record<string, string | number | null>>;
    const yearEnd = rows.filter((row) => row.measure === "residents_year_end");
    expect(yearEnd.length).toBeGreaterThan(1);
    for (const row of yearEnd) expect(typeof row.change).toBe("number");
    const end2024 = yearEnd.find((row) => row.as_of === "2024-12-31")!;
    expect(end2024).toMatchObject({ value: 634361, change: 69335, change_since: "2023-12-31" });
    for (const row of rows.filter((row) => row.measure === "residents_cited"))
      expect(row).toMatchObject({ as_of: null, change: null });
  });

  it("shows the fall in the cumulative stock with its reason under the table", () => {
    const r = vnjp(["invest", "--year", "2026"], { NO_COLOR: "1", COLUMNS: "200" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /Fall at 2026-01-31, registered capital, cumulative: -500 USD mn since 2025-07-31/,
    );
    expect(r.stdout).toMatch(/still in force/);
  });

  it("works in every format", () => {
    for (const cmd of [["invest"], ["people"], ["agreements"], ["timeline"], ["profile"]])
      for (const format of FORMATS.filter((f) => !PICTURE_FORMATS.includes(f))) {
        const r = vnjp([...cmd, "--format", format]);
        expect(r.status, `${cmd} ${format}`).toBe(0);
        expect(r.stdout.length).toBeGreaterThan(0);
      }
  });
});

describe("vnjp agreements and timeline", () => {
  it("lists the four agreements with signing and entry-into-force dates", () => {
    const rows = JSON.parse(vnjp(["agreements", "--format", "json"]).stdout).rows as Array<
      Record<string, string>
    >;
    const by = (short: string) => rows.find((row) => row.short === short)!;
    expect(by("AJCEP")).toMatchObject({ signed: "2008-04-14", in_force: "2008-12-01" });
    expect(by("VJEPA")).toMatchObject({ signed: "2008-12-25", in_force: "2009-10-01" });
    expect(by("CPTPP")).toMatchObject({ signed: "2018-03-08", in_force: "2019-01-14" });
    expect(by("RCEP")).toMatchObject({ signed: "2020-11-15", in_force: "2022-01-01" });
  });

  it("orders the milestones by date, from relations in 1973 to the 2023 partnership", () => {
    const rows = JSON.parse(vnjp(["timeline", "--format", "json"]).stdout).rows as Array<
      Record<string, string>
    >;
    const dates = rows.map((row) => row.date);
    expect([...dates].sort()).toEqual(dates);
    expect(rows[0]!.date).toBe("1973-09-21");
    expect(
      rows.some(
        (row) =>
          row.date === "2023-11-27" && /Comprehensive Strategic Partnership/i.test(row.what!),
      ),
    ).toBe(true);
    const decade = vnjp(["timeline", "--from", "2000", "--to", "2010", "--format", "csv"]);
    const years = (parse(decade.stdout, { columns: true }) as Record<string, string>[]).map((row) =>
      Number(row.date!.slice(0, 4)),
    );
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2000);
    expect(Math.max(...years)).toBeLessThanOrEqual(2010);
    expect(vnjp(["timeline", "--year", "1800"]).status).toBe(1);
  });
});
