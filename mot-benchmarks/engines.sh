#!/usr/bin/env bash
# Workload 4 (issue 16, item 5): the library's single-machine path, Spark local[N] and Beam's
# DirectRunner over the same encounter shards, each a whole process (JVM start included), timed
# with /usr/bin/time (wall seconds, peak RSS), in turn, several times; prints every run, then the
# medians and each engine's ratio to the library at the same threads.
#   mot-benchmarks/engines.sh DIR [REPS] [ENGINES] [THREADS]
#   mot-benchmarks/engines.sh /data/enc4 3 "library spark" "1 2"
#   mot-benchmarks/engines.sh /data/enc1m 1 "library spark beam" "1 2"
# DIR holds the encounter shards encounters-*.csv (mot sample-data --shards N writes them).
# Set SKIP_BUILD=1 to reuse the last build. Nothing else should run on the machine meanwhile.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
dir="$(cd "$1" && pwd)"
reps="${2:-3}"
engines="${3:-library spark beam}"
threads="${4:-1 2}"
if [ -z "${SKIP_BUILD:-}" ]; then
  mvn -B -q -o -pl mot-benchmarks,mot-beam,mot-spark -am package -DskipTests \
      -Dmaven.javadoc.skip=true -Dmaven.source.skip=true \
      dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
lib="$(cat mot-benchmarks/target/classpath.txt):mot-benchmarks/target/classes"
for m in mot-core mot-scoring mot-servqual; do lib="$lib:$m/target/classes"; done
beam="mot-beam/target/test-classes:mot-beam/target/classes:$(cat mot-beam/target/test-classpath.txt)"
spark="mot-spark/target/test-classes:mot-spark/target/classes:$(cat mot-spark/target/test-classpath.txt)"
read -r -a sparkopts <<< "$(sed -n 's:.*<spark.jvmOptions>\(.*\)</spark.jvmOptions>.*:\1:p' mot-spark/pom.xml)"
out="$(mktemp -d)"
results="$out/results.txt"
run() { # engine threads rep
  local e="$1" n="$2" o="$out/$1-$2-$3"
  local cmd
  case "$e" in
    library) cmd=("$java" -cp "$lib" io.github.mot.benchmarks.EngineLibrary "$dir" "$o" "$n") ;;
    spark) cmd=("$java" "${sparkopts[@]}" -cp "$spark" io.github.mot.spark.SparkThroughput "$dir" "$o" "$n") ;;
    beam) cmd=("$java" -cp "$beam" io.github.mot.beam.BeamThroughput "$dir/encounters-*.csv" "$o" "$n") ;;
    *) echo "unknown engine $e (library, spark or beam)" >&2; exit 2 ;;
  esac
  /usr/bin/time -f "%e %M" -o "$out/time" "${cmd[@]}" > "$out/log-$e-$n-$3.txt" 2>&1 \
      || { echo "$e failed; see $out/log-$e-$n-$3.txt" >&2; tail -20 "$out/log-$e-$n-$3.txt" >&2; exit 1; }
  read -r secs kb < "$out/time"
  echo "$e $n $secs $kb" | tee -a "$results"
}
echo "engine threads seconds peak-RSS-KB ($(find "$dir" -name 'encounters-*.csv' | wc -l) shards in $dir)"
for r in $(seq "$reps"); do
  for n in $threads; do
    for e in $engines; do run "$e" "$n" "$r"; done
  done
done
python3 - "$results" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    e, n, s, kb = line.split()
    runs.setdefault((e, int(n)), []).append((float(s), int(kb)))
print("\nengine threads  median s  max peak RSS GB  runs  x library")
for (e, n), v in sorted(runs.items(), key=lambda kv: (kv[0][1], kv[0][0] != "library", kv[0][0])):
    med = statistics.median(s for s, _ in v)
    lib = runs.get(("library", n))
    ratio = med / statistics.median(s for s, _ in lib) if lib else float("nan")
    print(f"{e:8} {n:6}  {med:8.1f}  {max(kb for _, kb in v) / 1048576:15.2f}  {len(v):4}  {ratio:9.1f}")
PY
python3 - "$out" <<'PY'
import glob, json, os, sys
# the scorecards per touchpoint of every run: key -> (n, mean), the same figures on every side
def figures(run):
    if os.path.isdir(os.path.join(run, "touchpoint")):  # Spark: JSON lines
        rows = [json.loads(l) for f in glob.glob(os.path.join(run, "touchpoint", "*.json")) for l in open(f)]
        return {r["touchpoint"]: (r["scorecard"]["n"], r["scorecard"]["mean"]) for r in rows if r["touchpoint"]}
    groups = json.load(open(os.path.join(run, "scorecards-by-touchpoint.json")))["groups"]
    return {g["key"]: (g["n"], g["mean"]) for g in groups}
runs = sorted(d for d in glob.glob(os.path.join(sys.argv[1], "*-*-*")) if os.path.isdir(d))
base = figures(runs[0])
for r in runs[1:]:
    f = figures(r)
    if f.keys() != base.keys() or any(f[k][0] != base[k][0] or abs(f[k][1] - base[k][1]) > 1e-9 for k in f):
        sys.exit("the scorecards per touchpoint of %s differ from %s" % (r, runs[0]))
print("the scorecards per touchpoint agree in all %d runs (%d touchpoints)" % (len(runs), len(base)))
PY
echo "outputs and logs: $out"
