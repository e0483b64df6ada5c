import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the published package", () => {
  it("packs only what ships, installs into an empty directory and runs", () => {
    const out = mkdtempSync(join(tmpdir(), "vnjp-pack-"));
    // --ignore-scripts: the tests have just built dist/; packing must not rebuild it mid-run.
    const packed = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", out], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }),
    ) as Array<{ filename: string; files: Array<{ path: string }> }>;
    const files = packed[0]!.files.map((f) => f.path).sort();
    const shipped = [
      /^bin\/vnjp\.js$/,
      /^dist\/[a-z-]+\.(cjs|cache)$/,
      /^dist\/packs\/[a-z]+\.json$/,
      /^data\/[a-z-]+\.json$/,
      /^(schema\/dataset\.schema\.json|package\.json|README\.md|LICENSE)$/,
    ];
    for (const f of files)
      expect(
        shipped.some((pattern) => pattern.test(f)),
        f,
      ).toBe(true);
    expect(files).toContain("dist/vnjp.cjs");
    expect(files).toContain("dist/vnjp.cache");
    expect(files).toContain("dist/packs/trade.json");
    expect(files).toContain("data/trade.json");

    const app = mkdtempSync(join(tmpdir(), "vnjp-install-"));
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
    // The picture packages are real dependencies: npm resolves them from its cache, and from the
    // registry for what the cache lacks (npm ci caches the packages, not every package's metadata).
    execFileSync(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", join(out, packed[0]!.filename)],
      { cwd: app, stdio: "ignore" },
    );
    const installed = readdirSync(join(app, "node_modules"));
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    for (const name of ["vnjp", ...Object.keys(dependencies).map((d) => d.split("/")[0]!)])
      expect(installed).toContain(name);
    const r = spawnSync(
      join(app, "node_modules", ".bin", "vnjp"),
      ["trade", "--year", "2025", "--format", "csv"],
      { cwd: app, encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^year,/);
    expect(r.stdout).toMatch(/\n2025,/);
    // A picture loads its packages from the installed tree, not from this repository's.
    const png = spawnSync(
      join(app, "node_modules", ".bin", "vnjp"),
      ["chart", "balance", "--format", "png", "--width", "400", "--height", "320"],
      { cwd: app },
    );
    expect(png.stderr.toString()).toBe("");
    expect(png.stdout.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.stdout.readUInt32BE(16), png.stdout.readUInt32BE(20)]).toEqual([400, 320]);
  }, 180_000);

  it("starts from a code cache that this Node accepts, for every bundle", () => {
    // Load each bundle the way bin/vnjp.js does, without running a command, and ask V8 whether it
    // took the cache.
    const bundles = readdirSync(join(ROOT, "dist")).filter((f) => f.endsWith(".cjs"));
    expect(bundles.sort()).toEqual(["drawing.cjs", "table.cjs", "validate.cjs", "vnjp.cjs"]);
    const script = `const l = require(${JSON.stringify(join(ROOT, "bin", "vnjp.js"))});
      for (const name of ${JSON.stringify(bundles)}) l.load(name);
      const accepted = {};
      for (const [name, { script }] of l.loaded()) accepted[name] = !script.cachedDataRejected;
      process.stdout.write(JSON.stringify(accepted));`;
    const accepted = JSON.parse(
      execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }),
    ) as Record<string, boolean>;
    expect(accepted).toEqual(Object.fromEntries(bundles.map((b) => [b, true])));
  });
});
