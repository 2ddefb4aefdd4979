#!/bin/sh
# Directory load run (docs/performance.md): synthetic nationwide register of 30,000 offers
# in a scratch PostgreSQL database, server-side search latency, then 20 concurrent connections on
# loopback against the search and the trivial endpoint GET /api/v1/ping of the same server. Bounded:
# DURATION seconds per wrk run (default 30). Needs PostgreSQL on 127.0.0.1:5432 (user postgres) and wrk.
set -eu
cd "$(dirname "$0")/../../.."
DB=pflegeregion_perf
URL=jdbc:postgresql://127.0.0.1:5432/$DB
PORT=${PORT:-18082}
DURATION=${DURATION:-30}

psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
. ./.mvn/select-jdk.sh
CP="target/test-classes:target/classes:$(cat target/cp.txt)"

"$JAVA_HOME/bin/java" -cp "$CP" de.pflegeregion.directory.perf.SyntheticRegister "$URL" postgres 30000 42 target/perf-queries.txt
"$JAVA_HOME/bin/java" -cp "$CP" de.pflegeregion.directory.perf.SearchLatencyMeasurement "$URL" postgres target/perf-queries.txt 20000 \
  | grep -E '^(index load|[0-9]+ searches)'

"$JAVA_HOME/bin/java" -Xmx512m -cp "$CP" de.pflegeregion.PflegeregionApplication --spring.datasource.url="$URL" \
  --spring.datasource.username=postgres --spring.datasource.password= --server.address=127.0.0.1 --server.port="$PORT" \
  --logging.level.root=WARN > target/perf-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER' EXIT
until curl -sf "http://127.0.0.1:$PORT/actuator/health/liveness" > /dev/null; do sleep 1; done
curl -sf "http://127.0.0.1:$PORT/api/v1/offers?near=Wolnzach" > /dev/null   # loads the search index

echo "== search, 20 connections, ${DURATION}s"
wrk -t2 -c20 -d"${DURATION}s" -s src/test/perf/directory-search.lua "http://127.0.0.1:$PORT" -- target/perf-queries.txt
echo "== ping, 20 connections, ${DURATION}s"
wrk -t2 -c20 -d"${DURATION}s" -s src/test/perf/directory-search.lua "http://127.0.0.1:$PORT/api/v1/ping"
echo "== both at once, 10 + 10 connections, ${DURATION}s"
wrk -t1 -c10 -d"${DURATION}s" -s src/test/perf/directory-search.lua "http://127.0.0.1:$PORT" -- target/perf-queries.txt > target/perf-mixed-search.txt &
MIXED=$!
wrk -t1 -c10 -d"${DURATION}s" -s src/test/perf/directory-search.lua "http://127.0.0.1:$PORT/api/v1/ping" > target/perf-mixed-ping.txt
wait $MIXED
echo "search:"; grep -E '^(requests|latency)' target/perf-mixed-search.txt
echo "ping:"; grep -E '^(requests|latency)' target/perf-mixed-ping.txt
