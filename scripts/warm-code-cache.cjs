// Run by the build after bundling: runs vnjp's common commands once, in one process and with output
// discarded, then saves each bundle's code cache next to it (see bin/load-bundle.cjs).
const { join } = require("node:path");
const { load, saveCodeCaches } = require("../bin/load-bundle.cjs");

const COMMANDS = [
  ["trade", "--year", "2025"],
  ["trade", "--year", "2025", "--color", "always"],
  ["trade", "--year", "2025", "--format", "csv"],
  ["trade", "--year", "2025", "--format", "json"],
  ["trade", "--from", "2015", "--format", "md"],
  ["compare", "2022", "2025"],
  ["categories", "--year", "2025"],
  ["chart", "turnover"],
  ["balance", "--year", "last5"],
  ["profile"],
  ["--help"],
  ["data", "check"],
];

async function warm() {
  const { run } = load("vnjp.cjs");
  const io = { out() {}, err() {}, env: { COLUMNS: "80" }, stdoutIsTTY: false, bundledDataDir: join(__dirname, "..", "data") };
  for (const argv of COMMANDS) {
    const status = await run(argv, io);
    if (status !== 0) throw new Error(`vnjp ${argv.join(" ")} exited ${status} while warming the code cache`);
  }
  saveCodeCaches();
}

warm().catch((err) => {
  process.stderr.write(`${err.stack}\n`);
  process.exitCode = 1;
});
