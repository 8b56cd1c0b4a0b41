#!/usr/bin/env node
// Prints the StrykerJS mutation score of src/core and of src/io from the JSON report(s) the
// `json` reporter writes (reports/mutation/mutation.json; more report files may be named as
// arguments, e.g. the per-chunk copies of a run made in parts: a later report's result for a mutant wins).
// Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker counts it;
// ignored mutants, compile and runtime errors do not count. Exit 1 when a goal is missed.
'use strict';
const { readFileSync, existsSync } = require('fs');
const { relative, resolve } = require('path');

const GOALS = [
  { dir: 'src/core', goal: 85 },
  { dir: 'src/io', goal: 75 },
];
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

const reports = process.argv.length > 2 ? process.argv.slice(2) : ['reports/mutation/mutation.json'];
const files = new Map();
for (const path of reports) {
  if (!existsSync(path)) {
    console.error(`mutation-score: ${path} not found (run \`npm run mutation\` first)`);
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [name, file] of Object.entries(report.files)) {
    // a mutant is known by where it is and what it does: a later report's result for it wins
    const key = relative(process.cwd(), resolve(name)).split('\\').join('/');
    const mutants = files.get(key) ?? new Map();
    for (const m of file.mutants) mutants.set(`${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}:${m.mutatorName}:${m.replacement ?? ''}`, m);
    files.set(key, mutants);
  }
}

let missed = false;
for (const { dir, goal } of GOALS) {
  let detected = 0;
  let undetected = 0;
  let measured = 0;
  const worst = [];
  for (const [name, byKey] of files) {
    const mutants = [...byKey.values()];
    if (!name.startsWith(`${dir}/`)) continue;
    measured++;
    const d = mutants.filter((m) => DETECTED.has(m.status)).length;
    const u = mutants.filter((m) => UNDETECTED.has(m.status)).length;
    detected += d;
    undetected += u;
    if (u > 0) worst.push([name, u]);
  }
  const total = detected + undetected;
  const score = total === 0 ? NaN : (100 * detected) / total;
  const ok = score >= goal;
  if (!ok) missed = true;
  console.log(`${dir}: ${Number.isNaN(score) ? 'not measured' : `${score.toFixed(2)}%`} (${detected} of ${total} mutants detected, ${measured} files) — goal ≥ ${goal}%: ${ok ? 'met' : 'NOT met'}`);
  worst.sort((a, b) => b[1] - a[1]);
  for (const [name, u] of worst.slice(0, 8)) console.log(`    ${u} undetected in ${name}`);
}
process.exit(missed ? 1 : 0);
