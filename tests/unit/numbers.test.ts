// Numbers are written as plain decimals in every format, however small or large: no exponent.
import { describe, expect, it } from "vitest";
import { renderJson, renderNdjson, toJson } from "../../src/render/json.js";
import { fixed, plainNumber } from "../../src/render/numbers.js";
import type { Result } from "../../src/result.js";

const EXPONENT = /\de[+-]?\d/i;

describe("plain numbers", () => {
  it("writes small and large numbers without an exponent, reading back exactly", () => {
    for (const x of [1e-7, 0.0000001, -2.5e-9, 1e21, 1.7e308, 123456789012345680000, 5e-324]) {
      const text = plainNumber(x);
      expect(text, String(x)).not.toMatch(EXPONENT);
      expect(Number(text)).toBe(x);
    }
    expect(plainNumber(-0)).toBe("0");
  });

  it("fixes decimals without an exponent above 1e21", () => {
    expect(fixed(1.6999999999999999e305, 2)).not.toMatch(EXPONENT);
    expect(fixed(1e21, 2)).toBe("1000000000000000000000.00");
    expect(fixed(-1e22, 0)).toBe("-10000000000000000000000");
    expect(fixed(2.345, 2)).toBe("2.35");
    expect(fixed(-0.001, 2)).toBe("0.00");
  });

  it("writes JSON and NDJSON numbers plainly, and everything else as JSON.stringify does", () => {
    const result: Result = {
      command: "t",
      title: "t",
      columns: [{ key: "v", label: "V", kind: "count", description: "d" }],
      rows: [{ v: 0.0000001 }, { v: 1e21 }, { v: null }, { v: "x\u0001\ud800" }],
      meta: { dataset_version: "v", dataset_date: "d", units: {}, sources: [], notes: [] },
    };
    const json = renderJson(result);
    expect(json).not.toMatch(EXPONENT);
    expect(json).toContain('"v": 0.0000001');
    expect(JSON.parse(json).rows).toEqual(result.rows);
    const ndjson = renderNdjson(result);
    expect(ndjson.split("\n")[0]).toBe('{"v":0.0000001}');
    expect(
      ndjson
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual(result.rows);
    const doc = { a: [1, { b: "c", d: [] }], e: {}, f: true, g: undefined };
    expect(toJson(doc, "  ", "")).toBe(JSON.stringify(doc, null, 2));
    expect(toJson(doc, "", "")).toBe(JSON.stringify(doc));
  });
});
