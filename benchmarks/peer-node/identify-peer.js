// Side-by-side peer for Kotowari's IdentifyBenchmark: runs the npm package ts-tracking-number
// (a TypeScript port of the best-known tracking-number library) on the same corpus file, one input
// per line, and measures ns/op for it and for a baseline that only reads each input's characters once.
//
//   node identify-peer.js [corpus-file] [seconds] [--out results.tsv] [--dump classification.tsv]
//
// Timing: after a warm-up, five rounds alternate the baseline and getTracking, each for seconds/5;
// the figure is the mean of the rounds and the error the half-width of its 99.9% confidence interval
// (Student's t, as JMH computes it), so the two environments are reported the same way.
// --out writes the figures in the tab-separated format Kotowari's Suite reads (PeerResults);
// --dump writes, per corpus line, "line<TAB>courier code or -<TAB>format name or -".
'use strict';
const fs = require('fs');
const path = require('path');
const { getTracking } = require('ts-tracking-number');

const positional = [];
const flags = {};
for (let i = 2; i < process.argv.length; i++) {
  const arg = process.argv[i];
  if (arg.startsWith('--')) {
    flags[arg.slice(2)] = process.argv[++i];
  } else {
    positional.push(arg);
  }
}
const corpusFile = positional[0]
  || path.join(__dirname, '..', 'src', 'main', 'resources', 'identify-corpus.txt');
const seconds = Number(positional[1] || 5);
const corpus = fs.readFileSync(corpusFile, 'utf8').split('\n').filter((line) => line.length > 0);
const ROUNDS = 5;
// Two-sided 99.9% quantiles of Student's t for ROUNDS - 1 = 4 degrees of freedom.
const T_999_DF4 = 8.610;

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

function summary(samples) {
  const n = samples.length;
  const mean = samples.reduce((a, b) => a + b, 0) / n;
  const variance = samples.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (n - 1);
  return { mean, error: T_999_DF4 * Math.sqrt(variance / n) };
}

measure(baseline, Math.min(1, seconds / 4));   // warm-up
measure(identify, Math.max(0.2, seconds / 2));
const baseSamples = [];
const peerSamples = [];
for (let round = 0; round < ROUNDS; round++) {
  baseSamples.push(measure(baseline, seconds / ROUNDS));
  peerSamples.push(measure(identify, seconds / ROUNDS));
}
const base = summary(baseSamples);
const peer = summary(peerSamples);
let recognised = 0;
const dump = [];
corpus.forEach((input, index) => {
  const found = getTracking(input);
  recognised += found === undefined ? 0 : 1;
  dump.push(`${index + 1}\t${found ? found.courier.code : '-'}\t${found ? found.name : '-'}`);
});
const version = require('ts-tracking-number/package.json').version;
console.log(`node ${process.version}, ts-tracking-number ${version}, corpus ${corpus.length} inputs (${corpusFile})`);
console.log(`baseline (read each char once)  ${base.mean.toFixed(1)} ± ${base.error.toFixed(1)} ns/op`);
console.log(`ts-tracking-number getTracking  ${peer.mean.toFixed(1)} ± ${peer.error.toFixed(1)} ns/op`
  + `  (${(peer.mean / base.mean).toFixed(1)}x baseline; recognises ${recognised} of ${corpus.length})`);
if (flags.out) {
  fs.writeFileSync(flags.out, [
    '# Written by benchmarks/peer-node/identify-peer.js; read by io.github.kotowari.benchmarks.suite.Suite',
    `info\tNode ${process.version}, ts-tracking-number ${version}, ${ROUNDS} rounds of ${seconds / ROUNDS} s over ${corpus.length} corpus lines`,
    `result\tIdentifyBenchmark.identify inputs=all\tts-tracking-number getTracking (Node)\t${peer.mean}\t${peer.error}`,
    `result\tIdentifyBenchmark.baseline inputs=all\tread-once baseline (Node)\t${base.mean}\t${base.error}`,
    '',
  ].join('\n'));
}
if (flags.dump) {
  fs.writeFileSync(flags.dump, dump.join('\n') + '\n');
}
