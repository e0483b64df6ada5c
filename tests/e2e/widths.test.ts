// No line of any command's default output is wider than the terminal: at 60, 80 and 120 columns
// of a terminal, and with COLUMNS=60 in a pipe. Widths are counted in display columns, colour too.
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { vnjpInProcess } from "../in-process.js";

const COMMANDS = [
  "trade",
  "trade --year 2025",
  "compare 2022 2025",
  "compare 2021 2025 --by category",
  "categories",
  "categories --chart",
  "balance",
  "chart",
  "chart exports imports balance",
  "chart balance",
  "invest",
  "people",
  "profile",
  "agreements",
  "timeline",
  "sources",
  "info",
  "data check",
  "data export",
  "--help",
  "trade --help",
];

const widest = (text: string) => Math.max(...text.split("\n").map((l) => stringWidth(l)));

describe("output fits the terminal", () => {
  for (const width of [60, 80, 120])
    it.each(COMMANDS)(`at ${width} columns of a terminal: vnjp %s`, async (command) => {
      const r = await vnjpInProcess(command.split(" "), {
        env: { FORCE_COLOR: "1" },
        stdoutIsTTY: true,
        columns: width,
      });
      expect(r.status, r.stderr).toBe(0);
      expect(widest(r.stdout)).toBeLessThanOrEqual(width);
    });

  it.each(COMMANDS)("with COLUMNS=60 in a pipe: vnjp %s", async (command) => {
    const r = await vnjpInProcess(command.split(" "), { env: { COLUMNS: "60" } });
    expect(r.status, r.stderr).toBe(0);
    expect(widest(r.stdout)).toBeLessThanOrEqual(60);
  });
});
