#!/usr/bin/env bash
# Cold start to healthy and memory after start, for docs/performance.md.
# Usage: scripts/measure-startup.sh [h2|postgres] [runs] [plain|aot]   (builds target/pflegeregion.jar first if missing;
#        aot starts target/fast-start with its AOT cache, prepared by scripts/fast-start.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
db="${1:-h2}"; runs="${2:-5}"; mode="${3:-plain}"; port=18080
jar_args=(-jar target/pflegeregion.jar)
[ "$mode" = aot ] && jar_args=(-XX:AOTCache=target/fast-start/app.aot -jar target/fast-start/pflegeregion.jar)
[ -f target/pflegeregion.jar ] || ./mvnw -q -DskipTests package
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  env_args=()
  if [ "$db" = postgres ]; then
    name="pflegeregion_start_$$_$i"
    psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $name"
    env_args=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$name" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=)
  fi
  start=$(date +%s%N)
  env "${env_args[@]}" PFLEGEREGION_DATA_DIR="$data" "$JAVA_HOME/bin/java" "${jar_args[@]}" \
      --server.port=$port --spring.profiles.active=demo > "$data/app.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do sleep 0.05; done
  end=$(date +%s%N)
  sleep 2  # let start-up work settle before reading memory
  rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
  heap=$("$JAVA_HOME/bin/jcmd" "$pid" GC.heap_info 2>/dev/null | awk '/used/{for(i=1;i<=NF;i++) if($i=="used") {print $(i+1); exit}}')
  printf 'run %d (%s, %s): healthy after %d ms, RSS %d MiB, heap used %s\n' "$i" "$db" "$mode" $(( (end-start)/1000000 )) $(( rss_kb/1024 )) "$heap"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  [ "$db" = postgres ] && psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE $name WITH (FORCE)"
  rm -rf "$data"
done
