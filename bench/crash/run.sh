#!/usr/bin/env bash
# Crash test (issue #13, finding 6): kill -9 WildFly in the middle of a publishing burst, start it again on the
# same database, and check that every acknowledged write is there, exactly once. Default database: the embedded
# H2 the README's run command uses. Only 127.0.0.1.
#
#   bench/crash/run.sh               builds the WAR and server when target/ has none (SKIP_BUILD=1 never builds)
# Settings (environment): ITERATIONS (crashes, default 3; the heavy run uses 50), OFFSET (WildFly port offset,
# default 12000), CLIENTS (parallel writers, default 4), MIN_ACKS (acknowledged entries before the kill, default 15;
# each iteration adds a random 0-24 so the kill lands at different points of the burst).
#
# Each writer posts entries (editor, with an Idempotency-Key) and publishes each one (admin, If-Match "0"). A 2xx
# answer is an acknowledgement: the entry, or its publication, must survive. After the restart every acknowledged
# entry must be listed once, every acknowledged publication must be published, and no body may appear twice.
# Exit status 1 when anything acknowledged is lost or duplicated.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-12000}
ITERATIONS=${ITERATIONS:-3}
CLIENTS=${CLIENTS:-4}
MIN_ACKS=${MIN_ACKS:-15}
HTTP_PORT=$((8080 + OFFSET))
PASSWORD=${LIVEBRIEF_DEMO_PASSWORD:-livebrief}
API="http://127.0.0.1:$HTTP_PORT/livebrief/api"
WORK="$ROOT/target/crash"

for port in "$HTTP_PORT" "$((9990 + OFFSET))"; do
    if ss -ltn | grep -q ":$port "; then echo "port $port is in use; set OFFSET" >&2; exit 2; fi
done
if [[ "${SKIP_BUILD:-}" != 1 ]] && ! ls -d target/wildfly-*/ >/dev/null 2>&1; then
    mvn -q package -DskipTests >/dev/null
fi
WILDFLY=$(ls -d "$ROOT"/target/wildfly-*/ | head -1)

# A server of its own (a later build may delete target/wildfly-*), with the WAR in its deployments folder.
rm -rf "$WORK" && mkdir -p "$WORK/log"
cp -r "$WILDFLY" "$WORK/wildfly"
cp target/livebrief.war "$WORK/wildfly/standalone/deployments/"

