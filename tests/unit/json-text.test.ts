// The decoding of a dataset file's bytes: in pieces, to the very text that decoding them whole
// gives.
import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/data/json-text.js";

describe("decodeUtf8", () => {
  it("cuts pieces only before an ASCII byte, never inside a character", () => {
    // é is 2 bytes, € 3 and 😀 4: with 2-byte pieces, every cut but one falls inside a character.
    const text = '{"vi":"Nhóm thử","sign":"€","face":"😀","n":1}';
    const bytes = Buffer.from(text, "utf8");
    for (const piece of [1, 2, 3, 5, 64]) expect(decodeUtf8(bytes, piece)).toBe(text);
  });

  it("decodes invalid UTF-8 as toString does: a replacement character per bad sequence", () => {
    // 0xff is never UTF-8; 0xe1 0xbb starts a 3-byte character that a quote cuts short.
    const bytes = Buffer.from([0x61, 0xff, 0x62, 0xe1, 0xbb, 0x22, 0x63]);
    expect(decodeUtf8(bytes, 2)).toBe('a\ufffdb\ufffd"c');
    expect(decodeUtf8(bytes, 2)).toBe(bytes.toString("utf8"));
  });

  it("keeps a byte order mark, as toString does", () => {
    expect(decodeUtf8(Buffer.from([0xef, 0xbb, 0xbf, 0x7b, 0x7d]), 1)).toBe("\ufeff{}");
  });
});
