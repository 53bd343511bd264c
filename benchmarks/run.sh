#!/usr/bin/env bash
# One command for Kotowari's performance figures: builds the benchmarks jar, runs the Node peer
# (ts-tracking-number) on the identification corpus, runs the whole JMH suite with -prof gc, prints
# one comparison table and rewrites docs/performance.md.
#
#   benchmarks/run.sh            full run (about 14 minutes on 2 cores); writes docs/performance.md
#   benchmarks/run.sh --quick    smoke run, tiny iterations; writes benchmarks/target/performance-quick.md
#   benchmarks/run.sh [--quick] --include REGEX...   only the JMH benchmarks matching REGEX
#
# Needs JDK 17+; Node 18+ and npm for the peer (skipped with a warning when node is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
command="benchmarks/run.sh${*:+ $*}"

quick=""
suite_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1; suite_args+=(--quick) ;;
    --include) suite_args+=(--include "$2"); shift ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (expected --quick, --include REGEX)" >&2; exit 2 ;;
  esac
  shift
done

echo "== build (./mvnw -B -q -DskipTests package -pl benchmarks -am)"
./mvnw -B -q -DskipTests package -pl benchmarks -am

corpus=benchmarks/src/main/resources/identify-corpus.txt
peer=benchmarks/target/peer-node.tsv
dump=benchmarks/target/peer-node-classification.tsv
rm -f "$peer" "$dump"
if ! command -v node >/dev/null 2>&1; then
  echo "== Node peer skipped: node is not installed" >&2
elif [ ! -f "$corpus" ]; then
  echo "== Node peer skipped: $corpus does not exist yet" >&2
else
  echo "== Node peer (npm ci; node identify-peer.js)"
  # npm ci wipes node_modules first: only run it when the lock file changed since the last install.
  if [ ! -f benchmarks/peer-node/node_modules/.package-lock.json ] \
      || [ benchmarks/peer-node/package-lock.json -nt benchmarks/peer-node/node_modules/.package-lock.json ]; then
    (cd benchmarks/peer-node && npm ci --no-audit --no-fund --loglevel=error)
  fi
  seconds=10
  [ -n "$quick" ] && seconds=1
  node benchmarks/peer-node/identify-peer.js "$corpus" "$seconds" --out "$peer" --dump "$dump"
fi

page=docs/performance.md
[ -n "$quick" ] && page=benchmarks/target/performance-quick.md
echo "== JMH suite"
java -cp benchmarks/target/benchmarks.jar io.github.kotowari.benchmarks.suite.Suite \
  ${suite_args[@]+"${suite_args[@]}"} \
  --peer "$peer" --peer-dump "$dump" --page "$page" --command "$command" --started "$started"
