// What cli.ts hands every command: decisions taken once at start (colour, data location) and the two
// output channels. Commands never touch process directly.
import type { Format } from "./values.js";

export interface Context {
  /** The bundled data directory, resolved from the installed package. */
  bundledDataDir: string;
  /** A user's data directory (--data or VNJP_DATA), and whether to use it alone. */
  userDataDir?: string;
  userDataOnly: boolean;
  format: Format;
  color: boolean;
  explain: boolean;
  excelSafe: boolean;
  /** Width for charts: the terminal's, COLUMNS, or 80. */
  width: number;
  out(text: string): void;
  err(text: string): void;
}
