#!/usr/bin/env bash
# Feed benchmark (issue #15, item 4): the same Atom bytes served by nginx and by Livebrief (from its feed cache),
# measured with wrk for 200s and for 304s (If-None-Match), alternating servers, ROUNDS times in one run; prints each
# round's ratios and their median. Also hands the live feeds to the client checks.
# A WildFly of its own (bench/lib/server.sh: a copy of target/wildfly-*, a `mvn -Prun` deployment taken out).
# Only 127.0.0.1, bounded in time (ROUNDS × 4 × DURATION seconds plus the server start).
#
#   bench/feeds/run.sh            builds the WAR and server when target/ lacks them (SKIP_BUILD=1 never builds);
#                                 Debian nginx-light and wrk are installed when missing (as root).
# Settings (environment): OFFSET (WildFly port offset, default 45000), NGINX_PORT (default 53180),
# ROUNDS (alternating rounds, default 5), DURATION (seconds per wrk run, default 5), CONNECTIONS (default 32),
# THREADS (default 2), ENTRIES (default 50), FAST_PATH (default true; false serves every feed through the servlet,
# to compare).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-45000}
NGINX_PORT=${NGINX_PORT:-53180}
ROUNDS=${ROUNDS:-5}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
ENTRIES=${ENTRIES:-50}
PASSWORD=${LIVEBRIEF_DEMO_PASSWORD:-livebrief}
WORK="$ROOT/target/bench-feeds"
source bench/lib/server.sh
API="http://127.0.0.1:$HTTP_PORT/livebrief/api"

check_ports_free
if ss -ltn | grep -q ":$NGINX_PORT "; then echo "port $NGINX_PORT is in use; set NGINX_PORT" >&2; exit 2; fi
need=()
command -v wrk >/dev/null || need+=(wrk)
[[ -x /usr/sbin/nginx ]] || need+=(nginx-light)
if ((${#need[@]})); then
    [[ $(id -u) -eq 0 ]] || { echo "missing Debian packages: ${need[*]}" >&2; exit 2; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
rm -rf "$WORK" && mkdir -p "$WORK/nginx/logs"
private_server
nginx_started=""
cleanup() {
    [[ -n "$nginx_started" ]] && /usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -s stop 2>/dev/null || true
    stop_server
}
trap cleanup EXIT

echo "== Starting WildFly (port offset $OFFSET, HTTP $HTTP_PORT)"
start_server -Dlivebrief.feeds.fast-path="${FAST_PATH:-true}"

echo "== Creating a briefing with $ENTRIES published entries"
slug="bench-$(date +%s)"
briefing=$(curl -sS --fail-with-body -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
    -d "{\"slug\": \"$slug\", \"language\": \"en\", \"title\": \"Feed benchmark\", \"summary\": \"Cached feeds\"}" \
    "$API/briefings" | sed -E 's/^\{"id":([0-9]+).*/\1/')
for i in $(seq 1 "$ENTRIES"); do
    key=$([[ $((i % 5)) -eq 0 ]] && echo true || echo false)
    entry=$(curl -sS --fail-with-body -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
        -d "{\"keyEvent\": $key, \"body\": \"<p>Update $i: shelling reported near <em>Enerhodar</em>; officials say talks will resume in Istanbul on Tuesday, with both delegations present.</p>\"}" \
        "$API/briefings/$briefing/entries" | sed -E 's/^\{"id":([0-9]+).*/\1/')
    curl -sS --fail-with-body -o /dev/null -u "admin:$PASSWORD" -H 'If-Match: "0"' -H 'Content-Type: application/json' -d '{}' "$API/briefings/$briefing/entries/$entry/publish"
done
path="/livebrief/feeds/briefings/$slug.atom"
livebrief="http://127.0.0.1:$HTTP_PORT$path"
mkdir -p "$WORK/nginx/root$(dirname "$path")" "$WORK/feeds"
curl -sS --fail-with-body "$livebrief" -o "$WORK/nginx/root$path"
for ext in atom rss json ninjs ninjs3; do curl -sS --fail-with-body "http://127.0.0.1:$HTTP_PORT/livebrief/feeds/briefings/$slug.$ext" -o "$WORK/feeds/briefing.$ext"; done
curl -sS --fail-with-body "http://127.0.0.1:$HTTP_PORT/livebrief/feeds/briefings/$slug/key-events.atom" -o "$WORK/feeds/key-events.atom"
curl -sS --fail-with-body "http://127.0.0.1:$HTTP_PORT/livebrief/feeds/languages/en.rss" -o "$WORK/feeds/language.rss"

cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/atom+xml atom; }
    default_type application/octet-stream;
    etag on;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/nginx/root;
        add_header Cache-Control "public, max-age=30, stale-while-revalidate=60";
        add_header Vary Accept-Encoding;
    }
}
CONF
/usr/sbin/nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
nginx_started=1
nginx="http://127.0.0.1:$NGINX_PORT$path"
cmp <(curl -sS --fail-with-body "$nginx") <(curl -sS --fail-with-body "$livebrief") && echo "== Same bytes from both ($(wc -c <"$WORK/nginx/root$path") bytes)"
etag_nginx=$(curl -sfI "$nginx" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
etag_livebrief=$(curl -sfI "$livebrief" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
[[ $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag_livebrief" "$livebrief") == 304 ]]

rate() {  # url [header] -> requests per second
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency)
    [[ -n "${2:-}" ]] && args+=(-H "$2")
    wrk "${args[@]}" "$1" >"$WORK/wrk.out"
    grep -q "Non-2xx or 3xx" "$WORK/wrk.out" && { cat "$WORK/wrk.out" >&2; exit 1; }
    awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out"
}
echo "== Warming up"
wrk -t1 -c8 -d3s "$livebrief" >/dev/null; wrk -t1 -c8 -d3s "$nginx" >/dev/null
echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, $ROUNDS rounds, alternating servers (fast path: ${FAST_PATH:-true})"
printf '%-6s %-6s %14s %16s %8s\n' round status "nginx req/s" "Livebrief req/s" ratio
ratios200=(); ratios304=()
for round in $(seq 1 "$ROUNDS"); do
    n200=$(rate "$nginx"); l200=$(rate "$livebrief")
    n304=$(rate "$nginx" "If-None-Match: $etag_nginx"); l304=$(rate "$livebrief" "If-None-Match: $etag_livebrief")
    r200=$(echo "$l200 / $n200" | bc -l); r304=$(echo "$l304 / $n304" | bc -l)
    ratios200+=("$r200"); ratios304+=("$r304")
    printf '%-6s %-6s %14.0f %16.0f %8.2f\n' "$round" 200 "$n200" "$l200" "$r200"
    printf '%-6s %-6s %14.0f %16.0f %8.2f\n' "$round" 304 "$n304" "$l304" "$r304"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
printf 'median of %d rounds, Livebrief / nginx: 200 %.2f, 304 %.2f\n' "$ROUNDS" "$(median "${ratios200[@]}")" "$(median "${ratios304[@]}")"

echo "== The live feeds in real clients"
src/test/sh/check-feed-clients.sh "$WORK/feeds"
