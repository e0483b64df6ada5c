// Builds dist/ with esbuild as CommonJS, which Node 20 starts faster than ES modules. Four bundles,
// so a command loads (and V8 deserialises) only the code it runs:
//   dist/vnjp.cjs        the CLI: commander, the program, every command, the domain, machine
//   formats;
//   dist/table.cjs       the table renderer with chalk and cli-table3, required only for tables;
//   dist/drawing.cjs     the chart renderers, required only for a chart; pictures (--format svg,
//                        png, vega-lite) load vega, vega-lite and resvg from node_modules;
//   dist/validate.cjs    zod and the dataset validation, required only for --data and `data check`;
//   dist/packs/*.json    the bundled data, validated, in the parts commands read
//   (src/data/packs.ts). Source keeps plain `await import("./x.js")`; a plugin points an import of
//   another entry at its file. The version is inlined from package.json. Last,
//   scripts/warm-code-cache.cjs writes each bundle's V8 code cache (dist/*.cache), which
//   bin/vnjp.js starts from.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = (path) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const pkg = JSON.parse(readFileSync(root("package.json"), "utf8"));
rmSync(root("dist"), { recursive: true, force: true });

const entries = {
  vnjp: "src/main.ts",
  table: "src/render/table.ts",
  drawing: "src/render/drawing.ts",
  validate: "src/data/validate.ts",
};
const entryOf = new Map(Object.entries(entries).map(([name, source]) => [root(source), name]));

// In every bundle, an import of another entry's module becomes a require of that entry's file.
const separateEntries = (self) => ({
  name: "separate-entries",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const name = entryOf.get(resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts")));
      return name && name !== self ? { path: `./${name}.cjs`, external: true } : undefined;
    });
  },
});

// commander's executable-subcommand support is never used: give it a stub instead of
// node:child_process.
const noChildProcess = {
  name: "no-child-process",
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({
      path: fileURLToPath(new URL("./shims/child-process.cjs", import.meta.url)),
    }));
  },
};

// chalk asks supports-color about the terminal when it loads, which loads node:tty and with it net
// and stream. vnjp decides colour itself (src/color.ts) and passes chalk a level, so chalk gets a
// stub that detects nothing.
const noColorDetection = {
  name: "no-color-detection",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({
      path: fileURLToPath(new URL("./shims/supports-color.mjs", import.meta.url)),
    }));
  },
};

// cli-table3 measures each cell with string-width several times a draw; it gets vnjp's
// displayWidth, which is the same measure made cheap for plain text.
const fastTableWidths = {
  name: "fast-table-widths",
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL("./shims/string-width.cjs", import.meta.url)) }
        : undefined,
    );
  },
};

const common = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // Unminified: stack traces stay readable, and minifying measured no faster start.
  legalComments: "none",
  // Lazy import()s become require()s, evaluated only when reached.
  supported: { "dynamic-import": false },
  // A bundle's directory is its __dirname; its URL is made only when asked for (pictures), as
  // building it costs a start about half a millisecond.
  define: {
    __VNJP_VERSION__: JSON.stringify(pkg.version),
    "import.meta.dirname": "__dirname",
    "import.meta.url": "__vnjpModule.url",
  },
  // Each bundle is written as the function Node would wrap a CommonJS module in, so
  // bin/vnjp.js compiles the file's text as it is (no copy of the source with a wrapper
  // added at every start), plus the loader's import() for ES module packages
  // (src/render/picture.ts).
  banner: {
    js:
      '(function (exports, require, module, __filename, __dirname, __vnjpImport) {"use strict";' +
      "const __vnjpModule = {" +
      '  get url() { return require("node:url").pathToFileURL(__filename).href; },' +
      "};",
  },
  footer: { js: "})" },
  logLevel: "warning",
  // Picture packages: dependencies installed with vnjp, loaded only for a picture.
  external: ["vega", "vega-lite", "@resvg/resvg-js", "dejavu-fonts-ttf"],
};

await Promise.all(
  Object.entries(entries).map(([name, source]) =>
    build({
      ...common,
      entryPoints: [source],
      outfile: `dist/${name}.cjs`,
      plugins: [separateEntries(name), noChildProcess, noColorDetection, fastTableWidths],
    }),
  ),
);

// The bundled data, validated in full, then cut into the parts commands read (src/data/packs.ts).
// The step is bundled in memory and run from standard input: it is not part of the package.
const packer = await build({
  ...common,
  entryPoints: ["scripts/write-packs.ts"],
  write: false,
  banner: {},
  footer: {},
  define: {},
  plugins: [noChildProcess],
});
const packed = spawnSync(process.execPath, ["-", root("data"), root("dist/packs")], {
  input: packer.outputFiles[0].text,
  stdio: ["pipe", "inherit", "inherit"],
});
if (packed.status !== 0) process.exit(packed.status ?? 1);

// The code cache, made by running the bundles in a plain Node process like the one vnjp runs in.
const warm = spawnSync(
  process.execPath,
  [fileURLToPath(new URL("./warm-code-cache.cjs", import.meta.url))],
  { stdio: "inherit" },
);
if (warm.status !== 0) process.exit(warm.status ?? 1);
