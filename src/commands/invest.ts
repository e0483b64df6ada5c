// vnjp invest: Japanese direct investment in Vietnam at dated points.
import type { Context } from "../context.js";
import type { Result } from "../result.js";
import { pointsResult } from "./points.js";

export function runInvest(
  _args: string[],
  options: { year?: string; from?: string; to?: string },
  ctx: Context,
): Promise<Result> {
  return pointsResult(
    "fdi",
    "Japanese direct investment in Vietnam: capital in USD bn, stocks at their dates",
    options,
    ctx,
  );
}
