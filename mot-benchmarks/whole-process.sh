#!/usr/bin/env bash
# Whole processes side by side (issue 14): the `mot` command line against DuckDB, from the CSV file
# to the answer, JVM start included, on the files of the CLI's sample-data generator.
#
#   mot-benchmarks/whole-process.sh                          # 1,000,000 respondents, 10,000,000 encounters, 3 runs
#   mot-benchmarks/whole-process.sh --respondents 20000 --encounters 200000 --repeat 1   # a quick try
#
# Options (or the environment variables in brackets):
#   --respondents R [RESPONDENTS]   survey size (default 1000000)
#   --encounters E  [ENCOUNTERS]    encounter log size (default 10000000)
#   --repeat N      [REPEAT]        runs of every process (default 3); the table shows medians
#   --threads "1 2" [THREADS]       thread counts (default "1 2")
#   --workloads "encounters survey" [WORKLOADS]
#   --data DIR      [DATA_DIR]      where the sample files are (made there once if absent; default
#                                   mot-benchmarks/target/whole-process/r<R>-e<E>)
#   --no-build      [NO_BUILD=1]    use the jars and classes already built
# The JDK is $JAVA_HOME's when set (for Maven and the processes), else the `java` on the PATH.
#
# What runs, in turn within each repetition, every process under `/usr/bin/time -v` (wall time and
# "Maximum resident set size"), standard output to /dev/null:
#   mot:    java -jar mot-examples/target/mot.jar journey|servqual FILE --format json --threads T --max-rows 1000000000
#   DuckDB: java -cp ... io.github.mot.benchmarks.DuckDbWholeProcess encounters|survey FILE T
#           (in-memory database, SET threads TO T, read_csv into a table, the same summaries)
# `--threads T` sets the threads of mot's work (the encounter reader's chunks, the gap analysis),
# `SET threads` DuckDB's; both JVMs keep their own GC and compiler threads. `--max-rows` lifts the
# readers' default limit of 5,000,000 rows (DuckDB's read_csv has none). Neither JVM gets heap
# options: both
# run with the JVM's default heap (a quarter of the machine's memory), as a user starts them.
# MOT_JAVA_OPTS and DUCKDB_JAVA_OPTS add JVM options to every run of one side (for example
# MOT_JAVA_OPTS=-XX:+UseG1GC to keep the collector the same at every T).
#
# Prints Markdown for BENCHMARKS.md: the machine, the files, a table of medians (wall s, peak RSS MB)
# with the ratios DuckDB / mot per thread count (above 1: mot is faster or smaller), and every run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

respondents="${RESPONDENTS:-1000000}"
encounters="${ENCOUNTERS:-10000000}"
repeat="${REPEAT:-3}"
threads="${THREADS:-1 2}"
workloads="${WORKLOADS:-encounters survey}"
data="${DATA_DIR:-}"
build=$([ "${NO_BUILD:-0}" = 1 ] && echo no || echo yes)
while [ $# -gt 0 ]; do
  case "$1" in
    --respondents) respondents="$2"; shift 2 ;;
    --encounters) encounters="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --workloads) workloads="$2"; shift 2 ;;
    --data) data="$2"; shift 2 ;;
    --no-build) build=no; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "whole-process.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
for n in "$respondents" "$encounters" "$repeat"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "whole-process.sh: not a positive number: $n" >&2; exit 2; }
done
for t in $threads; do
  [[ "$t" =~ ^[1-9][0-9]*$ ]] || { echo "whole-process.sh: not a thread count: $t" >&2; exit 2; }
done
for w in $workloads; do
  [[ "$w" = encounters || "$w" = survey ]] || { echo "whole-process.sh: unknown workload: $w" >&2; exit 2; }
done
data="${data:-mot-benchmarks/target/whole-process/r$respondents-e$encounters}"
[ -x /usr/bin/time ] || { echo "whole-process.sh: needs GNU time as /usr/bin/time (Debian: apt-get install time)" >&2; exit 2; }
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [ "$build" = yes ]; then
  mvn -B -q -o -pl mot-benchmarks,mot-examples -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true >&2
fi
mot_jar=mot-examples/target/mot.jar
for f in "$mot_jar" mot-benchmarks/target/classpath.txt mot-benchmarks/target/classes/io/github/mot/benchmarks/DuckDbWholeProcess.class; do
  [ -f "$f" ] || { echo "whole-process.sh: $f is missing: run without --no-build" >&2; exit 2; }
done
cp="$(cat mot-benchmarks/target/classpath.txt):mot-benchmarks/target/classes"
for m in mot-core mot-scoring mot-servqual; do cp="$cp:$m/target/classes"; done

survey_file="$data/bank-survey.csv"
encounter_file="$data/retail-encounters.csv"
if [ ! -f "$survey_file" ] || [ ! -f "$encounter_file" ]; then
  echo "Generating $respondents respondents and $encounters encounters in $data ..." >&2
  mkdir -p "$data"
  "$java" -jar "$mot_jar" sample-data --out "$data" --respondents "$respondents" --encounters "$encounters" >/dev/null
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/whole-process.XXXXXX")"
trap 'rm -rf "$work"' EXIT
results="$work/results" # lines: workload side threads run wall_s rss_kb
: >"$results"

