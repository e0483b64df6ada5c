// A build step, run by scripts/build.mjs (and not shipped): validates the bundled data in full
// (schema and cross-record rules), then writes its parts and its reconciled trade figures (see
// src/data/packs.ts). Arguments:
// DATA_DIR PACK_DIR.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { mergeFiles, readDir } from "../src/data/loader.js";
import { PARTS, RECONCILED, sliceOf } from "../src/data/packs.js";
import { validateFiles } from "../src/data/validate.js";
import { reconciledTable } from "../src/domain/reconciled.js";
import { DatasetInvalidError } from "../src/errors.js";

export function writePacks(dataDir: string, packDir: string): void {
  const files = readDir(dataDir, "bundled data");
  const problems = validateFiles(files);
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  const dataset = mergeFiles(files);
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  for (const part of PARTS)
    writeFileSync(join(packDir, `${part}.json`), asciiJson(sliceOf(dataset, part)));
  writeFileSync(join(packDir, `${RECONCILED}.json`), asciiJson(reconciledTable(dataset)));
}

// Non-ASCII characters (Vietnamese and Japanese titles) written as \u escapes: Node reads a
// pure-ASCII file into a one-byte string, half the size and several times faster than decoding
// UTF-8.
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const [dataDir, packDir] = process.argv.slice(2);
if (!dataDir || !packDir) throw new Error("usage: write-packs DATA_DIR PACK_DIR");
try {
  writePacks(dataDir, packDir);
} catch (err) {
  if (!(err instanceof DatasetInvalidError)) throw err;
  process.stderr.write(
    `the bundled data is invalid:\n${err.problems
      .map((p) => `  ${p.file}: ${p.path}: ${p.reason}`)
      .join("\n")}\n`,
  );
  process.exitCode = 1;
}
