// The bundle's entry (dist/vnjp.cjs): bin/vnjp.js calls main(); the build's code-cache warm-up
// calls run().
export { main, run } from "./cli.js";
