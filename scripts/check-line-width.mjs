// Fails when a line of src/, tests/ or scripts/ is wider than 100 characters. Biome formats code
// to that width but leaves long strings and comments as they are; this catches them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const WIDTH = 100;
const ROOTS = ["src", "tests", "scripts"];
const SKIP = /(^|\/)(fixtures|__snapshots__)(\/|$)/;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (SKIP.test(path)) continue;
    if (entry.isDirectory()) yield* files(path);
    else if (/\.(ts|mjs|cjs|js)$/.test(entry.name)) yield path;
  }
}

let wide = 0;
for (const root of ROOTS)
  for (const file of files(root))
    readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        // Code points, not UTF-16 units: a line of Vietnamese or Japanese counts its characters.
        const length = [...line].length;
        if (length <= WIDTH) return;
        wide++;
        process.stderr.write(`${file}:${i + 1}: ${length} characters\n`);
      });
if (wide > 0) {
  process.stderr.write(`${wide} line(s) over ${WIDTH} characters\n`);
  process.exitCode = 1;
}
