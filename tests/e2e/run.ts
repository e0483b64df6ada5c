// Spawns the built binary the way a user runs it, and captures everything it says.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../bin/vnjp.js", import.meta.url));

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function vnjp(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
): Run {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NO_COLOR: undefined,
    FORCE_COLOR: undefined,
    VNJP_DATA: undefined,
    ...env,
  };
  for (const k of Object.keys(childEnv)) if (childEnv[k] === undefined) delete childEnv[k];
  const r = spawnSync(process.execPath, [BIN, ...args], { env: childEnv, encoding: "utf8", input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function sh(command: string, env: Record<string, string> = {}): Run {
  const r = spawnSync("bash", ["-c", command], {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what this pattern looks for
export const ANSI = /\x1b\[/;
