#!/usr/bin/env bash
# SSE fan-out benchmark: starts its own WildFly (from the build's target/wildfly-39.0.1.Final, with a copy of
# its standalone/ folder under target/bench-server and port offset 40000: HTTP 48080), deploys
# target/livebrief.war, runs bench/sse/SseBench.java, and stops the server again.
#
#   bench/sse/run.sh                 # 2,000 and 5,000 subscribers, 3 published entries each
#   bench/sse/run.sh 500 3           # subscribers (comma-separated) and rounds
#
# Builds the WAR first when target/livebrief.war is missing. All load goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."

SUBSCRIBERS="${1:-2000,5000}"
ROUNDS="${2:-3}"
OFFSET="${BENCH_PORT_OFFSET:-40000}"
PORT=$((8080 + OFFSET))
WILDFLY=target/wildfly-39.0.1.Final
BASE="$PWD/target/bench-server"

ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt 12000 ]; then
    echo "Need at least 12000 open files (ulimit -n); have $(ulimit -n)" >&2
    exit 1
fi
# The benchmark runs on the embedded H2 datasource: rebuild when the last build configured PostgreSQL.
if [ ! -f target/livebrief.war ] || [ ! -x "$WILDFLY/bin/standalone.sh" ] \
        || ! grep -q 'jdbc:h2:file' "$WILDFLY/standalone/configuration/standalone.xml"; then
    mvn -q package -DskipTests
fi

rm -rf "$BASE"
cp -r "$WILDFLY/standalone" "$BASE"
rm -rf "$BASE/data/livebrief" "$BASE/log" "$BASE/tmp"
cp target/livebrief.war "$BASE/deployments/"

export JBOSS_JAVA_SIZING="-Xms256m -Xmx1g"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_PIDFILE="$BASE/wildfly.pid"
"$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$BASE" -Djboss.socket.binding.port-offset="$OFFSET" \
    -Dlivebrief.data.dir="$BASE/data/livebrief" -Dlivebrief.demo=false \
    -Dlivebrief.live.max-streams=20000 -Dlivebrief.live.max-streams-per-client=20000 \
    > "$BASE/console.log" 2>&1 &
SCRIPT_PID=$!

stop() {
    if [ -f "$JBOSS_PIDFILE" ]; then
        local pid
        pid=$(cat "$JBOSS_PIDFILE")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$pid" 2>/dev/null || true
    fi
    wait "$SCRIPT_PID" 2>/dev/null || true
}
trap stop EXIT

for _ in $(seq 1 240); do
    if [ -e "$BASE/deployments/livebrief.war.failed" ]; then
        echo "livebrief.war failed to deploy; see $BASE/log/server.log" >&2
        exit 1
    fi
    if [ -e "$BASE/deployments/livebrief.war.deployed" ]; then break; fi
    sleep 0.5
done
[ -e "$BASE/deployments/livebrief.war.deployed" ] || { echo "WildFly did not deploy in time" >&2; exit 1; }

timeout 540 java -Xmx1g -XX:+UseSerialGC bench/sse/SseBench.java --port "$PORT" --pid "$(cat "$JBOSS_PIDFILE")" \
    --subscribers "$SUBSCRIBERS" --rounds "$ROUNDS"
