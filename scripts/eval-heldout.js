#!/usr/bin/env node
"use strict";
// Held-out measurement: rebuild the held-out gold from its sources, run the CLI over the held-out articles,
// and score with the shared scorer.   node scripts/eval-heldout.js [--json] [--no-build] [--set <name>]
// --set <name>: use test/fixtures/<name>/ and its <name>.gold.json (default "heldout").
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const set = process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : "heldout";
const fixtures = path.join(root, "test", "fixtures", set);
const scorer = process.env.SCORE_JS || "/work/shared/eval/score.js";
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 28, ...opts }).toString();

run(process.execPath, [path.join(__dirname, "build-heldout.js"), "--set", set]);
if (!process.argv.includes("--no-build") || !fs.existsSync(path.join(root, "dist", "cli.js"))) run("npm", ["run", "-s", "build"]);
const pred = run(process.execPath, [path.join(root, "dist", "cli.js"), "analyze", path.join(fixtures, "articles"), "--json"]);
const predFile = path.join(os.tmpdir(), set + "-pred.json");
fs.writeFileSync(predFile, pred);
const args = [scorer, "--gold", path.join(fixtures, set + ".gold.json"), "--pred", predFile];
if (process.argv.includes("--json")) args.push("--json");
process.stdout.write(run(process.execPath, args));
