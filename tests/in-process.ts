// Runs vnjp in this process, as bin/vnjp.js would, and captures what it writes: faster than
// spawning, and enough for every behaviour that does not depend on a real pipe or terminal.
import { fileURLToPath } from "node:url";
import { type Io, run } from "../src/cli.js";

export const DATA = fileURLToPath(new URL("../data/", import.meta.url));
export const PACKS = fileURLToPath(new URL("../dist/packs/", import.meta.url));

export interface Captured {
  status: number;
  stdout: string;
  /** stdout byte for byte (a PNG is bytes, not text). */
  bytes: Buffer;
  stderr: string;
}

export async function vnjpInProcess(
  argv: string[],
  settings: Partial<Pick<Io, "env" | "stdoutIsTTY" | "columns" | "bundledPackDir">> = {},
): Promise<Captured> {
  const chunks: Buffer[] = [];
  let stderr = "";
  const io: Io = {
    out: (data) => {
      chunks.push(typeof data === "string" ? Buffer.from(data, "utf8") : Buffer.from(data));
    },
    err: (t) => {
      stderr += t;
    },
    env: { COLUMNS: "80" },
    stdoutIsTTY: false,
    bundledDataDir: DATA,
    ...settings,
  };
  const status = await run(argv, io);
  const bytes = Buffer.concat(chunks);
  return { status, stdout: bytes.toString("utf8"), bytes, stderr };
}
