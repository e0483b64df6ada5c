// parseJsonBytes reads a file's bytes as Latin-1 and decodes non-ASCII strings afterwards; whatever
// the bytes, it must give what JSON.parse gives for the bytes decoded as UTF-8, and fail where that
// fails.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonBytes } from "../../src/data/json-bytes.js";

const outcome = (f: () => unknown) => {
  try {
    return { value: f() };
  } catch (err) {
    return { error: (err as Error).name };
  }
};
const asUtf8 = (bytes: Buffer) => outcome(() => JSON.parse(bytes.toString("utf8")));
const fast = (bytes: Buffer) => outcome(() => parseJsonBytes(bytes));

// Text with Vietnamese and Japanese letters, emoji, control characters, quotes and backslashes.
const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      "ệ",
      "đ",
      "Đ",
      "ó",
      "ử",
      "日",
      "越",
      "😀",
      '"',
      "\\",
      "\n",
      "\u0000",
      "é",
      "\u00ff",
    ),
    fc.string({ minLength: 1, maxLength: 1 }),
  ),
  maxLength: 12,
});
const json = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    text,
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    tie("array"),
    tie("object"),
  ),
  array: fc.array(tie("value"), { maxLength: 4 }),
  object: fc.dictionary(fc.oneof(text, fc.constantFrom("id", "__proto__", "tên")), tie("value"), {
    maxKeys: 4,
  }),
})).value;

describe("JSON from a file's bytes", () => {
  it("parses as JSON.parse does the UTF-8 text, with or without escapes", () => {
    fc.assert(
      fc.property(json, fc.constantFrom("raw", "escaped", "mixed"), (value, style) => {
        // JSON.stringify leaves non-ASCII characters raw; "escaped" writes them all as \\u escapes,
        // "mixed" only those up to U+00FF (an escaped é next to a raw ệ).
        const raw = JSON.stringify(value);
        const toEscape = style === "escaped" ? /[\u0080-\uffff]/g : /[\u0080-\u00ff]/g;
        const written =
          style === "raw"
            ? raw
            : raw.replace(toEscape, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
        const bytes = Buffer.from(written, "utf8");
        expect(fast(bytes)).toEqual(asUtf8(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps an escaped é beside a raw ệ, and a __proto__ key's value", () => {
    for (const written of [
      '{"a":"caf\\u00e9","b":"Việt"}',
      '{"__proto__":"Dệt may","id":"x"}',
      '[{"__proto__":{"n":"đ"}}]',
    ]) {
      const bytes = Buffer.from(written, "utf8");
      expect(fast(bytes)).toEqual(asUtf8(bytes));
      expect(JSON.stringify(parseJsonBytes(bytes))).toBe(JSON.stringify(JSON.parse(written)));
    }
  });

  it("gives what UTF-8 decoding gives for any bytes, broken sequences and bad JSON included", () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      // Valid JSON with stray bytes put in: inside strings, or between tokens.
      fc
        .tuple(json, fc.uint8Array({ minLength: 1, maxLength: 3 }), fc.nat())
        .map(([value, stray, at]) => {
          const good = Buffer.from(JSON.stringify(value), "utf8");
          const i = at % (good.length + 1);
          return Uint8Array.from([...good.subarray(0, i), ...stray, ...good.subarray(i)]);
        }),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const buffer = Buffer.from(b);
        expect(fast(buffer)).toEqual(asUtf8(buffer));
      }),
      { numRuns: 5000 },
    );
  });
});
