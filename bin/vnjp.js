#!/usr/bin/env node

// Starts vnjp: loads its CLI bundle (dist/vnjp.cjs) and runs it. The loader lives in this file
// rather than in a module of its own, as requiring a second file costs a start about 1 ms.
//
// Bundles start from V8's code cache. The build runs vnjp's common commands once and saves, next
// to each bundle, the bytecode of every function those runs compiled (dist/*.cache); starting from
// it skips parsing and lazy compilation, a large share of a short command's time. V8 rejects a
// cache made for other source, by another V8 or with other V8 flags, and then compiles as usual:
// a missing or stale cache costs time, never correctness.
const { fstatSync, readFileSync, writeSync } = require("node:fs");
const { join } = require("node:path");
const { Script } = require("node:vm");

const DIST = join(__dirname, "..", "dist");
const modules = new Map();

/** The exports of dist/NAME (such as "vnjp.cjs"), evaluated once. */
function load(name) {
  const known = modules.get(name);
  if (known) return known.module.exports;
  const filename = join(DIST, name);
  const source = readFileSync(filename, "utf8");
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile(filename));
  } catch {
    // No cache (a build without one, or a packed copy without it): compile from source.
  }
  // The build writes each bundle as a function of the free variables of a CommonJS module.
  const script = new Script(source, { filename, cachedData });
  const module = { exports: {} };
  modules.set(name, { module, script });
  script.runInThisContext()(
    module.exports,
    requireFromBundle,
    module,
    filename,
    DIST,
    importModule,
  );
  return module.exports;
}

// A bundle requires its split siblings as "./table.cjs" and so on, and Node's built-in modules by
// name.
function requireFromBundle(id) {
  return id.startsWith("./") ? load(id.slice(2)) : require(id);
}

// Code compiled by node:vm cannot call import() without an experimental flag, and require() cannot
// load an ES module with top-level await (vega): a bundle imports such a package through this
// function, which resolves it from the package's node_modules.
function importModule(specifier) {
  return import(specifier);
}

const cacheFile = (filename) => filename.replace(/\.cjs$/, ".cache");

/** The bundles loaded in this process, with their compiled scripts (the build saves their caches). */
function loaded() {
  return modules;
}

// `vnjp --version` into a pipe or a file is answered here, without loading the CLI bundle, so that
// a script asking for the version pays only for Node's own start (about 10 ms of a 45 ms run). A
// terminal, or /dev/null standing in for a closed stdout, goes through the CLI like everything
// else.
function printVersion() {
  try {
    writeSync(1, `${require("../package.json").version}\n`);
  } catch (err) {
    // A reader that left (EPIPE) is no failure; output that could not be written at all is.
    if (err.code !== "EPIPE") {
      process.stderr.write(`vnjp: cannot write output: ${err.message}\n`);
      process.exitCode = 1;
    }
  }
}

if (require.main === module) {
  const argv = process.argv.slice(2);
  const versionOnly = argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V");
  if (versionOnly && !fstatSync(1).isCharacterDevice()) printVersion();
  else load("vnjp.cjs").main();
} else {
  // The build's code-cache step (scripts/warm-code-cache.cjs) loads bundles as vnjp does.
  module.exports = { load, loaded, cacheFile };
}