# Runs one process under /usr/bin/time -v: standard output to /dev/null; appends its line to results.
measure() { # workload side threads run command...
  local workload="$1" side="$2" t="$3" run="$4"; shift 4
  local log="$work/$workload-$side-$t-$run"
  if ! /usr/bin/time -v -o "$log.time" "$@" >/dev/null 2>"$log.err"; then
    echo "whole-process.sh: failed: $*" >&2
    cat "$log.err" "$log.time" >&2
    exit 1
  fi
  awk -v w="$workload" -v s="$side" -v t="$t" -v r="$run" '
    /Elapsed \(wall clock\) time/ { n = split($NF, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%s %s %s %s %.2f %d\n", w, s, t, r, wall, rss }' "$log.time" >>"$results"
  tail -n 1 "$results" | awk '{ printf "  %-10s %-6s %s thread(s), run %s: %.2f s, %.0f MB\n", $1, $2, $3, $4, $5, $6 / 1024 }' >&2
}

file_of() { [ "$1" = encounters ] && echo "$encounter_file" || echo "$survey_file"; }
command_of() { [ "$1" = encounters ] && echo journey || echo servqual; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for workload in $workloads; do
  file="$(file_of "$workload")"
  for run in $(seq 1 "$repeat"); do
    for t in $threads; do
      # shellcheck disable=SC2086 # the *_JAVA_OPTS are lists of options
      measure "$workload" mot "$t" "$run" \
        "$java" ${MOT_JAVA_OPTS:-} -jar "$mot_jar" "$(command_of "$workload")" "$file" --format json \
        --threads "$t" --max-rows 1000000000
      # shellcheck disable=SC2086
      measure "$workload" duckdb "$t" "$run" \
        "$java" ${DUCKDB_JAVA_OPTS:-} -cp "$cp" io.github.mot.benchmarks.DuckDbWholeProcess "$workload" "$file" "$t"
    done
  done
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------- report (Markdown)
median() { # workload side threads column(5 wall, 6 rss): the median of the runs
  awk -v w="$1" -v s="$2" -v t="$3" -v c="$4" '$1 == w && $2 == s && $3 == t { print $c }' "$results" |
    sort -g | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
runs() { # workload side threads: the wall times of the runs, in order
  awk -v w="$1" -v s="$2" -v t="$3" '$1 == w && $2 == s && $3 == t { printf "%s%s", sep, $5; sep = ", " }' "$results"
}
describe() { # file: its size and data rows
  local rows
  rows=$(($(wc -l <"$1") - 1))
  printf '%s rows, %s MB' "$rows" "$(($(stat -c %s "$1") / 1000000))"
}

duckdb_jar="$(tr ':' '\n' <mot-benchmarks/target/classpath.txt | grep -o 'duckdb_jdbc-[^/]*\.jar$' || true)"
echo
echo "## Whole process, from the CSV file ($(date -u +%Y-%m-%d))"
echo
echo '| | |'
echo '|---|---|'
echo "| CPU | $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), \`nproc\` = $(nproc) |"
echo "| memory | $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) |"
echo "| OS | $(uname -sr) |"
echo "| JDK | $("$java" -version 2>&1 | head -n 2 | tr '\n' ' ' | sed 's/ *$//') |"
echo "| DuckDB | $("$java" -cp "$cp" io.github.mot.benchmarks.DuckDbWholeProcess version) (\`${duckdb_jar%.jar}\`) |"
echo "| load average (1, 5, 15 min) | $load_before before, $load_after after |"
echo
for workload in $workloads; do
  echo "- $workload: \`$(file_of "$workload")\` ($(describe "$(file_of "$workload")")); mot: \`mot $(command_of "$workload") FILE --format json\`"
done
echo
echo "Medians of $repeat run(s) each, every process under \`/usr/bin/time -v\`, output to /dev/null;"
echo "threads: \`--threads\` for mot, \`SET threads\` for DuckDB. Ratios DuckDB / mot: above 1, mot is faster (or smaller)."
echo
echo '| workload | threads | mot wall s | mot peak RSS MB | DuckDB wall s | DuckDB peak RSS MB | wall DuckDB / mot | RSS DuckDB / mot |'
echo '|---|---:|---:|---:|---:|---:|---:|---:|'
for workload in $workloads; do
  for t in $threads; do
    mw=$(median "$workload" mot "$t" 5); mr=$(median "$workload" mot "$t" 6)
    dw=$(median "$workload" duckdb "$t" 5); dr=$(median "$workload" duckdb "$t" 6)
    awk -v w="$workload" -v t="$t" -v mw="$mw" -v mr="$mr" -v dw="$dw" -v dr="$dr" 'BEGIN {
      wall = mw > 0 ? dw / mw : 0; rss = mr > 0 ? dr / mr : 0
      printf "| %s | %s | %.2f | %.0f | %.2f | %.0f | **%.2fx** | **%.2fx** |\n",
        w, t, mw, mr / 1024, dw, dr / 1024, wall, rss }'
  done
done
echo
echo '| workload | threads | mot runs (wall s) | DuckDB runs (wall s) |'
echo '|---|---:|---|---|'
for workload in $workloads; do
  for t in $threads; do
    echo "| $workload | $t | $(runs "$workload" mot "$t") | $(runs "$workload" duckdb "$t") |"
  done
done
