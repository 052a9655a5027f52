#!/usr/bin/env bash
# Load with hostility (issue #13): hostile search queries, event-stream clients that never read, and slowloris on
# the feeds, against a WildFly of its own (a copy of target/wildfly-*/standalone under target/bench-hostile, port
# offset OFFSET), with bench/hostile/HostileBench.java as the client. Exits 1 when a check fails. All traffic goes
# to loopback addresses (127.0.0.1, and 127.0.1.x–127.0.3.x as client addresses, so the per-address cap of 20
# streams does not stop the crowd; Linux routes all of 127/8 to lo).
#
#   bench/hostile/run.sh          CI size, about 2 minutes after the build: 1,000 never-reading streams, 100 slowloris
#                                 connections, 10 s per latency measure
#   FULL=1 bench/hostile/run.sh   5,000 never-reading streams, 300 slowloris connections, 20 s per measure
#
# Settings (environment): OFFSET (port offset, default 12500: HTTP 20580; keep its ports below 32768: above, Linux
# picks the local ports of outgoing connections, and one took 55080 in a CI run), PARTS (default search,sse,slowloris),
# SSE_CLIENTS, SLOWLORIS, SLOWLORIS_KINDS (default 0,1,2,3: the slow kinds in turn, see HostileBench), MEASURE_SECONDS,
# ROUNDS (entries pushed per reader measure), SERVER_ARGS (extra -D options, split on spaces: e.g.
# -Dlivebrief.search.backend=opensearch -Dlivebrief.search.hosts=127.0.0.1:19200 to attack search on OpenSearch). Builds the WAR and server first
# (`mvn package -DskipTests`) unless SKIP_BUILD=1 and target/ has them; always the default (H2) datasource.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-12500}
PORT=$((8080 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
if [[ "${FULL:-}" == 1 ]]; then
    SSE_CLIENTS=${SSE_CLIENTS:-5000}; SLOWLORIS=${SLOWLORIS:-300}; SECONDS_PER_MEASURE=${MEASURE_SECONDS:-20}; ROUNDS=${ROUNDS:-40}
else
    SSE_CLIENTS=${SSE_CLIENTS:-1000}; SLOWLORIS=${SLOWLORIS:-100}; SECONDS_PER_MEASURE=${MEASURE_SECONDS:-10}; ROUNDS=${ROUNDS:-20}
fi
# The server cap sits just above the crowd plus the one normal reader, so the bench can reach it and see the 503.
MAX_STREAMS=$((SSE_CLIENTS + 11))
WORK="$ROOT/target/bench-hostile"

for port in "$PORT" "$MGMT_PORT"; do
    if ss -ltn | grep -q ":$port "; then echo "port $port is in use; set OFFSET" >&2; exit 2; fi
done
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt $((2 * SSE_CLIENTS + 2000)) ]; then
    echo "Need at least $((2 * SSE_CLIENTS + 2000)) open files (ulimit -n); have $(ulimit -n)" >&2
    exit 2
fi
WILDFLY=$(ls -d "$ROOT"/target/wildfly-*/ 2>/dev/null | head -1 || true)
if [[ "${SKIP_BUILD:-}" != 1 || ! -f target/livebrief.war || -z "$WILDFLY" ]] \
        || ! grep -q 'jdbc:h2:file' "$WILDFLY/standalone/configuration/standalone.xml"; then
    mvn -q package -DskipTests >/dev/null
    WILDFLY=$(ls -d "$ROOT"/target/wildfly-*/ | head -1)
fi

# A WildFly of its own (hard links, so it is quick): a build that unpacks target/wildfly-* again meanwhile does not
# pull the modules from under it.
rm -rf "$WORK" && mkdir -p "$WORK"
cp -al "$WILDFLY" "$WORK/wildfly" && rm -rf "$WORK/wildfly/standalone"
cp -r "$WILDFLY/standalone" "$WORK/server"
WILDFLY="$WORK/wildfly"
rm -rf "$WORK/server/data/livebrief" "$WORK/server/log" "$WORK/server/tmp" "$WORK/server/deployments/"*
cp target/livebrief.war "$WORK/server/deployments/"

export JBOSS_JAVA_SIZING="-Xms256m -Xmx1g"
export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_PIDFILE="$WORK/wildfly.pid"
"$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$WORK/server" -Djboss.socket.binding.port-offset="$OFFSET" \
    -Dlivebrief.data.dir="$WORK/data" -Dlivebrief.demo=false -Dlivebrief.live.max-streams="$MAX_STREAMS" \
    -Djboss.as.management.blocking.timeout=900 ${SERVER_ARGS:-} \
    >"$WORK/console.log" 2>&1 &
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
for _ in $(seq 1 1200); do  # up to 10 minutes: the start is slow on a loaded machine
    [ -e "$WORK/server/deployments/livebrief.war.failed" ] && { echo "livebrief.war failed to deploy; see $WORK/server/log/server.log" >&2; exit 1; }
    [ -e "$WORK/server/deployments/livebrief.war.deployed" ] && break
    sleep 0.5
done
[ -e "$WORK/server/deployments/livebrief.war.deployed" ] || { echo "WildFly did not deploy in time" >&2; exit 1; }

timeout 900 java -Xmx512m -XX:+UseSerialGC bench/hostile/HostileBench.java --port "$PORT" --pid "$(cat "$JBOSS_PIDFILE")" \
    --parts "${PARTS:-search,sse,slowloris}" --sse-clients "$SSE_CLIENTS" --max-streams "$MAX_STREAMS" \
    --slowloris "$SLOWLORIS" --slowloris-kinds "${SLOWLORIS_KINDS:-0,1,2,3}" --seconds "$SECONDS_PER_MEASURE" --rounds "$ROUNDS"
echo "== Server log: $(grep -c ' ERROR ' "$WORK/server/log/server.log" || true) ERROR lines"
