#!/usr/bin/env bash
# SSE fan-out benchmark (issue #15, item 3): a WildFly of its own (bench/lib/server.sh: a copy of target/wildfly-*, a
# `mvn -Prun` deployment taken out, port offset OFFSET), then bench/sse/SseBench.java: N event streams to one briefing
# from a non-blocking client, 20 per loopback source address (127.1.x.y, so the server's per-client cap of 20 stays
# on), entries published through the API, publish → received per stream, server heap after GC and RSS per stream,
# and the poll fallback for comparison.
#
#   bench/sse/run.sh                 # 2,000 and 5,000 subscribers, 3 published entries each
#   bench/sse/run.sh 500 3           # subscribers (comma-separated) and rounds
#   bench/sse/run.sh 19000 3         # about the most this machine allows (see docs/benchmarks.md: file descriptors)
#   FRONT=8 bench/sse/run.sh 50000 3 # through 8 HAProxy processes that take the readers' connections and carry
#                                    # their streams to the server over HTTP/2 (its proxy listener, livebrief.cli)
#
# Settings (environment): OFFSET (port offset, default 40000: HTTP 48080), SKIP_BUILD=1 (never build),
# BUFFER_SIZE (Undertow's pooled buffer size for this server; livebrief.cli sets 4096, Undertow's default is 16384),
# FRONT (HAProxy processes in front, default none: the readers connect to the server itself), FRONT_MAXCONN (readers
# per HAProxy process, default 9000), IDLE (seconds the streams stay open with nothing but heartbeats before the
# rounds, default 0: 100 outlives WildFly's default read timeout of 90 s).
# Each stream costs a file descriptor in the server and one in the client (without FRONT); the client spreads its
# streams over processes of 15,000 (--per-process). With FRONT each HAProxy process holds its readers' connections
# (two file descriptors' worth each in its own accounting) and a few HTTP/2 connections to the server.
# All load goes to loopback addresses only.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SUBSCRIBERS="${1:-2000,5000}"
ROUNDS="${2:-3}"
OFFSET="${OFFSET:-${BENCH_PORT_OFFSET:-40000}}"
WORK="$ROOT/target/bench-sse"
source bench/lib/server.sh

most=$(tr ',' '\n' <<<"$SUBSCRIBERS" | sort -n | tail -1)
# The server cap: every set of the run, the warm-up's 100 and room (a closed stream counts until its next write).
total=$(( $(tr ',' '+' <<<"$SUBSCRIBERS") + 1100 ))
FRONT=${FRONT:-0}
FRONT_MAXCONN=${FRONT_MAXCONN:-9000}
ulimit -n "$(ulimit -Hn)"
if [[ $FRONT == 0 ]] && [ "$(ulimit -n)" -lt $((most + 1000)) ]; then
    echo "Need at least $((most + 1000)) open files (ulimit -n) for $most streams; the hard limit here is $(ulimit -Hn)" >&2
    echo "(FRONT=8 puts HAProxy processes in front, which carry the streams to the server over HTTP/2)" >&2
    exit 2
fi
if ((FRONT > 0 && FRONT * FRONT_MAXCONN < most * 5 / 4)); then
    echo "FRONT=$FRONT processes of $FRONT_MAXCONN readers leave too little room for $most (the kernel spreads" \
        "connections over them unevenly): take FRONT=$(( (most * 5 / 4 + FRONT_MAXCONN - 1) / FRONT_MAXCONN ))" >&2
    exit 2
fi
check_ports_free
rm -rf "$WORK" && mkdir -p "$WORK"
private_server
if [[ -n "${BUFFER_SIZE:-}" ]]; then  # Undertow's pooled buffer size (default 16384), to see what a stream holds
    printf '%s\n' "embed-server --server-config=standalone.xml --std-out=discard" \
        "/subsystem=undertow/byte-buffer-pool=default:write-attribute(name=buffer-size, value=$BUFFER_SIZE)" \
        "stop-embedded-server" >"$WORK/buffers.cli"
    "$WORK/wildfly/bin/jboss-cli.sh" --file="$WORK/buffers.cli" >"$WORK/log/buffers.out" 2>&1
fi
front_pids=()
stop_front() {
    ((${#front_pids[@]})) && kill "${front_pids[@]}" 2>/dev/null || true
    stop_server
}
trap stop_front EXIT
stream_args=()
if ((FRONT > 0)); then
    # The proxies forward each reader's address (X-Forwarded-For), so the per-client cap counts readers, not proxies.
    start_server -Dlivebrief.live.max-streams="$total" -Dlivebrief.trusted-proxies=127.0.0.1
    front_port=$((8081 + OFFSET))
    h2c_port=$((8090 + OFFSET))
    sed -e "s/@MAXCONN@/$FRONT_MAXCONN/; s/@BIND@/127.0.0.1:$front_port/; s/@SERVER@/127.0.0.1:$h2c_port/" \
        bench/sse/front.cfg >"$WORK/front.cfg"
    for ((i = 0; i < FRONT; i++)); do
        # Every process binds the same port (SO_REUSEPORT): the kernel spreads new connections over them.
        haproxy -db -f "$WORK/front.cfg" >"$WORK/log/front-$i.out" 2>&1 &
        front_pids+=($!)
    done
    sleep 1
    for pid in "${front_pids[@]}"; do
        kill -0 "$pid" 2>/dev/null || { echo "HAProxy did not start: $WORK/log/front-*.out" >&2; cat "$WORK"/log/front-*.out >&2; exit 1; }
    done
    stream_args=(--stream-port "$front_port" --front-pids "$(IFS=,; echo "${front_pids[*]}")")
else
    start_server -Dlivebrief.live.max-streams="$total"
fi

timeout 1800 java -Xmx1g -XX:+UseSerialGC bench/sse/SseBench.java --port "$HTTP_PORT" --pid "$SERVER_JAVA_PID" \
    --subscribers "$SUBSCRIBERS" --rounds "$ROUNDS" --idle-seconds "${IDLE:-0}" "${stream_args[@]}"
