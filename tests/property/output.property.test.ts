// Output that scripts rely on: CSV that any parser reads back cell for cell, --excel-safe that
// defuses formulas without touching numbers, and metrics that never produce NaN, Infinity or -0.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cagr, change, contribution, pctChange, ratio, share } from "../../src/domain/metrics.js";
import { renderCsv, renderTsv } from "../../src/render/delimited.js";
import { plainNumber } from "../../src/render/numbers.js";
import type { Result } from "../../src/result.js";

const resultOf = (cells: Array<[string, number]>): Result => ({
  command: "test",
  title: "",
  columns: [
    { key: "text", label: "Text", kind: "text", description: "" },
    { key: "number", label: "Number", kind: "usd_mn", description: "" },
  ],
  rows: cells.map(([text, number]) => ({ text, number })),
  meta: { dataset_version: "", dataset_date: "", units: {}, sources: [], notes: [] },
});

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.constantFrom(
    "=SUM(A1)",
    "+1",
    "-2",
    "@x",
    "a,b",
    'say "hi"',
    "line\r\nbreak",
    "\n",
    "\r",
    "tab\there",
    "",
    " ",
  ),
);
const number = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 })
  .map((x) => (Object.is(x, -0) ? 0 : x));

describe("CSV", () => {
  it("reads back cell for cell through an independent parser", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, number), { minLength: 1, maxLength: 5 }), (cells) => {
        const rows = parse(renderCsv(resultOf(cells)), {
          columns: true,
          relax_column_count: false,
        }) as Array<{ text: string; number: string }>;
        expect(rows.map((r) => r.text)).toEqual(cells.map(([t]) => t));
        expect(rows.map((r) => Number(r.number))).toEqual(cells.map(([, n]) => n));
      }),
      { numRuns: 2000 },
    );
  });

  it("--excel-safe prefixes formula-like text and never touches numbers", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, number), { minLength: 1, maxLength: 5 }), (cells) => {
        const rows = parse(renderCsv(resultOf(cells), { excelSafe: true }), {
          columns: true,
        }) as Array<{ text: string; number: string }>;
        rows.forEach((r, i) => {
          const [t, n] = cells[i]!;
          expect(r.text).toBe(/^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
          expect(Number(r.number)).toBe(n);
          expect(r.number).not.toMatch(/^'/);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it("TSV keeps one record per line whatever the text holds", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, number), { minLength: 1, maxLength: 5 }), (cells) => {
        const lines = renderTsv(resultOf(cells))
          .split("\n")
          .filter((_l, i, all) => i < all.length - 1);
        expect(lines).toHaveLength(cells.length + 1);
        for (const l of lines) expect(l.split("\t")).toHaveLength(2);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("numbers", () => {
  const value = fc.oneof(
    fc.constant(null),
    fc.constant(0),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  );
  const clean = (x: number | null) => x === null || (Number.isFinite(x) && !Object.is(x, -0));

  it("metrics return a finite number or null, never NaN, Infinity or -0", () => {
    fc.assert(
      fc.property(value, value, value, fc.integer({ min: -3, max: 50 }), (a, b, c, years) => {
        for (const r of [
          change(a, b),
          pctChange(a, b),
          cagr(a, b, years),
          share(a, b),
          contribution(a, b, c),
          ratio(a, b),
        ])
          expect(clean(r)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it("plain numbers never use an exponent and read back exactly", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const t = plainNumber(x);
        expect(t).not.toMatch(/e/i);
        expect(t).not.toBe("-0");
        expect(Number(t)).toBe(Object.is(x, -0) ? 0 : x);
      }),
      { numRuns: 5000 },
    );
  });
});
