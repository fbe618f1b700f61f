#!/usr/bin/env bash
# Builds the benchmarks and runs JMH. Arguments go to JMH, e.g.:
#   mot-benchmarks/run.sh                          # every benchmark, default settings
#   mot-benchmarks/run.sh SurveyBenchmark -p threads=2 -prof gc   # one workload, two threads, allocations
# The JDK is $JAVA_HOME's when set (for Maven and for JMH), else the `java` on the PATH:
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mot-benchmarks/run.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -pl mot-benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
cp="$(cat mot-benchmarks/target/classpath.txt):mot-benchmarks/target/classes"
for m in mot-core mot-scoring mot-servqual; do cp="$cp:$m/target/classes"; done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -Xms4g -Xmx8g -cp "$cp" org.openjdk.jmh.Main "$@"
