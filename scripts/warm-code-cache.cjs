// Run by the build after bundling: runs vnjp's common commands once, in one process and with output
// discarded, then saves each bundle's code cache next to it (see bin/vnjp.js).
const { writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { load, loaded, cacheFile } = require("../bin/vnjp.js");

const DIST = join(__dirname, "..", "dist");
const saved = new Set();

/** Saves the code cache of every bundle loaded in this process and not saved before. */
function saveCodeCaches() {
  for (const [name, { script }] of loaded()) {
    if (saved.has(name)) continue;
    writeFileSync(cacheFile(join(DIST, name)), script.createCachedData());
    saved.add(name);
  }
}

// A bundle's cache holds every function compiled before it is saved, and V8 reads all of it at
// every start: a function that only a rare command runs makes the common ones slower. So the common
// commands run first and the bundles they load are saved; then every other command runs once, and
// only the bundles loaded since (validation, for --data and data check) are saved.
const COMMON = [
  ["trade", "--year", "2025"],
  ["trade", "--year", "2025", "--color", "always"],
  ["trade", "--year", "2025", "--format", "csv"],
  ["trade", "--year", "2025", "--format", "json"],
  ["compare", "2022", "2025"],
  ["categories", "--year", "2025"],
  ["chart", "turnover"],
  ["balance", "--year", "last5"],
];
const OTHERS = [
  ["trade", "--from", "2015", "--format", "md"],
  ["compare", "2021", "2025", "--by", "category"],
  ["categories", "--category", "textiles", "--format", "csv"],
  ["invest"],
  ["people"],
  ["agreements"],
  ["timeline"],
  ["profile"],
  ["sources", "--year", "2025"],
  ["info"],
  ["data", "check"],
  ["data", "export", "--format", "json"],
  ["completion", "bash"],
  ["--help"],
];

async function warm() {
  const { run } = load("vnjp.cjs");
  const root = join(__dirname, "..");
  const io = {
    out() {},
    err() {},
    env: { COLUMNS: "80" },
    stdoutIsTTY: false,
    bundledDataDir: join(root, "data"),
    bundledPackDir: join(root, "dist", "packs"),
  };
  for (const commands of [COMMON, OTHERS]) {
    for (const argv of commands) {
      const status = await run(argv, io);
      if (status !== 0)
        throw new Error(`vnjp ${argv.join(" ")} exited ${status} while warming the code cache`);
    }
    saveCodeCaches();
  }
}

warm().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
});
