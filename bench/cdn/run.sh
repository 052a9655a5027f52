#!/usr/bin/env bash
# Varnish in front of Livebrief (issue #19 items 3 and 5): Debian's Varnish 7.1 with src/main/varnish/livebrief.vcl
# in front of a private WildFly that bans what each change touched (livebrief.cdn.purge=varnish, s-maxage an hour).
# In one run it measures, all on this machine (wrk, 16 connections):
#   1. the reader page and the Atom feed served by Varnish against the same from Livebrief directly (req/s, ratio);
#   2. origin requests per 10,000 reader page views: with a cold cache (everything banned first), warm, and warm
#      while an editor publishes an entry every 500 ms (each publication bans the page);
#   3. how long a correction takes to show through Varnish (10 corrections, each polled every 20 ms).
# Origin requests are Varnish's own count (MAIN.backend_req); Livebrief's metrics (GET /api/metrics) are printed
# beside them. Logs and the server in target/bench-cdn/. Needs varnishd, varnishstat, varnishadm, wrk, jq.
# Settings: OFFSET (WildFly port offset, default 21000), VPORT (Varnish's port, 18951), DURATION (seconds per wrk run, 10).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-21000}
VPORT=${VPORT:-18951}
VADMIN=$((VPORT + 1))
DURATION=${DURATION:-10}
WORK="$ROOT/target/bench-cdn"
source bench/lib/server.sh

check_ports_free
rm -rf "$WORK" && mkdir -p "$WORK"
varnish_pid=""
publisher_pid=""
cleanup() {
    [[ -z "$publisher_pid" ]] || kill "$publisher_pid" 2>/dev/null || true
    [[ -z "$varnish_pid" ]] || kill "$varnish_pid" 2>/dev/null || true
    stop_server
}
trap cleanup EXIT

private_server
start_server -Dlivebrief.cdn.purge=varnish -Dlivebrief.cdn.varnish.urls="http://127.0.0.1:$VPORT/" \
    -Dlivebrief.cdn.s-maxage=3600 -Dlivebrief.cdn.poll-millis=200 -Dlivebrief.public-url="http://127.0.0.1:$VPORT"
add_user cdnbench-editor cdnbench-password editor
add_user cdnbench-admin cdnbench-password admin editor
ORIGIN="http://127.0.0.1:$HTTP_PORT"
FRONT="http://127.0.0.1:$VPORT"
API="$ORIGIN/livebrief/api"
EDITOR=(-u cdnbench-editor:cdnbench-password)
ADMIN=(-u cdnbench-admin:cdnbench-password)    # publishes: nobody publishes their own entry (four eyes)

sed "s/.port = \"8080\";/.port = \"$HTTP_PORT\";/" src/main/varnish/livebrief.vcl >"$WORK/livebrief.vcl"
varnishd -F -j none -n "$WORK/varnish" -a "127.0.0.1:$VPORT" -T "127.0.0.1:$VADMIN" -f "$WORK/livebrief.vcl" \
    -s malloc,256m >"$WORK/log/varnishd.log" 2>&1 &
varnish_pid=$!
for _ in $(seq 1 50); do curl -sf -o /dev/null "$FRONT/livebrief/" && break; sleep 0.2; done
curl -sf -o /dev/null "$FRONT/livebrief/" || { echo "Varnish did not answer: $WORK/log/varnishd.log" >&2; exit 1; }

post_and_publish() {    # post_and_publish <briefing> <text>: prints the new entry's id
    local id
    id=$(curl -sS --fail-with-body "${EDITOR[@]}" -H 'Content-Type: application/json' -d "{\"body\": \"<p>$2</p>\"}" \
        "$API/briefings/$1/entries" | jq -r .id)
    curl -sS --fail-with-body -o /dev/null "${ADMIN[@]}" -H 'If-Match: "0"' -X POST "$API/briefings/$1/entries/$id/publish"
    echo "$id"
}
read -r briefing slug < <(curl -sS --fail-with-body "${EDITOR[@]}" -H 'Content-Type: application/json' \
    -d '{"language": "en", "title": "Varnish bench", "timeZone": "Europe/Kyiv"}' "$API/briefings" | jq -r '"\(.id) \(.slug)"')
for i in $(seq 1 30); do post_and_publish "$briefing" "Update $i: shelling reported near Enerhodar." >/dev/null; done
PAGE="/livebrief/briefings/$slug"
FEED="/livebrief/feeds/briefings/$slug.atom"

