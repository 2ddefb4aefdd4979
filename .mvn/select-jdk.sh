# Sourced by mvnw and the scripts in bin/: makes JAVA_HOME point at a JDK >= 21.
# Pflegeregion targets Java 21; many servers still default to Java 17.
pr_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1
}
pr_jdk_ok() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(pr_java_major "$1/bin/java")" -ge 21 ] 2>/dev/null
}
if [ -n "${JAVA_HOME-}" ] && pr_jdk_ok "$JAVA_HOME"; then
  :
elif command -v javac >/dev/null 2>&1 && pr_jdk_ok "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
else
  set +f  # mvnw runs with globbing off
  pr_best=""
  pr_best_major=0
  for pr_candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    [ -d "$pr_candidate" ] || continue
    if pr_jdk_ok "$pr_candidate"; then
      pr_major="$(pr_java_major "$pr_candidate/bin/java")"
      if [ "$pr_major" -gt "$pr_best_major" ]; then pr_best="$pr_candidate"; pr_best_major="$pr_major"; fi
    fi
  done
  if [ -z "$pr_best" ]; then
    echo "Pflegeregion braucht ein JDK ab Version 21 (Java 21 or newer is required). Bitte JAVA_HOME setzen." >&2
    exit 1
  fi
  JAVA_HOME="$pr_best"
fi
export JAVA_HOME
