// The most a dataset directory may make vnjp read, build or print: far above any real dataset (the
// bundled one is under 1 MB and 2,000 records; the scale benchmark reads 250,000 observations), low
// enough that no file, however made, can hang vnjp or exhaust its memory. The README lists them
// (Reliability limits), and a test holds the two to the same numbers.
export const LIMITS = {
  /** Bytes of one file, counted as they are read. */
  fileBytes: 64 * 1024 * 1024,
  /** Bytes of all the files of one directory. */
  directoryBytes: 128 * 1024 * 1024,
  /** .json files in one directory. */
  files: 1_000,
  /** Nesting of objects and arrays (a dataset needs 5). */
  depth: 32,
  /** Objects in one file: every record is one, a derived figure two. */
  objectsPerFile: 300_000,
  /** Values of any kind in one file. */
  valuesPerFile: 5_000_000,
  /** Records (objects) in all the files of one directory. */
  objectsPerDirectory: 600_000,
  /** Problems printed for an invalid dataset; the others are counted. */
  problemsShown: 50,
  /** Problems after which checking stops. */
  problemsCollected: 1_000,
} as const;
