// Start-up benchmark: bare `node -e 0` and vnjp commands, interleaved, N runs each, with
// NODE_EXTRA_CA_CERTS unset and stdout a pipe. Prints the median wall time of each, its ratio to
// bare Node, and peak memory.
//   npm run bench            (20 runs)      node scripts/bench.mjs 40      (40 runs)
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const runs = Number(process.argv[2] ?? 20);
const bin = fileURLToPath(new URL("../bin/vnjp.js", import.meta.url));
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
env.NO_COLOR = "1";

const cases = [
  ["node -e 0", ["-e", "0"]],
  ["trade --year 2025", [bin, "trade", "--year", "2025"]],
  ["trade --year 2025 --format csv", [bin, "trade", "--year", "2025", "--format", "csv"]],
  ["trade --year 2025 --format json", [bin, "trade", "--year", "2025", "--format", "json"]],
  ["compare 2022 2025", [bin, "compare", "2022", "2025"]],
  ["categories --year 2025", [bin, "categories", "--year", "2025"]],
  ["chart turnover", [bin, "chart", "turnover"]],
  ["--help", [bin, "--help"]],
  ["--version", [bin, "--version"]],
];

const times = new Map(cases.map(([name]) => [name, []]));
for (let i = 0; i < runs; i++)
  for (const [name, args] of cases) {
    const start = process.hrtime.bigint();
    // stdout is a pipe, as for a script reading vnjp's output; every command must print something.
    const r = spawnSync(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}: ${r.stderr}`);
    if (name !== "node -e 0" && r.stdout.length === 0) throw new Error(`${name} printed nothing`);
    times.get(name).push(ms);
  }

// Peak resident memory, from GNU time where the machine has it.
function peakMb(args) {
  if (!existsSync("/usr/bin/time")) return null;
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
    env,
    stdio: ["ignore", "ignore", "pipe"],
  });
  const kb = Number(r.stderr.toString().trim().split("\n").pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times.get("node -e 0"));
console.log(`${runs} runs each, interleaved; NODE_EXTRA_CA_CERTS unset; node ${process.version}`);
console.log("| command | median ms | × node -e 0 | peak MB |");
console.log("| --- | ---: | ---: | ---: |");
for (const [name, args] of cases) {
  const m = median(times.get(name));
  const mb = peakMb(args);
  console.log(
    `| ${name} | ${m.toFixed(1)} | ${(m / base).toFixed(2)} | ${mb === null ? "n/a" : mb.toFixed(1)} |`,
  );
}

// Scale: `categories --data` over generated datasets of growing size; the cost per observation
// shows whether the cost grows faster than linearly.
const { mkdtempSync, rmSync } = await import("node:fs");
const { tmpdir } = await import("node:os");
const { join } = await import("node:path");
const scratch = mkdtempSync(join(tmpdir(), "vnjp-scale-"));
const generator = fileURLToPath(new URL("./generate-scale.mjs", import.meta.url));
console.log(
  "\n| categories --year 2025 --data (generated) | observations | median s (3 runs) | µs per observation | peak MB |",
);
console.log("| --- | ---: | ---: | ---: | ---: |");
try {
  for (const n of [25000, 100000, 250000]) {
    const dir = join(scratch, String(n));
    spawnSync(process.execPath, [generator, dir, String(n)], { stdio: "ignore" });
    const args = [bin, "categories", "--year", "2025", "--data", dir, "--format", "csv"];
    const runsMs = [];
    for (let i = 0; i < 3; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"] });
      if (r.status !== 0) throw new Error(`scale ${n} exited ${r.status}: ${r.stderr}`);
      runsMs.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    const m = median(runsMs);
    const mb = peakMb(args);
    console.log(
      `| | ${n} | ${(m / 1000).toFixed(2)} | ${((m * 1000) / n).toFixed(1)} | ${mb === null ? "n/a" : mb.toFixed(0)} |`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
