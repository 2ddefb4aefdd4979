#!/usr/bin/env bash
# Prepares a faster start for production: extracts target/pflegeregion.jar into target/fast-start/
# and records an ahead-of-time class cache there in one training start (JDK 25+, JEP 483/514).
# Start afterwards (same JDK!) with:
#   java -XX:AOTCache=target/fast-start/app.aot -jar target/fast-start/pflegeregion.jar
# The training start runs against a throw-away embedded database and stops after start-up.
set -euo pipefail
cd "$(dirname "$0")/.."
. .mvn/select-jdk.sh
major="$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [ "${major%%.*}" -lt 25 ]; then
  echo "The AOT cache needs JDK 25 or newer (found $major); start the plain jar instead." >&2
  exit 1
fi
[ -f target/pflegeregion.jar ] || ./mvnw -q -DskipTests package
rm -rf target/fast-start
"$JAVA_HOME/bin/java" -Djarmode=tools -jar target/pflegeregion.jar extract --destination target/fast-start >/dev/null
training=$(mktemp -d)
PFLEGEREGION_DATA_DIR="$training" "$JAVA_HOME/bin/java" -XX:AOTCacheOutput=target/fast-start/app.aot \
    -Dspring.context.exit=onRefresh -jar target/fast-start/pflegeregion.jar \
    --spring.datasource.url="jdbc:h2:file:$training/training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;USER=sa;PASSWORD=" \
    --server.port=0 > "$training/training.log" 2>&1
rm -rf "$training"
echo "Ready: $JAVA_HOME/bin/java -XX:AOTCache=target/fast-start/app.aot -jar target/fast-start/pflegeregion.jar"
