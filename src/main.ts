// The executable's entry: hand the process to cli.ts.
import { main } from "./cli.js";

void main();
