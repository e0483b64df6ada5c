// Draws a table grid in box-drawing characters: a rule under the header only, so a series reads as
// a block; cells padded by one space, numbers right-aligned. Widths count terminal columns
// (string-width: colour codes take none, Japanese characters two), so cells that hold colour or CJK
// text line up.
import stringWidth from "string-width";

export type Align = "left" | "right";

/** `paintBorder` wraps each run of border characters (in colour, or not at all). */
export function drawGrid(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  aligns: readonly Align[],
  paintBorder: (s: string) => string = (s) => s,
): string {
  const all = [head, ...rows];
  const widths = head.map((_, c) =>
    Math.max(...all.map((row) => Math.max(...(row[c] ?? "").split("\n").map(stringWidth)))),
  );
  const rule = (left: string, cross: string, right: string) =>
    paintBorder(left + widths.map((w) => "─".repeat(w + 2)).join(cross) + right);
  const bar = paintBorder("│");
  const lines = (row: readonly string[]): string[] => {
    const cells = widths.map((_, c) => (row[c] ?? "").split("\n"));
    const height = Math.max(...cells.map((cell) => cell.length));
    return Array.from(
      { length: height },
      (_, i) =>
        bar +
        cells
          .map((cell, c) => ` ${pad(cell[i] ?? "", widths[c]!, aligns[c] ?? "left")} `)
          .join(bar) +
        bar,
    );
  };
  return [
    rule("┌", "┬", "┐"),
    ...lines(head),
    rule("├", "┼", "┤"),
    ...rows.flatMap(lines),
    rule("└", "┴", "┘"),
  ].join("\n");
}

function pad(text: string, width: number, align: Align): string {
  const fill = " ".repeat(width - stringWidth(text));
  return align === "right" ? fill + text : text + fill;
}
