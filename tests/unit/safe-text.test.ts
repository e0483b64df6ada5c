// Control characters from data, file names and arguments are shown as escapes wherever a person
// reads them; machine formats keep them exact.
import { describe, expect, it } from "vitest";
import { visible, visibleLines, visibleResult } from "../../src/render/safe-text.js";
import type { Result } from "../../src/result.js";

describe("visible", () => {
  it("shows every control character as a visible escape, on one line", () => {
    expect(visible("a\u001b[2Jb")).toBe("a\\e[2Jb");
    expect(visible("title\u0007")).toBe("title\\x07");
    expect(visible("over\rwrite")).toBe("over\\rwrite");
    expect(visible("two\nlines\tand tab")).toBe("two\\nlines\\tand tab");
    expect(visible("nul\u0000 del\u007f c1\u009b")).toBe("nul\\0 del\\x7f c1\\u009b");
    expect(visible("back\bspace")).toBe("back\\bspace");
  });

  it("leaves other text alone, Vietnamese and Japanese included", () => {
    for (const text of ["Dệt may", "繊維", "a\\eb", "", "plain ASCII ~!@#"])
      expect(visible(text)).toBe(text);
  });

  it("keeps newlines for tables and charts, and nothing else", () => {
    expect(visibleLines("one\ntwo\u001b]0;x\u0007")).toBe("one\ntwo\\e]0;x\\x07");
    expect(visibleLines("tab\there\r\n")).toBe("tab\\there\\r\n");
  });

  it("leaves no byte below 0x20 but the newline, and no DEL or C1", () => {
    const all = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).join("");
    const controls = (text: string) =>
      [...text].filter((c) => c.charCodeAt(0) < 0x20 || (c >= "\u007f" && c <= "\u009f"));
    expect(controls(visible(all))).toEqual([]);
    expect(controls(visibleLines(all))).toEqual(["\n"]);
  });
});

describe("visibleResult", () => {
  it("escapes the text a person reads, and leaves numbers and keys alone", () => {
    const result: Result = {
      command: "sources",
      title: "T\u001b[31m",
      columns: [{ key: "p\u0007", label: "L\u0007", kind: "text", description: "d" }],
      rows: [{ "p\u0007": "v\u001b", n: 1.5 }],
      meta: {
        dataset_version: "v",
        dataset_date: "d",
        units: {},
        sources: [
          { id: "s", publisher: "P\r", title: "T\n", url: "https://x/\u0007", agency: "other" },
        ],
        notes: ["note\u009b"],
      },
    };
    const shown = visibleResult(result);
    expect(shown.title).toBe("T\\e[31m");
    expect(shown.columns[0]).toMatchObject({ key: "p\u0007", label: "L\\x07" });
    expect(shown.rows[0]).toEqual({ "p\u0007": "v\\e", n: 1.5 });
    expect(shown.meta.sources[0]).toMatchObject({ publisher: "P\\r", title: "T\\n" });
    expect(shown.meta.sources[0]!.url).toBe("https://x/\\x07");
    expect(shown.meta.notes).toEqual(["note\\u009b"]);
    expect(result.title).toBe("T\u001b[31m");
  });

  it("escapes the labels a chart draws, and keeps its ids and values", () => {
    const point = { value: 1, status: null, hedge: null };
    const bar = (label: string) => ({ id: "g\u0007", label, point, share: 50 });
    const result: Result = {
      command: "categories",
      title: "t",
      columns: [],
      rows: [],
      meta: { dataset_version: "v", dataset_date: "d", units: {}, sources: [], notes: [] },
      chart: {
        type: "bars",
        groups: [
          { id: "exports", label: "E\u001b", bars: [bar("B\r")], rest: null, total: bar("T") },
        ],
      },
    };
    const chart = visibleResult(result).chart;
    expect(chart).toEqual({
      type: "bars",
      groups: [
        {
          id: "exports",
          label: "E\\e",
          bars: [{ ...bar("B\\r") }],
          rest: null,
          total: bar("T"),
        },
      ],
    });
  });
});
