#!/usr/bin/env node
import "../dist/vnjp.js";
