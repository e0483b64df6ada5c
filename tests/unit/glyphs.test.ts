// --ascii: every text in 7-bit ASCII, and the table's borders too.
import Table from "cli-table3";
import { describe, expect, it } from "vitest";
import { tableChars } from "../../src/render/glyphs.js";
import { toAscii, truncate, wrapText } from "../../src/render/text.js";

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
