#!/usr/bin/env bash
# Authentication cost: the same `GET /api/briefings/{id}` anonymous, with a session cookie, with an API token
# (Bearer) and with HTTP Basic (answered from the cache of accepted credentials after the first request), measured
# with wrk in alternating rounds, each printed as a ratio to the anonymous rate of its own round.
# The user is made the way the admin guide makes one (src/main/wildfly/add-user.sh: bcrypt cost 10).
# Its own WildFly (a copy of the build's standalone/ under target/bench-auth, deployments from `mvn -Prun` removed),
# on 127.0.0.1 only; about 2 minutes plus the server start.
#
#   bench/auth/run.sh            builds the WAR and server when target/ lacks them (SKIP_BUILD=1 never builds);
#                                Debian's wrk is installed when missing (as root).
# Settings (environment): OFFSET (WildFly port offset, default 46000), DURATION (seconds per wrk run, default 10),
# CONNECTIONS (default 16), THREADS (default 2), ROUNDS (default 2).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-46000}
HTTP_PORT=$((8080 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-2}
WORK="$ROOT/target/bench-auth"
API="http://127.0.0.1:$HTTP_PORT/livebrief/api"

for port in "$HTTP_PORT" "$MGMT_PORT"; do
    if ss -ltn | grep -q ":$port "; then echo "port $port is in use; set OFFSET" >&2; exit 2; fi
done
if ! command -v wrk >/dev/null; then
    [[ $(id -u) -eq 0 ]] || { echo "missing Debian package: wrk" >&2; exit 2; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
WILDFLY=$(ls -d "$ROOT"/target/wildfly-*/ 2>/dev/null | head -1 || true)
if [[ "${SKIP_BUILD:-}" != 1 ]] && [[ ! -f target/livebrief.war || -z "$WILDFLY" ]]; then
    mvn -q package -DskipTests >/dev/null
    WILDFLY=$(ls -d "$ROOT"/target/wildfly-*/ | head -1)
fi

rm -rf "$WORK" && mkdir -p "$WORK"
cp -r "$WILDFLY/standalone" "$WORK/server"
rm -rf "$WORK/server/data/livebrief" "$WORK/server/log" "$WORK/server/tmp" "$WORK/server/deployments/"livebrief.war*
# `mvn -Prun` deploys the WAR into standalone.xml itself; this server deploys it from deployments/ only.
python3 - "$WORK/server/configuration/standalone.xml" <<'PY'
import re, sys
path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
xml = re.sub(r'\s*<deployment name="livebrief\.war".*?</deployment>', '', xml, flags=re.S)
xml = re.sub(r'\s*<deployments>\s*</deployments>', '', xml)
open(path, "w", encoding="utf-8").write(xml)
PY
cp target/livebrief.war "$WORK/server/deployments/"

server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]]; then kill -- -"$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT
echo "== Starting WildFly (port offset $OFFSET, HTTP $HTTP_PORT)"
JBOSS_JAVA_SIZING="-Xms256m -Xmx1g" setsid "$WILDFLY/bin/standalone.sh" -Djboss.server.base.dir="$WORK/server" \
    -Djboss.socket.binding.port-offset="$OFFSET" -Dlivebrief.data.dir="$WORK/data" -Dlivebrief.demo=false \
    >"$WORK/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 1 600); do
    [[ -f "$WORK/server/deployments/livebrief.war.deployed" ]] && break
    [[ -f "$WORK/server/deployments/livebrief.war.failed" ]] && { echo "deployment failed; see $WORK/server/log" >&2; exit 1; }
    sleep 1
done
[[ -f "$WORK/server/deployments/livebrief.war.deployed" ]] || { echo "WildFly did not deploy in time" >&2; exit 1; }

user="bench-$(date +%s)"
password="$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
echo "== add-user.sh $user editor reporter (bcrypt cost 10)"
LIVEBRIEF_USER_PASSWORD=$password JBOSS_HOME="$WILDFLY" WILDFLY_CONTROLLER="127.0.0.1:$MGMT_PORT" \
    src/main/wildfly/add-user.sh "$user" editor reporter >/dev/null
basic="Basic $(printf '%s:%s' "$user" "$password" | base64 -w0)"

briefing=$(curl -sS --fail-with-body -H "Authorization: $basic" -H 'Content-Type: application/json' \
    -d "{\"slug\": \"$user\", \"language\": \"en\", \"title\": \"Authentication benchmark\", \"summary\": \"Who asks\"}" \
    "$API/briefings" | sed -E 's/^\{"id":([0-9]+).*/\1/')
url="$API/briefings/$briefing"
cookie=$(curl -sS --fail-with-body -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"username\": \"$user\", \"password\": \"$password\"}" "$API/session" \
    | tr -d '\r' | sed -n 's/^[Ss]et-[Cc]ookie: \(JSESSIONID=[^;]*\).*/\1/p')
token=$(curl -sS --fail-with-body -H "Authorization: $basic" -H 'Content-Type: application/json' \
    -d '{"name": "bench", "readOnly": true}' "$API/tokens" | sed -E 's/.*"token":"(lbt_[A-Za-z0-9_-]+)".*/\1/')

declare -A header=([anonymous]="" [session]="Cookie: $cookie" [bearer]="Authorization: Bearer $token" [basic]="Authorization: $basic")
# Each way must be the signed-in editor (staff see createdBy), or the figure would be the anonymous one.
for mode in session bearer basic; do
    curl -sS --fail-with-body -H "${header[$mode]}" "$url" | grep -q '"createdBy"' \
        || { echo "$mode: not answered as the signed-in user" >&2; exit 1; }
done
curl -sS --fail-with-body "$url" | grep -vq '"createdBy"' || { echo "anonymous sees staff fields" >&2; exit 1; }

rate() {  # mode -> requests per second
    local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s")
    [[ -n "${header[$1]}" ]] && args+=(-H "${header[$1]}")
    wrk "${args[@]}" "$url" >"$WORK/wrk-$1.out"
    grep -q "Non-2xx or 3xx" "$WORK/wrk-$1.out" && { cat "$WORK/wrk-$1.out" >&2; exit 1; }
    awk '/Requests\/sec/ {print $2}' "$WORK/wrk-$1.out"
}
echo "== Warming up"
for mode in anonymous session bearer basic; do wrk -t1 -c4 -d3s ${header[$mode]:+-H "${header[$mode]}"} "$url" >/dev/null; done
echo "== wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s GET /api/briefings/{id}, $ROUNDS rounds; load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
printf '%-6s %-10s %12s %8s\n' round mode "req/s" "ratio"
for round in $(seq 1 "$ROUNDS"); do
    anonymous=$(rate anonymous)
    printf '%-6s %-10s %12.0f %8s\n' "$round" anonymous "$anonymous" 1.00
    for mode in session bearer basic; do
        r=$(rate "$mode")
        printf '%-6s %-10s %12.0f %8.2f\n' "$round" "$mode" "$r" "$(echo "$r / $anonymous" | bc -l)"
    done
done
