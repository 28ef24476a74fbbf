#!/usr/bin/env bash
# spsplus benchmarks (issue #8): build, correctness gate, JMH, ratio report.
#
#   benchmarks/run.sh            full run: the data of issue #8 (10 million calls, 1 million answers,
#                                1 million requests), JMH defaults of each class (2 forks, 5 × 1 s
#                                warm-up, 10 × 1 s measurement). About 30 minutes on 2 cores.
#   benchmarks/run.sh --quick    harness check in under 5 minutes: one fifth of the data, 1 fork,
#                                2 × 1 s warm-up, 2 × 1 s measurement. Its ratios are indicative only.
#   benchmarks/run.sh [--quick] [--only REGEX] [-- extra JMH options]
#                                REGEX selects benchmarks (JMH include pattern), e.g. 'T1|Client'.
#
# Writes benchmarks/results/latest.json (JMH JSON), benchmarks/results/machine.properties (CPU,
# cores, JDK, load averages before and after) and benchmarks/results/latest.md (the ratio table).
# Stops with status 1, before any timing, if the contenders disagree (the correctness gate).
#
# Environment: JAVA_HOME (default: java on the PATH); BENCH_HEAP (heap of the gate and of every
# fork, default 6g: 10 million call records take about 1.2 GB, the streams peers' lists and DuckDB's
# native memory come on top); DUCKDB_THREADS (default 2, the cores of the reference machine).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
results="$here/results"
mode=full
only='fr.spsplus.benchmarks.jmh.*'
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick; shift ;;
    --full) mode=full; shift ;;
    --only) only="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
done

java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
heap=${BENCH_HEAP:-6g}
duck_threads=${DUCKDB_THREADS:-2}
if [ "$mode" = quick ]; then
  calls=2000000; answers=200000; requests=200000
  jmh_mode=(-f 1 -wi 2 -w 1s -i 2 -r 1s)
else
  calls=10000000; answers=1000000; requests=1000000
  jmh_mode=()
fi
data_props=(
  "-Dspsplus.bench.calls=$calls" "-Dspsplus.bench.answers=$answers"
  "-Dspsplus.bench.requests=$requests" "-Dspsplus.bench.duckdb.threads=$duck_threads")

echo "==> Building the benchmarks (offline first)"
cd "$root"
build=(./mvnw -B -q -Pquick -pl benchmarks -am package -DskipTests)
"${build[@]}" -o || "${build[@]}"
classpath="$here/target/classes:$(cat "$here/target/run-classpath.txt")"

mkdir -p "$results"
load() { cut -d' ' -f1-3 /proc/loadavg | sed 's/ /, /g'; }
load_before=$(load)
echo "==> Load average before: $load_before"

echo "==> Correctness gate ($mode data: $calls calls)"
"$java_bin" "-Xmx$heap" "${data_props[@]}" -cp "$classpath" \
  fr.spsplus.benchmarks.gate.CorrectnessGate "$duck_threads"

echo "==> JMH ($mode)"
"$java_bin" -Xmx1g -cp "$classpath" org.openjdk.jmh.Main "$only" \
  "${jmh_mode[@]}" -jvmArgsAppend "-Xms$heap -Xmx$heap -XX:+AlwaysPreTouch ${data_props[*]}" \
  -prof gc -rf json -rff "$results/latest.json" "${extra[@]}"

load_after=$(load)
echo "==> Load average after: $load_after"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
memory=$(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)
jdk=$("$java_bin" -XshowSettings:properties -version 2>&1 \
  | awk -F' = ' '/java.vm.name|java.runtime.version/ {printf "%s ", $2}')
commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git -C "$root" diff --quiet 2>/dev/null; then commit="$commit (with local changes)"; fi
cat > "$results/machine.properties" <<EOF
mode=$mode
date=$(date -u +%Y-%m-%dT%H:%MZ)
commit=$commit
cpu=${cpu:-unknown}
cores=$(nproc)
memory=$memory
jdk=${jdk% }
os=$(uname -sr)
load.before=$load_before
load.after=$load_after
calls=$calls
answers=$answers
requests=$requests
duckdb.threads=$duck_threads
EOF

"$java_bin" -cp "$classpath" fr.spsplus.benchmarks.report.RatioReport \
  "$results/latest.json" "$results/machine.properties" "$results/latest.md"
echo "==> Wrote $results/latest.json and $results/latest.md"
sed -n '/## Ratios and targets/,/## Raw scores/p' "$results/latest.md" | sed '$d'
