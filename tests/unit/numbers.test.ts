// Numbers are written as plain decimals in every format, however small or large: no exponent.
import fc from "fast-check";
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
  });

  it("writes any value as JSON.stringify does, but for numbers that would take an exponent", () => {
    // JSON.stringify's text, with each number that it writes with an exponent written plainly.
    const reference = (value: unknown, indent: string) =>
      JSON.stringify(
        value,
        (_key, v: unknown) =>
          typeof v === "number" && EXPONENT.test(String(v)) ? `\u0000${plainNumber(v)}\u0000` : v,
        indent,
      ).replace(/"\\u0000([-.\d]+)\\u0000"/g, "$1");
    const values = fc.jsonValue().filter((v) => !JSON.stringify(v).includes("\\u0000"));
    fc.assert(
      fc.property(values, fc.constantFrom("", "  "), (value, indent) => {
        // Alone, and beside a number that needs writing plainly.
        for (const doc of [value, [value, 1e-7], { value, extra: { h: undefined, big: 1e21 } }])
          expect(toJson(doc, indent)).toBe(reference(doc, indent));
      }),
      { numRuns: 500 },
    );
  });
});
