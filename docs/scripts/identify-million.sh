#!/usr/bin/env bash
# Shows that `kotowari identify -` handles a million input lines in bounded memory.
#
#   docs/scripts/identify-million.sh [LINES]      (default 1000000)
#
# Generates LINES mixed lines (valid and mistyped 7DR numbers with and without dashes, Amazon order
# numbers, UPU S10 numbers, Amazon delivery IDs, Japan Post 11-digit numbers, full-width input and
# plain text), then runs
#
#   java -Xmx64m -jar docs/target/kotowari.jar identify - --format=tsv < INPUT > OUTPUT
#
# under /usr/bin/time -v and prints the lines per second and the peak resident set size. The 64 MiB
# heap cap is the point: the command keeps one line (at most 4096 bytes) and one output batch
# (1024 rows) at a time, so the same cap serves any number of lines.
#
# Build the jar first: ./mvnw -B -q -DskipTests package -pl docs -am
set -euo pipefail
cd "$(dirname "$0")/../.."
JAR=docs/target/kotowari.jar
LINES=${1:-1000000}
HEAP=${HEAP:-64m}   # HEAP=16m docs/scripts/identify-million.sh tries a smaller cap
if [ ! -f "$JAR" ]; then
  echo "identify-million: $JAR is missing; build it with ./mvnw -B -q -DskipTests package -pl docs -am" >&2
  exit 2
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# A deterministic mix: a 32-bit linear congruential generator (exact in awk's doubles), low bits dropped.
awk -v n="$LINES" '
function next_rand() { seed = (seed * 69069 + 1) % 4294967296; return int(seed / 256) }
function digits(k,   s) { s = ""; while (length(s) < k) s = s sprintf("%05d", next_rand() % 100000); return substr(s, 1, k) }
function s10(serial,   w, i, sum, c) {
  split("8 6 4 2 3 5 9 7", w, " "); sum = 0
  for (i = 1; i <= 8; i++) sum += substr(serial, i, 1) * w[i]
  c = 11 - sum % 11; if (c == 10) c = 0; if (c == 11) c = 5; return c
}
BEGIN {
  seed = 20261201
  for (i = 0; i < n; i++) {
    k = i % 10
    if (k <= 3) {                       # 7DR, check digit holds
      b = digits(11); v = b (b % 7)
      print (k % 2 ? substr(v, 1, 4) "-" substr(v, 5, 4) "-" substr(v, 9, 4) : v)
    } else if (k == 4) {                # 7DR, mistyped last digit
      b = digits(11); print b ((b % 7 + 1 + next_rand() % 6) % 10)
    } else if (k == 5) {                # Amazon order number
      print digits(3) "-" digits(7) "-" digits(7)
    } else if (k == 6) {                # UPU S10, Japan Post
      s = digits(8); print "EG" s s10(s) "JP"
    } else if (k == 7) {                # Amazon delivery ID
      print "DA" digits(10)
    } else if (k == 8) {                # full-width digits and prolonged sound marks, or plain text
      print (next_rand() % 2 ? "１２３４ー５６７８ー９０１３" : "please track my parcel")
    } else {                            # Japan Post registered / DHL 11 digits
      b = digits(10); print b (b % 7)
    }
  }
}' > "$WORK/input.txt"

set +e
/usr/bin/time -v java -Xmx"$HEAP" -jar "$JAR" identify - --format=tsv < "$WORK/input.txt" > "$WORK/output.tsv" \
  2> "$WORK/time.txt"
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 1 ]; then
  cat "$WORK/time.txt" >&2
  exit "$rc"
fi

in_lines=$(wc -l < "$WORK/input.txt")
rows=$(( $(wc -l < "$WORK/output.tsv") - 1 ))
elapsed=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$WORK/time.txt")
seconds=$(echo "$elapsed" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
user_s=$(sed -n 's/.*User time (seconds): //p' "$WORK/time.txt")
sys_s=$(sed -n 's/.*System time (seconds): //p' "$WORK/time.txt")
echo "command:       java -Xmx$HEAP -jar $JAR identify - --format=tsv < INPUT > OUTPUT (exit $rc)"
echo "input lines:   $in_lines"
echo "output rows:   $rows"
echo "wall time:     ${seconds} s"
awk -v l="$in_lines" -v s="$seconds" 'BEGIN { printf "lines/second:  %.0f\n", l / s }'
echo "cpu time:      ${user_s} s user + ${sys_s} s system (wall time depends on other load: see uptime)"
awk -v l="$in_lines" -v u="$user_s" -v y="$sys_s" 'BEGIN { printf "lines/cpu-s:   %.0f\n", l / (u + y) }'
awk -v k="$rss_kb" 'BEGIN { printf "peak RSS:      %.1f MiB\n", k / 1024 }'
echo "load average:  $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
echo "verdicts:"
awk -F'\t' 'NR > 1 { c[$4]++ } END { for (v in c) printf "  %-10s %d\n", v, c[v] }' "$WORK/output.tsv" | sort
