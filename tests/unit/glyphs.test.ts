// --ascii: every text in 7-bit ASCII, and the table's borders too.
import Table from "cli-table3";
import fc from "fast-check";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { tableChars } from "../../src/render/glyphs.js";
import { displayWidth, toAscii, truncate, wrapText } from "../../src/render/text.js";

describe("ASCII spelling", () => {
  it("spells punctuation in ASCII, drops diacritics and marks what it cannot spell", () => {
    expect(toAscii("Vietnam–Japan, 2005–2025")).toBe("Vietnam-Japan, 2005-2025");
    expect(toAscii("Dệt may · Đồ gỗ")).toBe("Det may - Do go");
    expect(toAscii("Asia Business (亜州)")).toBe("Asia Business (??)");
    expect(toAscii("±% and Δ (USD bn) …")).toBe("+-% and chg (USD bn) ...");
    expect(toAscii("plain")).toBe("plain");
  });

  it("gives tables ASCII borders", () => {
    const table = new Table({
      head: ["Year"],
      style: { compact: true, head: [], border: [] },
      chars: tableChars(true),
    });
    table.push(["2025"]);
    expect(table.toString()).toBe(
      ["+------+", "| Year |", "+------+", "| 2025 |", "+------+"].join("\n"),
    );
    expect(Object.values(tableChars(true)).join("")).toMatch(/^[-+|]+$/);
  });
});

describe("text in terminal columns", () => {
  it("measures as string-width does, whatever the characters", () => {
    // Letters, Vietnamese, punctuation, chart glyphs, and what takes two columns or none: kana,
    // ideographs, CJK punctuation and full-width forms beside the emoji among them (〰 ㊗).
    const pieces = [
      ..."aZ 9~é·–…ệĐΔ│┈█●◆■▲◼◽⌚☕亜ビ、ー\u3000〰㊗ｱＡ한\u0301\u200d\ufe0f😀",
      "\x1b[36m",
      "\x1b[39m",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        expect(displayWidth(text)).toBe(stringWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("wraps and cuts by display width: a Japanese character takes two columns", () => {
    expect(wrapText("a bb ccc", 4)).toEqual(["a bb", "ccc"]);
    expect(wrapText("Source: 亜州ビジネス and more", 14)).toEqual([
      "Source:",
      "亜州ビジネス",
      "and more",
    ]);
    expect(wrapText("日本語日本語", 4)).toEqual(["日本", "語日", "本語"]);
    expect(truncate("Machinery and tools", 10, "...")).toBe("Machine...");
    expect(truncate("日本語", 5, "…")).toBe("日本…");
  });
});
