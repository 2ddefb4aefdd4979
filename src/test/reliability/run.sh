#!/usr/bin/env bash
# Reliability run on loopback: two app nodes on one throwaway PostgreSQL cluster (initdb into a temp
# directory, own free port; the machine's PostgreSQL on 5432 is never stopped or restarted), mixed
# traffic, steady load, change-feed lag, PostgreSQL stopped and started again, one node killed with
# SIGKILL; then graceful shutdown under an import, and backup/restore with pg_dump/pg_restore.
#
#   src/test/reliability/run.sh            short form (as in ./mvnw verify): 15 s steady load, 10 lag probes,
#                                          node JVMs with C1 only (-XX:TieredStopAtLevel=1) so they start on half the CPU
#   src/test/reliability/run.sh full       10 minutes steady load, 60 lag probes, node JVMs as in production (C2),
#                                          heap after GC and RSS every minute, class histograms at start and end
#   STEADY=PT2M LAG_PROBES=20 src/test/reliability/run.sh   anything in between
#   JVM_OPTIONS='-XX:AOTCache=app.aot' …   other options for the node JVMs
#
# Needs the PostgreSQL server programs (initdb, pg_ctl, pg_dump, pg_restore; Debian: /usr/lib/postgresql/N/bin)
# and, for GracefulShutdownIT, the test PostgreSQL on 127.0.0.1:5432 like the other integration tests.
# Figures: target/reliability/two-nodes.txt (copy them into docs/reliability.md with date and load).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode="${1:-short}"
if [ "$mode" = full ]; then
  steady="${STEADY:-PT10M}"; probes="${LAG_PROBES:-60}"; jvm="${JVM_OPTIONS:-}"
else
  steady="${STEADY:-PT15S}"; probes="${LAG_PROBES:-10}"; jvm="${JVM_OPTIONS:--XX:TieredStopAtLevel=1}"
fi
tests="${TESTS:-TwoNodesOnePostgresIT,GracefulShutdownIT,BackupRestoreIT}"
echo "reliability run ($mode): steady $steady, $probes lag probes, node JVM options '$jvm', $(uptime), $(date -u +%FT%TZ)"
./mvnw -B -q test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dreliability.steady="$steady" -Dreliability.lagProbes="$probes" -Dreliability.jvmOptions="$jvm"
cat target/reliability/two-nodes.txt 2>/dev/null || true
echo "class histograms: target/reliability/histogram-{start,end}-{A,B}.txt; finished $(date -u +%FT%TZ), $(uptime)"
