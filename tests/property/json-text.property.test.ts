// decodeUtf8 decodes a file's bytes in pieces: whatever the bytes, valid UTF-8 or not, and wherever
// the pieces would be cut, its text is the one decoding the bytes whole gives.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/data/json-text.js";

const pieceSize = fc.integer({ min: 1, max: 16 });

describe("decodeUtf8", () => {
  it("gives the text of any Unicode string's bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), pieceSize, (text, piece) => {
        expect(decodeUtf8(Buffer.from(text, "utf8"), piece)).toBe(text);
      }),
    );
  });

  it("gives what toString gives for any bytes, invalid UTF-8 included", () => {
    const byte = fc.oneof(
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(0x22, 0xc3, 0xe1, 0xf0),
    );
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 60 }), pieceSize, (list, piece) => {
        const bytes = Buffer.from(list);
        expect(decodeUtf8(bytes, piece)).toBe(bytes.toString("utf8"));
      }),
      { numRuns: 500 },
    );
  });
});
