import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { vnjp } from "./run.js";

describe("product groups by name", () => {
  it("finds a group by id, English or Vietnamese name, with or without accents", () => {
    const ids = [
      ["textiles"],
      ["dệt may"],
      ["det", "may"],
      ["DỆT", "MAY"],
      ["Textiles and garments"],
    ].map((q) => {
      const r = vnjp(["categories", "--category", ...q, "--format", "csv"]);
      expect(r.status, q.join(" ")).toBe(0);
      return new Set(
        (parse(r.stdout, { columns: true }) as Record<string, string>[]).map((row) => row.category),
      );
    });
    for (const set of ids) expect([...set]).toEqual(["textiles_garments"]);
  });

  it("asks for more when a name fits several groups equally", () => {
    const ambiguous = vnjp(["categories", "--category", "products"]);
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toMatch(/matches .*wood_products.*give more of the name/);
    const unknown = vnjp(["categories", "--category", "steel", "products", "and", "iron", "scrap"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown product group/);
  });
});

describe("locale", () => {
  it("formats table numbers for Vietnamese (--locale or LANG), never machine formats", () => {
    expect(vnjp(["trade", "--year", "2025", "--locale", "vi"]).stdout).toMatch(/26,77/);
    expect(vnjp(["trade", "--year", "2025"], { LANG: "vi_VN.UTF-8" }).stdout).toMatch(/26,77/);
    expect(vnjp(["trade", "--year", "2025"], { LANG: "ja_JP.UTF-8" }).stdout).toMatch(/26\.77/);
    expect(vnjp(["invest", "--locale", "vi"]).stdout).toMatch(/5\.608/);
    const csv = vnjp(["trade", "--year", "2025", "--format", "csv", "--locale", "vi"]).stdout;
    expect(csv).toMatch(/\n2025,514\d\d,11\.2\d+,/);
  });
});
