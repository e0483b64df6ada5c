// Stands in for string-width inside cli-table3, which measures every cell with it several times a
// draw: vnjp's displayWidth gives the same answer (a property test compares the two) and measures
// text of one-column characters by its length, without string-width's emoji pattern.
module.exports = require("../../src/render/text.ts").displayWidth;
