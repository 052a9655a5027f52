#!/usr/bin/env bash
# Searches while the desk publishes (issue #15; search.ReaderGate): CLIENTS (4) publishing clients of
# bench/publish/run.sh and, from 15 s after they start, wrk asking /api/search for 20 s with 16 connections. Runs
# ROUNDS (2) rounds, each of the same WAR twice: with the reader gate (livebrief.search.refresh-millis at its default)
# and without it (0: Hibernate Search opens a reader at every search that finds the index changed), alternating which
# goes first. Prints searches/s and their p50/p99 from wrk, and entries/s and "searchable after publish" from the
# publishing bench. Needs wrk (Debian package). Settings: OFFSET (as bench/publish/run.sh, default 16500), CLIENTS,
# ROUNDS, QUERY (default Zaporizhzhia, a word of the bench's entries), SKIP_BUILD.
set -euo pipefail
cd "$(dirname "$0")/../.."
OFFSET=${OFFSET:-16500}
CLIENTS=${CLIENTS:-4}
ROUNDS=${ROUNDS:-2}
QUERY=${QUERY:-Zaporizhzhia}
PORT=$((8080 + OFFSET))
OUT=target/bench-search-while-publishing
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

one() { # label server-args
    local log="$OUT/$1.log" wrk_out="$OUT/$1.wrk"
    OFFSET=$OFFSET CLIENTS=$CLIENTS DURATION=45 WARMUP=5 SERVER_ARGS="$2" bench/publish/run.sh > "$log" 2>&1 &
    local bench=$!
    until grep -q "^== $CLIENTS clients" "$log" 2>/dev/null; do
        kill -0 "$bench" 2>/dev/null || { echo "publishing bench ended early:" >&2; tail -5 "$log" >&2; exit 1; }
        sleep 1
    done
    sleep 15 # its warm-up and baseline
    wrk -t2 -c16 -d20s --latency "http://127.0.0.1:$PORT/livebrief/api/search?q=$QUERY" > "$wrk_out"
    wait "$bench" || true
    local rate p50 p99 non2xx entries searchable
    rate=$(awk '/Requests\/sec/ {print $2}' "$wrk_out")
    p50=$(awk '$1 == "50%" {print $2}' "$wrk_out")
    p99=$(awk '$1 == "99%" {print $2}' "$wrk_out")
    non2xx=$(awk '/Non-2xx/ {print $NF}' "$wrk_out")
    entries=$(awk '/^entries\/s/ {print $2}' "$log")
    searchable=$(grep -oE 'p50 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms; [0-9]+ of [0-9]+ later than 1 s' "$log" || echo "?")
    printf '%-8s searches %7s/s  p50 %8s  p99 %8s  non-2xx %s | entries %5s/s | searchable after publish: %s\n' \
        "$1" "$rate" "$p50" "$p99" "${non2xx:-0}" "$entries" "$searchable"
}

[[ "${SKIP_BUILD:-}" == 1 ]] || mvn -q package -DskipTests >/dev/null
export SKIP_BUILD=1
for round in $(seq 1 "$ROUNDS"); do
    if (( round % 2 )); then
        one "gate-$round" ""
        one "no-gate-$round" "-Dlivebrief.search.refresh-millis=0"
    else
        one "no-gate-$round" "-Dlivebrief.search.refresh-millis=0"
        one "gate-$round" ""
    fi
done
