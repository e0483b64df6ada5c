// What cli.ts hands every command: where the data is and whether to explain. Commands never touch
// process, and never print: they return a result, which cli.ts renders with the output decisions it
// took once.

export interface Context {
  /** The bundled data directory, resolved from the installed package. */
  bundledDataDir: string;
  /** The build's parts of the bundled data (dist/packs), when there are any. */
  bundledPackDir?: string;
  /** A user's data directory (--data or VNJP_DATA), and whether to use it alone. */
  userDataDir?: string;
  userDataOnly: boolean;
  explain: boolean;
}
