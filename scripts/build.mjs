// Builds dist/ with esbuild: one ESM entry (dist/vnjp.js) with code splitting, so each command and
// renderer is loaded only when used. The version is inlined from package.json.
import { build } from "esbuild";
import { readFileSync, rmSync } from "node:fs";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
rmSync(new URL("../dist", import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { vnjp: "src/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minify: true,
  legalComments: "none",
  define: { __VNJP_VERSION__: JSON.stringify(pkg.version) },
  // cli-table3 and commander are CommonJS: give their require() calls a real require inside the ESM bundle.
  banner: { js: 'import { createRequire as __vnjpCreateRequire } from "node:module"; const require = __vnjpCreateRequire(import.meta.url);' },
  logLevel: "warning",
});
