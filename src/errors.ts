// Errors that reach the user carry their exit status: 1 for data and runtime problems, 2 for usage.
import { LIMITS } from "./data/limits.js";
import type { DatasetProblem } from "./data/schema.js";

export class VnjpError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A command, option or value the user typed is not one vnjp accepts. */
export class UsageError extends VnjpError {
  constructor(message: string, hint?: string) {
    super(message, 2, hint);
  }
}

/** The data cannot answer: a figure is not available, or a dataset is unreadable or invalid. */
export class DataError extends VnjpError {
  constructor(message: string, hint?: string) {
    super(message, 1, hint);
  }
}

/**
 * Every problem found in a dataset, reported together: all of them, or as many as were found when
 * checking stopped (at LIMITS.problemsCollected).
 */
export class DatasetInvalidError extends DataError {
  readonly stopped: boolean;
  constructor(readonly problems: readonly DatasetProblem[]) {
    const stopped = problems.length >= LIMITS.problemsCollected;
    const count = `${problems.length}${stopped ? " or more" : ""}`;
    super(`dataset is invalid: ${count} problem${problems.length === 1 ? "" : "s"}`);
    this.stopped = stopped;
  }
}
