#!/usr/bin/env bash
# Every speed benchmark of issue #15, one after the other, each on a WildFly of its own (bench/lib/server.sh: a copy of
# target/wildfly-* with a `mvn -Prun` deployment taken out, on its own ports), so it runs whether or not the run
# command was used before. Builds once (H2 default), then:
#   auth             the same GET anonymous / session / bearer token / cached Basic (ratios to anonymous)
#   publish-h2       32 clients post, submit and publish (users from add-user.sh, bcrypt cost 10), H2
#   publish-pg       the same on PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432), a database of its own
#   sse              event-stream fan-out (SSE_SUBSCRIBERS, default 2000,10000) with server memory per stream
#   feeds            the cached Atom feed vs nginx serving the same bytes, 200 and 304, median of 5 alternating rounds
# Each prints its figures as ratios to a baseline measured in the same run. Logs go to target/bench-all/<name>.log;
# the end prints each one's summary lines and exit status. Exit 1 when any of them failed.
#
#   bench/run.sh                         all of them (about 20 minutes on 2 cores)
#   bench/run.sh feeds sse               only these
# Settings (environment): SKIP_BUILD=1 (use target/ as it is), SSE_SUBSCRIBERS, PUBLISH_SECONDS (the publishing
# burst, default 20; the issue's full run is 60). DURATION means something else to each benchmark, so it is not passed.
set -uo pipefail
cd "$(dirname "$0")/.."
unset DURATION
ROOT=$PWD
OUT="$ROOT/target/bench-all"
parts=("$@")
((${#parts[@]})) || parts=(auth publish-h2 publish-pg sse feeds)

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    echo "== Building (mvn -q package -DskipTests)"
    mvn -q package -DskipTests >/dev/null || { echo "build failed" >&2; exit 1; }
fi
mkdir -p "$OUT"

declare -A status
run() {
    local name=$1
    shift
    echo
    echo "=================== $name: $* ($(date -u +%H:%M:%S) UTC, load $(cut -d' ' -f1-3 /proc/loadavg))"
    SKIP_BUILD=1 "$@" 2>&1 | tee "$OUT/$name.log"
    status[$name]=${PIPESTATUS[0]}
}
for part in "${parts[@]}"; do
    case $part in
        auth) run auth bench/auth/run.sh ;;
        publish-h2) run publish-h2 env DURATION="${PUBLISH_SECONDS:-20}" bench/publish/run.sh ;;
        publish-pg) run publish-pg env DB=postgresql DURATION="${PUBLISH_SECONDS:-20}" bench/publish/run.sh ;;
        sse) run sse bench/sse/run.sh "${SSE_SUBSCRIBERS:-2000,10000}" 3 ;;
        feeds) run feeds bench/feeds/run.sh ;;
        *) echo "unknown benchmark: $part (auth, publish-h2, publish-pg, sse, feeds)" >&2; status[$part]=2 ;;
    esac
done

echo
echo "=================== Summary (full logs in $OUT)"
failed=0
for part in "${parts[@]}"; do
    echo "-- $part: exit ${status[$part]}"
    [[ ${status[$part]} == 0 ]] || failed=1
    case $part in
        auth) sed -n '/^round /,/^==/p' "$OUT/auth.log" | grep -v '^==' ;;
        publish-*) grep -E '^(warm-up:|baseline|entries/s|per-call p99|server CPU per entry|errors|every entry)' "$OUT/$part.log" ;;
        sse) grep -E '^(== [0-9,]+ subscribers|all rounds)' "$OUT/sse.log" ;;
        feeds) grep -E '^median' "$OUT/feeds.log" ;;
    esac
done
exit "$failed"
