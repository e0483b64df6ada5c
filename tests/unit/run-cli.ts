// Runs vnjp in this process, through run(argv, io) — the one entry every command goes through —
// with the output, the environment and the terminal it would have, and captures what it says.
import { fileURLToPath } from "node:url";
import { type Io, run } from "../../src/cli.js";

export const DATA = fileURLToPath(new URL("../../data/", import.meta.url));
export const PACKS = fileURLToPath(new URL("../../dist/packs/", import.meta.url));

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliSetting {
  env?: NodeJS.ProcessEnv;
  /** Whether stdout is a terminal, and its width. */
  tty?: boolean;
  columns?: number;
  /** Read the bundled data from the build's parts, as the installed CLI does. */
  packs?: boolean;
}

export async function runCli(argv: readonly string[], setting: CliSetting = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    env: setting.env ?? { COLUMNS: "80" },
    stdoutIsTTY: setting.tty ?? false,
    columns: setting.columns,
    bundledDataDir: DATA,
    bundledPackDir: setting.packs ? PACKS : undefined,
  };
  const status = await run(argv, io);
  return { status, stdout, stderr };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what this pattern looks for
export const ANSI = /\x1b\[/;
