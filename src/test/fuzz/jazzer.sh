#!/usr/bin/env bash
# Coverage-guided fuzzing with Jazzer (libFuzzer for the JVM, from Maven Central) of every parser that runs
# without a database. `./mvnw verify` runs it after the tests for a few seconds per target (pom.xml,
# execution "fuzz"); by hand, longer:
#   bash src/test/fuzz/jazzer.sh 600              # every target, ten minutes each
#   bash src/test/fuzz/jazzer.sh 600 population   # one target
# Seeds: src/test/resources/fuzz/<target>/ (read, never written). The corpus a run grows, its log and any
# finding (crash-*, timeout-*, oom-* input and a Java reproducer) go to target/fuzz/<target>/.
# Exit code 0: no finding in any target; 1: a finding (each target is run; the failing ones are named).
set -euo pipefail
cd "$(dirname "$0")/../../.."

java=""; classpath=""
while [ $# -gt 0 ]; do
  case "$1" in
    --java) java="$2"; shift 2 ;;
    --classpath) classpath="$2"; shift 2 ;;
    *) break ;;
  esac
done
seconds="${1:-60}"; [ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(population quotas offers-csv answers-file month-plan-json assessment-json)

if [ -z "$classpath" ]; then  # by hand: compile and ask Maven for the test classpath (Jazzer is a test dependency)
  ./mvnw -B -q test-compile
  ./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz-classpath.txt
  classpath="$PWD/target/test-classes:$PWD/target/classes:$(cat target/fuzz-classpath.txt)"
  java="$(./mvnw -B -q help:evaluate -Dexpression=java.home -DforceStdout)/bin/java"
fi
java="${java:-java}"

failed=()
for target in "${targets[@]}"; do
  case "$target" in
    population) class=de.pflegeregion.fuzz.PopulationFuzzTarget; libs='org.apache.commons.csv.**' ;;
    quotas) class=de.pflegeregion.fuzz.QuotaFuzzTarget; libs='org.apache.commons.csv.**' ;;
    offers-csv) class=de.pflegeregion.directory.OfferCsvFuzzTarget; libs='org.apache.commons.csv.**' ;;
    answers-file) class=de.pflegeregion.assessment.web.AnswersFileFuzzTarget; libs='tools.jackson.core.**' ;;
    month-plan-json) class=de.pflegeregion.benefits.web.MonthPlanFuzzTarget; libs='tools.jackson.core.**' ;;
    assessment-json) class=de.pflegeregion.fuzz.AssessmentJsonFuzzTarget; libs='tools.jackson.core.**' ;;
    *) echo "unknown fuzz target $target" >&2; exit 2 ;;
  esac
  work="$PWD/target/fuzz/$target"; seeds="$PWD/src/test/resources/fuzz/$target"
  mkdir -p "$work/corpus"
  status=0; started=$SECONDS
  # The first corpus directory takes what the run finds new; the seeds directory is only read.
  (cd "$work" && "$java" -Xmx512m -XX:+UseSerialGC -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED \
      -cp "$classpath" com.code_intelligence.jazzer.Jazzer \
      --target_class="$class" --instrumentation_includes="de.pflegeregion.**:$libs" \
      --custom_hook_includes="de.pflegeregion.**:$libs" --disabled_hooks='com.code_intelligence.jazzer.sanitizers.*' \
      --reproducer_path="$work" -artifact_prefix="$work/" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=1536 \
      -print_final_stats=1 corpus "$seeds" >"$work/jazzer.log" 2>&1) || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/jazzer.log" | tail -n 1)
  found=$(sed -n 's/^stat::new_units_added: *//p' "$work/jazzer.log" | tail -n 1)
  first=$(grep -m 1 -E '^#[0-9]+[[:space:]]+INITED' "$work/jazzer.log" | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
  last=$(grep -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|DONE)' "$work/jazzer.log" | tail -n 1 | grep -oE 'cov: [0-9]+ ft: [0-9]+' || true)
  echo "fuzz $target: ${runs:-?} executions in ${seconds} s (JVM $((SECONDS - started)) s), coverage at the seeds ${first:-?}, at the end ${last:-?}, ${found:-?} new inputs"
  if [ "$status" -ne 0 ]; then
    echo "fuzz $target: FINDING (exit $status), input and reproducer in $work/, log $work/jazzer.log:" >&2
    grep -E -A 25 '== Java Exception|ERROR: libFuzzer|Uncaught exception|FuzzerSecurityIssue' "$work/jazzer.log" | head -n 40 >&2 || true
    ls "$work" | grep -E '^(crash|timeout|oom|leak|slow-unit)-|Crash_' >&2 || true
    failed+=("$target")
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}" >&2
  exit 1
fi