server_pid=""
writers=()
stop_writers() {
    for pid in "${writers[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${writers[@]}"; do wait "$pid" 2>/dev/null || true; done
    writers=()
}
cleanup() {
    stop_writers
    if [[ -n "$server_pid" ]]; then kill -- -"$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

start_server() {
    setsid "$WORK/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" \
        -Dlivebrief.data.dir="$WORK/data" -Dlivebrief.demo=false >>"$WORK/log/server.out" 2>&1 &
    server_pid=$!
    local deadline=$((SECONDS + 300))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' -u "editor:$PASSWORD" "$API/briefings?limit=1") == 200 ]]; do
        ((SECONDS < deadline)) || { echo "WildFly did not come up in time" >&2; exit 1; }
        kill -0 "$server_pid" 2>/dev/null || { echo "WildFly exited" >&2; exit 1; }
        sleep 0.5
    done
}

# writer <briefing> <iteration> <client>: posts and publishes entries until killed; one line per acknowledgement.
writer() {
    local briefing=$1 iteration=$2 client=$3 out="$WORK/acks-$2-$3" i=0 reply code id
    while true; do
        i=$((i + 1))
        local marker="crash-$iteration-$client-$i"
        reply=$(curl -s -m 30 -w '\n%{http_code}' -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
            -H "Idempotency-Key: $marker" -d "{\"body\": \"<p>$marker: shelling reported near Enerhodar.</p>\"}" \
            "$API/briefings/$briefing/entries" 2>/dev/null) || continue
        code=${reply##*$'\n'}
        [[ $code == 201 ]] || continue
        id=$(sed -E 's/^\{"id":([0-9]+).*/\1/' <<<"${reply%$'\n'*}")
        echo "created $marker $id" >>"$out"
        code=$(curl -s -m 30 -o /dev/null -w '%{http_code}' -u "admin:$PASSWORD" -H 'If-Match: "0"' \
            -H 'Content-Type: application/json' -d '{}' "$API/briefings/$briefing/entries/$id/publish" 2>/dev/null) || continue
        [[ $code == 2* ]] && echo "published $marker $id" >>"$out"
    done
}

# listing <briefing>: every entry of the briefing as "id state marker", following the next links.
listing() {
    local url="$API/briefings/$1/entries?limit=200"
    while [[ -n "$url" && "$url" != null ]]; do
        local page
        page=$(curl -sS --fail-with-body -u "editor:$PASSWORD" "$url")
        jq -r '.items[] | "\(.id) \(.state) \(.body | capture("(?<m>crash-[0-9]+-[0-9]+-[0-9]+)").m)"' <<<"$page"
        url=$(jq -r '.next // empty' <<<"$page")
        [[ -z "$url" || "$url" == http* ]] || url="http://127.0.0.1:$HTTP_PORT$url"
    done
}

total_created=0 total_published=0 total_lost=0 total_unpublished=0 total_duplicates=0 failed=0
echo "== Crash test: $ITERATIONS iteration(s), $CLIENTS writers, WildFly port offset $OFFSET, data in $WORK/data"
start_server
for iteration in $(seq 1 "$ITERATIONS"); do
    briefing=$(curl -sS --fail-with-body -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
        -d "{\"language\": \"en\", \"title\": \"Crash $iteration $(date +%s%N)\"}" "$API/briefings" | sed -E 's/^\{"id":([0-9]+).*/\1/')
    target=$((MIN_ACKS + RANDOM % 25))
    for client in $(seq 1 "$CLIENTS"); do
        writer "$briefing" "$iteration" "$client" &
        writers+=($!)
    done
    deadline=$((SECONDS + 120))
    until (($(cat "$WORK"/acks-"$iteration"-* 2>/dev/null | wc -l) >= target)); do
        ((SECONDS < deadline)) || { echo "the burst made no progress" >&2; exit 1; }
        sleep 0.05
    done
    kill -9 -- -"$server_pid"
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
    stop_writers
    start_server

    acks=$(cat "$WORK"/acks-"$iteration"-*)
    listing "$briefing" >"$WORK/listing-$iteration"
    created=$(grep -c '^created' <<<"$acks" || true)
    published=$(grep -c '^published' <<<"$acks" || true)
    lost=0 unpublished=0
    while read -r _ marker id; do
        grep -q "^$id [a-z_-]* $marker\$" "$WORK/listing-$iteration" || { echo "   lost: entry $id ($marker)"; lost=$((lost + 1)); }
    done < <(grep '^created' <<<"$acks")
    while read -r _ marker id; do
        grep -q "^$id published $marker\$" "$WORK/listing-$iteration" || { echo "   not published: entry $id ($marker)"; unpublished=$((unpublished + 1)); }
    done < <(grep '^published' <<<"$acks" || true)
    duplicates=$(awk '{print $3}' "$WORK/listing-$iteration" | sort | uniq -d | wc -l)
    echo "   iteration $iteration: $created created and $published published acknowledged; after the crash" \
         "$(wc -l <"$WORK/listing-$iteration") listed, $lost lost, $unpublished publications lost, $duplicates duplicated"
    total_created=$((total_created + created)) total_published=$((total_published + published))
    total_lost=$((total_lost + lost)) total_unpublished=$((total_unpublished + unpublished))
    total_duplicates=$((total_duplicates + duplicates))
    ((lost + unpublished + duplicates == 0)) || failed=1
done
echo "== $ITERATIONS crash(es): $total_created entries and $total_published publications acknowledged;" \
     "$total_lost entries lost, $total_unpublished publications lost, $total_duplicates duplicates"
exit "$failed"
