// Builds dist/ with esbuild as CommonJS, which Node 20 starts faster than ES modules:
//   dist/vnjp.cjs      the CLI and everything the machine formats need (commander included);
//   dist/table.cjs     the table renderer with chalk and cli-table3, required only for tables;
//   dist/drawing.cjs   the chart renderer, required only for a chart;
//   dist/validate.cjs  zod and the dataset validation, required only for --data and `data check`.
// Source keeps plain `await import("./x.js")`; a plugin points those imports at the split files.
// The version is inlined from package.json.
import { build } from "esbuild";
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
  banner: { js: 'const __vnjpModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
};

await Promise.all([
  build({ ...common, entryPoints: ["src/main.ts"], outfile: "dist/vnjp.cjs", plugins: [splitFiles(), noChildProcess] }),
  build({ ...common, entryPoints: ["src/render/table.ts"], outfile: "dist/table.cjs", plugins: [splitFiles("table")] }),
  build({ ...common, entryPoints: ["src/render/drawing.ts"], outfile: "dist/drawing.cjs", plugins: [splitFiles("drawing")] }),
  build({ ...common, entryPoints: ["src/data/validate.ts"], outfile: "dist/validate.cjs", plugins: [splitFiles("validate")] }),
]);
