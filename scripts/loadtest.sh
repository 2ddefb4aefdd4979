#!/usr/bin/env bash
# Loopback load run of one endpoint next to the trivial endpoint /api/v1/ping, in the same run.
# Starts target/pflegeregion.jar (demo profile, fresh embedded database unless SPRING_DATASOURCE_URL
# is set), warms up, then measures ping, the target, and ping again with wrk; stops the app.
#
#   scripts/loadtest.sh GET  '/api/v1/benefits?pflegegrad=3&date=2025-03-15'
#   scripts/loadtest.sh POST /api/v1/assessment src/test/resources/load/assessment.json
#
#   AUTH_USER=planung-paf AUTH_PASSWORD=Pflegeregion-Demo-2026 \
#     scripts/loadtest.sh GET '/api/v1/planning/09186/forecast?year=2035&scenario=status-quo'
#
# The per-address rate limits are switched off for the run: wrk sends everything from one address.
# LIMITS=on keeps them on at a limit wrk never reaches (10^9 a minute), to measure what the shared
# buckets in the database cost per request.
# Environment: DURATION (default 30s), CONNECTIONS (20), THREADS (2), PORT (18090).
# AUTH_USER and AUTH_PASSWORD: a token is fetched from POST /api/v1/auth/token and every request of
# the target (not ping) carries "Authorization: Bearer <token>".
# Besides rate and latency each round prints the CPU time per request of the app (from /proc) and of
# wrk (both share the cores, so a heavier answer also costs the load generator more), and the share of the
# app's CPU its JIT compiler threads took in the round. The warm-up alternates ping and the target in 10 s
# rounds until the compiler took under 2 % of a pair of rounds (at most WARMUP_ROUNDS pairs, default 6):
# a compiler still at work costs the round's endpoint CPU that is not its own.
# Loopback only; bounded by DURATION. wrk comes from Debian (installed if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
method="$1"; path="$2"; body="${3:-}"
duration="${DURATION:-30s}"; connections="${CONNECTIONS:-20}"; threads="${THREADS:-2}"; port="${PORT:-18090}"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
[ -f target/pflegeregion.jar ] || ./mvnw -q -DskipTests package

work=$(mktemp -d)
trap 'kill "$app" 2>/dev/null || true; rm -rf "$work"' EXIT
limit=0; [ "${LIMITS:-off}" = on ] && limit=1000000000
PFLEGEREGION_DATA_DIR="$work" "$JAVA_HOME/bin/java" -jar target/pflegeregion.jar \
    --server.port="$port" --spring.profiles.active=demo --logging.level.root=WARN \
    --pflegeregion.limits.search-per-minute=$limit --pflegeregion.limits.token-per-minute=$limit > "$work/app.log" 2>&1 &
app=$!
until curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log"; exit 1; }
  sleep 0.2
done

script="$work/request.lua"
echo "wrk.method = \"$method\"" > "$script"
if [ -n "$body" ]; then
  { echo 'wrk.headers["Content-Type"] = "application/json"'
    printf 'wrk.body = [==[%s]==]\n' "$(cat "$body")"; } >> "$script"
fi
if [ -n "${AUTH_USER:-}" ]; then
  credentials=$(printf '{"username": "%s", "password": "%s"}' "$AUTH_USER" "${AUTH_PASSWORD:-}")
  token=$(curl -sf -X POST -H 'Content-Type: application/json' -d "$credentials" "http://127.0.0.1:$port/api/v1/auth/token" \
    | sed -n 's/.*"token" *: *"\([^"]*\)".*/\1/p')
  [ -n "$token" ] || { echo "no token for $AUTH_USER" >&2; exit 1; }
  echo "wrk.headers[\"Authorization\"] = \"Bearer $token\"" >> "$script"
  # a wrong answer must not pass as throughput
  curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://127.0.0.1:$port$path" || { echo "target answers an error" >&2; exit 1; }
fi

ticks=$(getconf CLK_TCK)
app_cpu() { awk '{print $14 + $15}' "/proc/$app/stat"; } # utime + stime of the app, in clock ticks
jit_cpu() { # the same for the app's C1 and C2 compiler threads
  local t sum=0
  for t in /proc/"$app"/task/*; do
    case "$(cat "$t/comm" 2>/dev/null)" in C1*|C2*) sum=$(( sum + $(awk '{print $14 + $15}' "$t/stat" 2>/dev/null || echo 0) ));; esac
  done
  echo "$sum"
}

run() { # name url script
  local before jit_before out wrk_cpu
  before=$(app_cpu); jit_before=$(jit_cpu)
  # bash's times gives the CPU of finished children: here only this wrk
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency ${3:+-s "$3"} "$2"; times)
  local app_ticks=$(( $(app_cpu) - before )) jit_ticks=$(( $(jit_cpu) - jit_before ))
  local rps p50 p99 errors requests
  rps=$(awk '/Requests\/sec/{print $2}' <<<"$out")
  requests=$(awk '/requests in/{print $1}' <<<"$out")
  p50=$(awk '$1=="50%"{print $2}' <<<"$out")
  p99=$(awk '$1=="99%"{print $2}' <<<"$out")
  errors=$(awk '/Non-2xx|Socket errors/{print}' <<<"$out" | tr '\n' ' ')
  wrk_cpu=$(tail -1 <<<"$out" | awk '{ s = 0; for (i = 1; i <= 2; i++) { split($i, t, /[ms]/); s += t[1] * 60 + t[2] } print s }')
  printf '%-40s %10s req/s   p50 %8s   p99 %8s   CPU per request: app %s µs (JIT %s %%), wrk %s µs   %s\n' "$1" "$rps" "$p50" "$p99" \
    "$(awk -v t="$app_ticks" -v h="$ticks" -v n="$requests" 'BEGIN { printf "%.0f", t / h / n * 1e6 }')" \
    "$(awk -v j="$jit_ticks" -v t="$app_ticks" 'BEGIN { printf "%.1f", (t > 0 ? 100 * j / t : 0) }')" \
    "$(awk -v s="$wrk_cpu" -v n="$requests" 'BEGIN { printf "%.0f", s / n * 1e6 }')" "$errors"
}

# warm-up: JIT and connection pools, not measured
for (( pair = 1; pair <= ${WARMUP_ROUNDS:-6}; pair++ )); do
  before=$(app_cpu); jit_before=$(jit_cpu)
  wrk -t"$threads" -c"$connections" -d10s "http://127.0.0.1:$port/api/v1/ping" >/dev/null
  wrk -t"$threads" -c"$connections" -d10s -s "$script" "http://127.0.0.1:$port$path" >/dev/null
  (( ($(jit_cpu) - jit_before) * 50 < $(app_cpu) - before )) && { echo "warm-up: $pair pair(s) of 10 s rounds"; break; }
done
(( pair <= ${WARMUP_ROUNDS:-6} )) || echo "warm-up: the JIT compiler was still busy after ${WARMUP_ROUNDS:-6} pairs of 10 s rounds"

echo "wrk -t$threads -c$connections -d$duration on 127.0.0.1, $(nproc) cores shared by app and load generator"
run "GET /api/v1/ping (trivial)" "http://127.0.0.1:$port/api/v1/ping"
run "$method $path" "http://127.0.0.1:$port$path" "$script"
run "GET /api/v1/ping (trivial, again)" "http://127.0.0.1:$port/api/v1/ping"
