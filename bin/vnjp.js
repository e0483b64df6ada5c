#!/usr/bin/env node
// `vnjp --version` into a pipe or a file is answered here, without loading the CLI bundle, so that a
// script asking for the version pays only for Node's own start (about 10 ms of a 45 ms run). A
// terminal, or /dev/null standing in for a closed stdout, goes through the CLI like everything else.
const fs = require("node:fs");
const argv = process.argv.slice(2);
const versionOnly = argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V");
if (versionOnly && !fs.fstatSync(1).isCharacterDevice()) {
  try {
    fs.writeSync(1, `${require("../package.json").version}\n`);
  } catch (err) {
    // A reader that left (EPIPE) is no failure; output that could not be written at all is.
    if (err.code !== "EPIPE") {
      process.stderr.write(`vnjp: cannot write output: ${err.message}\n`);
      process.exitCode = 1;
    }
  }
} else require("./load-bundle.cjs").load("vnjp.cjs").main();
