#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer (libFuzzer for the JVM, from Maven Central) of a parser without a
# database: population (GENESIS ffcsv and template) or quotas (quota CSV). Seeds: src/test/resources/fuzz/<target>/;
# the growing corpus and any crash file go to target/fuzz/<target>/ (the repository's seeds stay as they are).
#   bash src/test/fuzz/jazzer.sh population 600     # ten minutes
# Exit code 0: no finding; 77: a finding (the crash input and a Java reproducer are in target/fuzz/<target>/).
set -euo pipefail
cd "$(dirname "$0")/../../.."
target="${1:?population or quotas}"; seconds="${2:-60}"; version=0.24.0
case "$target" in
  population) class=de.pflegeregion.fuzz.PopulationFuzzTarget ;;
  quotas) class=de.pflegeregion.fuzz.QuotaFuzzTarget ;;
  *) echo "unknown target $target (population or quotas)" >&2; exit 2 ;;
esac
./mvnw -B -q test-compile
./mvnw -B -q dependency:get -Dartifact=com.code-intelligence:jazzer:$version
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt
repo="$(./mvnw -B -q help:evaluate -Dexpression=settings.localRepository -DforceStdout)"
jazzer="$repo/com/code-intelligence/jazzer/$version/jazzer-$version.jar:$repo/com/code-intelligence/jazzer-api/$version/jazzer-api-$version.jar"
work="target/fuzz/$target"; mkdir -p "$work/corpus"; cp -n "src/test/resources/fuzz/$target/"* "$work/corpus/"
java=$(./mvnw -B -q help:evaluate -Dexpression=java.home -DforceStdout)/bin/java
cd "$work"
exec "$java" -cp "$jazzer:../../classes:../../test-classes:$(cat ../../fuzz-classpath.txt)" com.code_intelligence.jazzer.Jazzer \
  --target_class="$class" --instrumentation_includes='de.pflegeregion.**' \
  --disabled_hooks='com.code_intelligence.jazzer.sanitizers.*' -max_total_time="$seconds" -print_final_stats=1 corpus
