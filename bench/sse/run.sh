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
#
# Settings (environment): OFFSET (port offset, default 40000: HTTP 48080), SKIP_BUILD=1 (never build),
# BUFFER_SIZE (Undertow's pooled buffer size for this server; livebrief.cli sets 4096, Undertow's default is 16384).
# Each stream costs a file descriptor in the server and one in the client: both need N + about 1,000 (ulimit -n).
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
ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt $((most + 1000)) ]; then
    echo "Need at least $((most + 1000)) open files (ulimit -n) for $most streams; the hard limit here is $(ulimit -Hn)" >&2
    exit 2
fi
check_ports_free
rm -rf "$WORK" && mkdir -p "$WORK"
private_server
trap stop_server EXIT
if [[ -n "${BUFFER_SIZE:-}" ]]; then  # Undertow's pooled buffer size (default 16384), to see what a stream holds
    printf '%s\n' "embed-server --server-config=standalone.xml --std-out=discard" \
        "/subsystem=undertow/byte-buffer-pool=default:write-attribute(name=buffer-size, value=$BUFFER_SIZE)" \
        "stop-embedded-server" >"$WORK/buffers.cli"
    "$WORK/wildfly/bin/jboss-cli.sh" --file="$WORK/buffers.cli" >"$WORK/log/buffers.out" 2>&1
fi
start_server -Dlivebrief.live.max-streams="$total"

timeout 1200 java -Xmx1g -XX:+UseSerialGC bench/sse/SseBench.java --port "$HTTP_PORT" --pid "$SERVER_JAVA_PID" \
    --subscribers "$SUBSCRIBERS" --rounds "$ROUNDS"
