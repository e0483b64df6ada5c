// vnjp invest: Japanese direct investment in Vietnam at dated points.
import type { Context } from "../context.js";
import type { Result } from "../result.js";
import { type OptionValues, yearRange } from "./options.js";
import { pointsResult } from "./points.js";

export function runInvest(_args: string[], values: OptionValues, ctx: Context): Promise<Result> {
  return pointsResult(
    "fdi",
    "Japanese direct investment in Vietnam: capital in USD bn, stocks at their dates",
    yearRange(values),
    ctx,
  );
}
