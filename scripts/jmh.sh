#!/usr/bin/env bash
# Runs JMH benchmarks from src/test/java (classes named *Benchmark).
#   scripts/jmh.sh AssessmentBenchmark            (default: 1 thread, 1 fork, 3 warm-up + 5 measured iterations)
#   scripts/jmh.sh BenefitsBenchmark -t 1 -f 2     (any further JMH options are passed on)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
pattern="$1"; shift
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
opts=("$@"); [ ${#opts[@]} -gt 0 ] || opts=(-t 1 -f 1 -wi 3 -w 2s -i 5 -r 2s)
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" \
    org.openjdk.jmh.Main "$pattern" "${opts[@]}"
