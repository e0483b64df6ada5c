// What a resolved figure is: the value shown, its marks, the observations behind it and, when it is
// derived, how. Its own module, so that the resolver and the reconciliation can both speak of it.
import type { Observation } from "../data/schema.js";
import type { Hedge, Status } from "../values.js";
import type { Range } from "./evidence.js";
import type { FigureKey } from "./select.js";

export interface Figure {
  key: FigureKey;
  value: number | null;
  status: Status | null;
  hedge: Hedge | null;
  /** The observation shown, when the figure is reported. */
  chosen?: Observation;
  /** Every observation of this figure, best first (the chosen one included). */
  candidates: readonly Observation[];
  /** How a derived figure was computed. */
  derivation?: { formula: string; inputs: Figure[] };
  /** The true values the figure allows, from the rounding of what it rests on. */
  range?: Range;
  /** The report stating the change on the prior year, where one does (full-year trade). */
  rate?: Observation;
}
