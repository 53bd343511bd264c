// Side-by-side peer for Kotowari's IdentifyBenchmark: runs the npm package ts-tracking-number
// (a TypeScript port of the best-known tracking-number library) on the same corpus file, one input
// per line, and prints ns/op for it and for a baseline that only reads each input's characters once.
//
//   node identify-peer.js [corpus-file] [seconds]
'use strict';
const fs = require('fs');
const path = require('path');
const { getTracking } = require('ts-tracking-number');

const corpusFile = process.argv[2]
  || path.join(__dirname, '..', 'src', 'main', 'resources', 'identify-corpus.txt');
const seconds = Number(process.argv[3] || 5);
const corpus = fs.readFileSync(corpusFile, 'utf8').split('\n').filter((line) => line.length > 0);

function baseline(input) {
  let sum = 0;
  for (let i = 0; i < input.length; i++) {
    sum += input.charCodeAt(i);
  }
  return sum;
}

function identify(input) {
  return getTracking(input) === undefined ? 0 : 1;
}

// Runs fn over the corpus for about `budget` seconds; returns nanoseconds per input.
function measure(fn, budget) {
  let sink = 0;
  let ops = 0;
  const start = process.hrtime.bigint();
  const end = start + BigInt(Math.round(budget * 1e9));
  let now = start;
  while (now < end) {
    for (let i = 0; i < corpus.length; i++) {
      sink += fn(corpus[i]);
    }
    ops += corpus.length;
    now = process.hrtime.bigint();
  }
  if (sink === -1) {
    console.log('unreachable');
  }
  return Number(now - start) / ops;
}

measure(baseline, 1);          // warm-up
measure(identify, Math.max(1, seconds / 2));
const base = measure(baseline, seconds);
const peer = measure(identify, seconds);
let recognised = 0;
for (const input of corpus) {
  recognised += identify(input);
}
console.log(`node ${process.version}, ts-tracking-number, corpus ${corpus.length} inputs (${corpusFile})`);
console.log(`baseline (read each char once)  ${base.toFixed(1)} ns/op`);
console.log(`ts-tracking-number getTracking  ${peer.toFixed(1)} ns/op  (${(peer / base).toFixed(1)}x baseline; recognises ${recognised} of ${corpus.length})`);
