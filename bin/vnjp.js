#!/usr/bin/env node
require("../dist/vnjp.cjs");
