// The table grid: column widths in terminal columns, alignment, one rule under the header only.
import { describe, expect, it } from "vitest";
import { drawGrid } from "../../src/render/grid.js";

describe("the table grid", () => {
  it("pads to the widest cell, right-aligns numbers and rules only under the header", () => {
    expect(
      drawGrid(
        ["Year", "Value"],
        [
          ["2024", "5.1"],
          ["2025", "51.44"],
        ],
        ["right", "right"],
      ),
    ).toBe(
      [
        "┌──────┬───────┐",
        "│ Year │ Value │",
        "├──────┼───────┤",
        "│ 2024 │   5.1 │",
        "│ 2025 │ 51.44 │",
        "└──────┴───────┘",
      ].join("\n"),
    );
  });

  it("counts a Japanese character as two columns and a colour code as none", () => {
    const grid = drawGrid(
      ["Title", "n"],
      [
        ["日越", "1"],
        ["\x1b[31mab\x1b[39m", "22"],
        ["Dệt may", "3"],
      ],
      ["left", "right"],
    ).split("\n");
    expect(grid[3]).toBe("│ 日越    │  1 │");
    expect(grid[4]).toBe("│ \x1b[31mab\x1b[39m      │ 22 │");
    expect(grid[5]).toBe("│ Dệt may │  3 │");
  });

  it("gives a cell with a line break as many lines as it needs, and paints the border when asked", () => {
    const grid = drawGrid(["a", "b"], [["one\ntwo", "x"]], ["left", "left"], (s) => `<${s}>`).split(
      "\n",
    );
    expect(grid[3]).toBe("<│> one <│> x <│>");
    expect(grid[4]).toBe("<│> two <│>   <│>");
    expect(grid[0]).toBe("<┌─────┬───┐>");
  });

  it("draws a header alone when there are no rows", () => {
    expect(drawGrid(["Year"], [], ["right"])).toBe(
      ["┌──────┐", "│ Year │", "├──────┤", "└──────┘"].join("\n"),
    );
  });
});
