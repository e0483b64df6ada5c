// vnjp data check: every schema and cross-record error, and any part of the bundled data that the
// build must write again (exit 1, all listed on stderr), then the consistency warnings (figures
// that disagree) as a result on stdout.
import type { Context } from "../context.js";
import { mergeFiles, readDir, readPack } from "../data/loader.js";
import { PARTS, RECONCILED, sliceOf } from "../data/packs.js";
import type { DatasetProblem, LoadedFile } from "../data/schema.js";
import { validateFiles } from "../data/validate.js";
import { consistencyFindings } from "../domain/consistency.js";
import { reconciledTable } from "../domain/reconciled.js";
import { DataIndex } from "../domain/select.js";
import { DatasetInvalidError } from "../errors.js";
import type { Result } from "../result.js";
import type { OptionValues } from "./options.js";

export async function runDataCheck(
  _args: string[],
  _values: OptionValues,
  ctx: Context,
): Promise<Result> {
  const bundled = ctx.userDataOnly ? [] : readDir(ctx.bundledDataDir, "bundled data");
  const files = [
    ...bundled,
    ...(ctx.userDataDir ? readDir(ctx.userDataDir, "data directory") : []),
  ];
  const problems = validateFiles(files);
  if (problems.length === 0 && bundled.length > 0 && ctx.bundledPackDir)
    problems.push(...stalePacks(bundled, ctx.bundledPackDir));
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  const dataset = mergeFiles(files);
  const all = consistencyFindings(new DataIndex(dataset));
  // A shown trade row that breaks an identity or a stated growth rate unmarked is an error.
  const errors = all.filter((f) => f.level === "error");
  if (errors.length > 0)
    throw new DatasetInvalidError(
      errors.map((f) => ({
        file: "trade figures as shown",
        path: f.figure,
        reason: `${f.detail} (${f.ids.join(", ")})`,
      })),
    );
  const findings = all;
  const counts =
    `${dataset.observations.length} observations, ${dataset.sources.length} sources, ` +
    `${files.length} files: no errors, ${findings.length} ` +
    `warning${findings.length === 1 ? "" : "s"}`;
  return {
    command: "data check",
    title: "Dataset check",
    columns: [
      { key: "level", label: "Level", kind: "text", description: "error or warning" },
      {
        key: "check",
        label: "Check",
        kind: "text",
        description:
          "identity: a shown row against T = X + M and B = X − M; sum: exports + imports " +
          "against turnover within one source; growth: stated rate against levels (marked: a " +
          "shown row says so); conflict: one figure reported differently",
      },
      { key: "figure", label: "Figure", kind: "text", description: "the figure concerned" },
      {
        key: "detail",
        label: "Detail",
        kind: "text",
        description: "what disagrees, with observation ids",
      },
    ],
    rows: findings.map((f) => ({
      level: "warning",
      check: f.check,
      figure: f.figure,
      detail: f.detail,
    })),
    meta: {
      dataset_version: dataset.version,
      dataset_date: dataset.date,
      units: {},
      sources: [],
      notes: [counts],
    },
  };
}

// vnjp reads the bundled data from the build's parts (dist/packs): each must be what the build
// makes of data/ as it is now, or vnjp would show figures that data/ no longer holds. So must its
// reconciled trade figures.
function stalePacks(bundled: readonly LoadedFile[], packDir: string): DatasetProblem[] {
  const dataset = mergeFiles(bundled);
  const expected = [
    ...PARTS.map((part) => [part, sliceOf(dataset, part)] as const),
    [RECONCILED, reconciledTable(dataset)] as const,
  ];
  return expected
    .map(([name, made]) => ({ made, ...readPack(packDir, name) }))
    .filter(({ content, made }) => JSON.stringify(content) !== JSON.stringify(made))
    .map(({ file }) => ({
      file,
      path: "",
      reason: "is not what the build makes of data/ now: run npm run build",
    }));
}
