// The quick check of observations (src/data/quick-check.ts) lets zod skip the bulk of a large
// dataset, so it must never accept a record zod refuses; and to be of use it must accept ordinary
// valid records.

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIdText, surelyValidObservation } from "../../src/data/quick-check.js";
import { ID_PATTERN, observationSchema } from "../../src/data/schema.js";

const read = (path: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(path, import.meta.url)), "utf8"));
const BUNDLED: Array<Record<string, unknown>> = [
  "../../data/trade.json",
  "../../data/categories.json",
  "../../data/fdi.json",
  "../../data/people.json",
].flatMap((p) => read(p).observations);

const FIELDS = [...Object.keys(observationSchema.shape), "colour", "__proto__", "constructor"];
const values = fc.oneof(
  fc.constantFrom(
    "trade",
    "category",
    "fdi",
    "people",
    "exports",
    "imports",
    "balance",
    "residents_year_end",
    "capital_registered_new_projects",
    "vn",
    "jp",
    "FY",
    "M01-M06",
    "M07-M01",
    "M13-M14",
  ),
  fc.constantFrom(
    "USD_mn",
    "count",
    "pct",
    "final",
    "derived",
    "estimate",
    "exact",
    "about",
    "2024",
    "2024-02-30",
    "2024-02-29",
    "2023-02-29",
    "2025-13",
    "s-x",
    "Bad Id",
    "",
    "textiles",
  ),
  fc.constantFrom(
    null,
    undefined,
    true,
    0,
    -1,
    -0.5,
    1.5,
    2025,
    1949,
    2101,
    2025.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    1e308,
    [],
    {},
    ["a"],
    { formula: "x", from: ["a"] },
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.integer({ min: -100, max: 3000 }),
  fc.string({ minLength: 195, maxLength: 205 }),
);
const mutation = fc.oneof(
  fc.tuple(fc.constant("set" as const), fc.constantFrom(...FIELDS), values),
  fc.tuple(fc.constant("delete" as const), fc.constantFrom(...FIELDS), fc.constant(null)),
);

describe("the quick check of observations", () => {
  it("accepts every bundled observation without a stored derivation", () => {
    for (const o of BUNDLED)
      expect(surelyValidObservation(o), String(o.id)).toBe(o.derived === undefined);
  });

  it("never accepts a record zod refuses", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...BUNDLED),
        fc.array(mutation, { maxLength: 3 }),
        (base, changes) => {
          const record: Record<string, unknown> = { ...base };
          for (const [kind, field, value] of changes)
            if (kind === "delete") delete record[field];
            else
              Object.defineProperty(record, field, {
                value,
                enumerable: true,
                configurable: true,
                writable: true,
              });
          if (!surelyValidObservation(record)) return;
          accepted++;
          expect(observationSchema.safeParse(record).success, JSON.stringify(record)).toBe(true);
        },
      ),
      { numRuns: 20_000 },
    );
    // Unchanged and harmlessly changed records are accepted, so the property is tested on many.
    expect(accepted).toBeGreaterThan(2_000);
  });

  it("refuses what is not a plain object", () => {
    for (const x of [null, undefined, 1, "x", [], [BUNDLED[0]], Object.create(BUNDLED[0]!)])
      expect(surelyValidObservation(x)).toBe(false);
  });
});

describe("the quick check's id test", () => {
  it("answers as the schema's id pattern does", () => {
    const units = fc.constantFrom(..."az09_-AZ.é /\n\u0000".split(""), "_", "-");
    fc.assert(
      fc.property(fc.string({ unit: units, maxLength: 6 }), (s) => {
        expect(isIdText(s), JSON.stringify(s)).toBe(ID_PATTERN.test(s));
      }),
      { numRuns: 3000 },
    );
    for (const s of ["", "a", "-a", "_a", "a-", "a_b-c9", "A", "a.b", "0"])
      expect(isIdText(s), s).toBe(ID_PATTERN.test(s));
  });
});
