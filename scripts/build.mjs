// Builds dist/ with esbuild as CommonJS, which Node 20 starts faster than ES modules:
//   dist/vnjp.cjs      the CLI and everything the machine formats need (commander included);
//   dist/table.cjs     the table renderer with chalk and cli-table3, required only for tables;
//   dist/drawing.cjs   the chart renderer, required only for a chart;
//   dist/validate.cjs  zod and the dataset validation, required only for --data and `data check`.
// Source keeps plain `await import("./x.js")`; a plugin points those imports at the split files.
//   dist/packs/*.json  the bundled data, validated, in the parts commands read (src/data/packs.ts).
// The version is inlined from package.json. Last, scripts/warm-code-cache.cjs writes each bundle's V8 code
// cache (dist/*.cache), which bin/load-bundle.cjs starts from.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });

// Any import of render/table.js or data/validate.js, from anywhere in src/, becomes a require of its own file.
const splitFiles = (entry) => ({
  name: "split-files",
  setup(b) {
    b.onResolve({ filter: /(^|\/)(table|drawing|validate)\.js$/ }, (args) => {
      const name = args.path.replace(/^.*\//, "").replace(/\.js$/, "");
      return name === entry ? undefined : { path: `./${name}.cjs`, external: true };
    });
  },
});

// commander's executable-subcommand support is never used: give it a stub instead of node:child_process.
const noChildProcess = {
  name: "no-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: fileURLToPath(new URL("./shims/child-process.cjs", import.meta.url)) }));
  },
};

// chalk asks supports-color about the terminal when it loads, which loads node:tty and with it net and stream.
// vnjp decides colour itself (src/color.ts) and passes chalk a level, so chalk gets a stub that detects nothing.
const noColorDetection = {
  name: "no-color-detection",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: fileURLToPath(new URL("./shims/supports-color.mjs", import.meta.url)) }));
  },
};

const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  // Lazy import()s become require()s, evaluated only when reached.
  supported: { "dynamic-import": false },
  define: { __VNJP_VERSION__: JSON.stringify(pkg.version), "import.meta.url": "__vnjpModuleUrl" },
  // Each bundle is written as the function Node would wrap a CommonJS module in, so bin/load-bundle.cjs
  // compiles the file's text as it is (no copy of the source with a wrapper added at every start).
  banner: { js: '(function (exports, require, module, __filename, __dirname) {"use strict";const __vnjpModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  footer: { js: "})" },
  logLevel: "warning",
};

await Promise.all([
  build({ ...common, entryPoints: ["src/main.ts"], outfile: "dist/vnjp.cjs", plugins: [splitFiles(), noChildProcess, noColorDetection] }),
  build({ ...common, entryPoints: ["src/render/table.ts"], outfile: "dist/table.cjs", plugins: [splitFiles("table"), noColorDetection] }),
  build({ ...common, entryPoints: ["src/render/drawing.ts"], outfile: "dist/drawing.cjs", plugins: [splitFiles("drawing"), noColorDetection] }),
  build({ ...common, entryPoints: ["src/data/validate.ts"], outfile: "dist/validate.cjs", plugins: [splitFiles("validate")] }),
]);

// The bundled data, validated in full, then cut into the parts commands read (src/data/packs.ts). The step
// is bundled in memory and run from standard input: it is not part of the package.
const packer = await build({ ...common, entryPoints: ["scripts/write-packs.ts"], write: false, banner: {}, footer: {}, define: {}, plugins: [noChildProcess] });
const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const packed = spawnSync(process.execPath, ["-", root("data"), root("dist/packs")], { input: packer.outputFiles[0].text, stdio: ["pipe", "inherit", "inherit"] });
if (packed.status !== 0) process.exit(packed.status ?? 1);

// The code cache, made by running the bundles in a plain Node process like the one vnjp runs in.
const warm = spawnSync(process.execPath, [fileURLToPath(new URL("./warm-code-cache.cjs", import.meta.url))], { stdio: "inherit" });
if (warm.status !== 0) process.exit(warm.status ?? 1);
