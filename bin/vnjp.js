#!/usr/bin/env node
require("./load-bundle.cjs").load("vnjp.cjs").main();
