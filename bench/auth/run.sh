#!/usr/bin/env bash
# Authentication cost: the same `GET /api/briefings/{id}` anonymous, with a session cookie, with an API token
# (Bearer) and with HTTP Basic (answered from the cache of accepted credentials after the first request), measured
# with wrk in alternating rounds, each printed as a ratio to the anonymous rate of its own round (measured before and
# after the others, the mean).
# The user is made the way the admin guide makes one (src/main/wildfly/add-user.sh: bcrypt cost 10).
# Its own WildFly (bench/lib/server.sh: a copy of the build's under target/bench-auth, a `mvn -Prun` deployment
# taken out), on 127.0.0.1 only; about 4 minutes plus the server start.
#
#   bench/auth/run.sh            builds the WAR and server when target/ lacks them (SKIP_BUILD=1 never builds);
#                                Debian's wrk is installed when missing (as root).
# Settings (environment): OFFSET (WildFly port offset, default 46000), DURATION (seconds per wrk run, default 10),
# CONNECTIONS (default 16), THREADS (default 2), ROUNDS (default 4: the server is still warming up (JIT) through
# about the first two; read the last ones).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-46000}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
ROUNDS=${ROUNDS:-4}
WORK="$ROOT/target/bench-auth"
source bench/lib/server.sh
API="http://127.0.0.1:$HTTP_PORT/livebrief/api"

check_ports_free
if ! command -v wrk >/dev/null; then
    [[ $(id -u) -eq 0 ]] || { echo "missing Debian package: wrk" >&2; exit 2; }
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
rm -rf "$WORK" && mkdir -p "$WORK"
private_server
trap stop_server EXIT
echo "== Starting WildFly (port offset $OFFSET, HTTP $HTTP_PORT)"
start_server

user="bench-$(date +%s)"
password="$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
echo "== add-user.sh $user editor reporter (bcrypt cost 10)"
add_user "$user" "$password" editor reporter
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
# Anonymous before and after the others in each round, the baseline their mean: a server still warming up (JIT) or a
# machine whose other load changes during the round would otherwise favour whichever mode runs last.
for round in $(seq 1 "$ROUNDS"); do
    before=$(rate anonymous)
    declare -A got=()
    for mode in session bearer basic; do got[$mode]=$(rate "$mode"); done
    after=$(rate anonymous)
    anonymous=$(echo "($before + $after) / 2" | bc -l)
    printf '%-6s %-10s %12.0f %8s   (%.0f before, %.0f after the others)\n' "$round" anonymous "$anonymous" 1.00 "$before" "$after"
    for mode in session bearer basic; do
        printf '%-6s %-10s %12.0f %8.2f\n' "$round" "$mode" "${got[$mode]}" "$(echo "${got[$mode]} / $anonymous" | bc -l)"
    done
done
