// vnjp people: Vietnamese residents and technical interns in Japan, and workers sent to Japan, by
// date.
import type { Context } from "../context.js";
import type { Result } from "../result.js";
import { type OptionValues, yearRange } from "./options.js";
import { pointsResult } from "./points.js";

export function runPeople(_args: string[], values: OptionValues, ctx: Context): Promise<Result> {
  return pointsResult(
    "people",
    "Vietnamese in Japan: residents and interns at their count dates, workers sent per period",
    yearRange(values),
    ctx,
  );
}