backend_requests() { varnishstat -n "$WORK/varnish" -1 -f MAIN.backend_req | awk '{ print $2 }'; }
requests_of() { awk '/requests in/ { print $1 }' "$1"; }
rate_of() { awk '/Requests\/sec/ { printf "%.0f", $2 }' "$1"; }
p99_of() { awk '/ 99%/ { print $2 }' "$1"; }
run_wrk() {    # run_wrk <name> <url>: wrk's report in $WORK/wrk-<name>.txt
    wrk -t2 -c16 -d"${DURATION}s" --latency "$2" >"$WORK/wrk-$1.txt"
}

echo "== Varnish 7.1 in front of Livebrief: $DURATION s per run, 16 connections, work in $WORK"
# 1. Varnish against Livebrief directly, warm.
for what in page feed; do
    path=$PAGE; [[ $what == feed ]] && path=$FEED
    curl -sf -o /dev/null "$FRONT$path"; curl -sf -o /dev/null "$FRONT$path"
    run_wrk "$what-origin" "$ORIGIN$path"
    run_wrk "$what-varnish" "$FRONT$path"
    origin=$(rate_of "$WORK/wrk-$what-origin.txt") varnish=$(rate_of "$WORK/wrk-$what-varnish.txt")
    printf '   %-12s Livebrief %6s req/s (p99 %s), through Varnish %6s req/s (p99 %s): %s×\n' "$what" "$origin" \
        "$(p99_of "$WORK/wrk-$what-origin.txt")" "$varnish" "$(p99_of "$WORK/wrk-$what-varnish.txt")" \
        "$(awk -v a="$varnish" -v b="$origin" 'BEGIN { printf "%.1f", a / b }')"
done

# 2. Origin requests per 10,000 page views.
per_10k() {    # per_10k <name>: runs wrk on the page through Varnish; prints origin requests per 10,000 views
    local before after views
    before=$(backend_requests)
    run_wrk "$1" "$FRONT$PAGE"
    after=$(backend_requests)
    views=$(requests_of "$WORK/wrk-$1.txt")
    awk -v o=$((after - before)) -v v="$views" 'BEGIN { printf "%.2f origin requests per 10,000 views (%d of %d)", o * 10000 / v, o, v }'
}
varnishadm -n "$WORK/varnish" ban req.url '~' . >/dev/null
echo "   cold cache (all banned first): $(per_10k cold)"
echo "   warm cache, nothing published: $(per_10k warm)"
(
    i=0
    while true; do
        i=$((i + 1))
        post_and_publish "$briefing" "Burst $i: a new update from Zaporizhzhia." >/dev/null || true
        sleep 0.5
    done
) &
publisher_pid=$!
burst=$(per_10k burst)
kill "$publisher_pid" 2>/dev/null || true; wait "$publisher_pid" 2>/dev/null || true; publisher_pid=""
published=$(curl -sS "${EDITOR[@]}" "$API/briefings/$briefing/entries?limit=200" | jq '[.items[] | select(.body | test("Burst"))] | length')
echo "   warm cache, an entry published every 500 ms ($published published): $burst"

# 3. A correction through Varnish.
times=()
for i in $(seq 1 10); do
    id=$(post_and_publish "$briefing" "Check $i: two drones.")
    sleep 1
    curl -sf -o /dev/null "$FRONT$PAGE"
    version=$(curl -sS "${EDITOR[@]}" "$API/briefings/$briefing/entries/$id" | jq -r .version)
    curl -sS --fail-with-body -o /dev/null "${ADMIN[@]}" -H "If-Match: \"$version\"" -X PUT -H 'Content-Type: application/json' \
        -d "{\"body\": \"<p>Check $i: three drones.</p>\", \"correctionNote\": \"Three\"}" "$API/briefings/$briefing/entries/$id"
    start=$(date +%s%N)
    until curl -s "$FRONT$PAGE" | grep -q "Check $i: three drones"; do
        (( $(date +%s%N) - start < 10000000000 )) || { echo "   correction $i not visible through Varnish after 10 s" >&2; exit 1; }
        sleep 0.02
    done
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
echo "   a correction visible through Varnish after (ms, 10 corrections): $sorted"

token=$(curl -sS --fail-with-body "${ADMIN[@]}" -H 'Content-Type: application/json' \
    -d '{"name": "bench", "roles": ["admin"], "readOnly": true}' "$API/tokens" | jq -r .token)
curl -sS -H "Authorization: Bearer $token" "$API/metrics" >"$WORK/metrics.txt"
echo "   Livebrief's own count of reader page requests: $(awk '/^livebrief_http_requests_seconds_count\{.*route="\/briefings\/\*".*status="200"/ { s += $2 } END { print s }' "$WORK/metrics.txt");" \
     "CDN purge lag now: $(awk '/^livebrief_changelog_lag_seconds\{.*consumer="cdn"/ { print $2 }' "$WORK/metrics.txt") s"
