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

// Each case with its target, as a ratio to bare Node (design.md, Performance).
const TABLE = 1.8;
const MACHINE = 1.4;
const cases = [
  ["node -e 0", ["-e", "0"], null],
  ["trade --year 2025", [bin, "trade", "--year", "2025"], TABLE],
  ["trade --year 2025 --format csv", [bin, "trade", "--year", "2025", "--format", "csv"], MACHINE],
  [
    "trade --year 2025 --format json",
    [bin, "trade", "--year", "2025", "--format", "json"],
    MACHINE,
  ],
  ["compare 2022 2025", [bin, "compare", "2022", "2025"], TABLE],
  ["categories --year 2025", [bin, "categories", "--year", "2025"], TABLE],
  ["chart turnover", [bin, "chart", "turnover"], TABLE],
  ["--help", [bin, "--help"], TABLE],
  ["--version", [bin, "--version"], 1.2],
];
// The scale target: 250,000 observations of a user's own data.
const SCALE_SECONDS = 1.5;

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

const megabytes = (mb, places) => (mb === null ? "n/a" : mb.toFixed(places));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const base = median(times.get("node -e 0"));
console.log(`${runs} runs each, interleaved; NODE_EXTRA_CA_CERTS unset; node ${process.version}`);
console.log("| command | median ms | × node -e 0 | target | peak MB |");
console.log("| --- | ---: | ---: | ---: | ---: |");
let missed = 0;
for (const [name, args, target] of cases) {
  const m = median(times.get(name));
  const mb = peakMb(args);
  const ratio = m / base;
  const verdict = target === null ? "" : ratio <= target ? `≤ ${target}` : `MISSED ${target}`;
  if (target !== null && ratio > target) missed++;
  console.log(
    `| ${name} | ${m.toFixed(1)} | ${ratio.toFixed(2)} | ${verdict} | ${megabytes(mb, 1)} |`,
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
  "\n| categories --year 2025 --data (generated) | observations | median s (3 runs) " +
    "| µs per observation | peak MB |",
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
    if (n === 250000 && m / 1000 > SCALE_SECONDS) missed++;
    const mb = peakMb(args);
    const perObservation = ((m * 1000) / n).toFixed(1);
    console.log(`| | ${n} | ${(m / 1000).toFixed(2)} | ${perObservation} | ${megabytes(mb, 0)} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(missed === 0 ? "\nEvery target met." : `\n${missed} target(s) missed.`);
