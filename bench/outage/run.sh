#!/usr/bin/env bash
# PostgreSQL restarted under a publishing load (issue #13, finding 13 and "crash and fault tests"). Runs a private
# PostgreSQL (initdb under target/outage/, port PG_PORT, default OFFSET + 432, as the postgres user, so the
# machine's own PostgreSQL and whoever uses it are not touched), a WildFly of its own on it (datasource from
# src/main/wildfly/postgresql.cli, as the README deploys it) and CLIENTS writers posting and publishing entries. Then
# restarts PostgreSQL (pg_ctl restart -m fast, what pg_ctlcluster restart does) ROUNDS times under that load.
# Checks, for each restart:
#  - the pool recovers without a redeploy: a publication is acknowledged within 30 s after PostgreSQL is back;
#  - every answer between the restart and the recovery is 2xx/4xx or 503 with Retry-After and a problem body:
#    no 500, no other 5xx, no request left without an answer;
#  - the server log gets one "Database unavailable" line per outage and no stack traces;
# and at the end that nothing acknowledged is lost or duplicated and the feeds and replays agree with the database.
# Settings (environment): OFFSET (WildFly port offset, default 12000), CLIENTS (default 32), ROUNDS (default 3),
# PG_BIN (default the newest /usr/lib/postgresql/*/bin). SKIP_BUILD=1 never builds. Exit status 1 on a failed check.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-12000}
CLIENTS=${CLIENTS:-32}
ROUNDS=${ROUNDS:-3}
PG_PORT=${PG_PORT:-$((432 + OFFSET))}
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
WORK="$ROOT/target/outage"
source bench/crash/lib.sh

check_ports_free
if ss -ltn | grep -q ":$PG_PORT "; then echo "port $PG_PORT is in use; set PG_PORT" >&2; exit 2; fi
PG_DIR=$(mktemp -d /tmp/livebrief-outage-pg.XXXXXX)    # PostgreSQL runs as postgres: a folder it may own
chown postgres: "$PG_DIR"
pg() { runuser -u postgres -- "$PG_BIN/$1" "${@:2}"; }
pg_ctl_() { pg pg_ctl -D "$PG_DIR/data" -l "$PG_DIR/postgresql.log" "$@"; }

cleanup() {
    stop_writers
    kill_server 9
    pg_ctl_ stop -m immediate >/dev/null 2>&1 || true
    cp "$PG_DIR/postgresql.log" "$WORK/log/" 2>/dev/null || true
    rm -rf "$PG_DIR"
}
trap cleanup EXIT
rm -rf "$WORK" && mkdir -p "$WORK"
copy_server
pg initdb -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 >"$WORK/log/initdb.out"
pg_ctl_ -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=100" -w start >/dev/null
pg createdb -h 127.0.0.1 -p "$PG_PORT" -U postgres livebrief
use_postgresql "jdbc:postgresql://127.0.0.1:$PG_PORT/livebrief"

echo "== PostgreSQL restarted under load: $CLIENTS writers, $ROUNDS restart(s), WildFly port offset $OFFSET," \
     "PostgreSQL $(basename "$(dirname "$PG_BIN")") on port $PG_PORT"
start_server
read -r briefing slug < <(new_briefing "Outage")
for client in $(seq 1 "$CLIENTS"); do
    writer "$briefing" "outage-1-$client" "$WORK/acks-$client" "$WORK/answers-$client" &
    writers+=($!)
done
failed=0
recoveries=()
for round in $(seq 1 "$ROUNDS"); do
    acked=$(cat "$WORK"/acks-* 2>/dev/null | wc -l || true)
    until (($(cat "$WORK"/acks-* 2>/dev/null | wc -l) >= acked + 60)); do sleep 0.2; done    # under load
    log_before=$(wc -l <"$WORK/wildfly/standalone/log/server.log")
    down_at=$(now)
    pg_ctl_ -m fast -w restart >/dev/null
    up_at=$(now)
    recovered=""
    deadline=$((SECONDS + 60))
    while [[ -z "$recovered" ]] && ((SECONDS < deadline)); do
        sleep 0.2
        recovered=$(awk -v t="$up_at" '$1 > t && $2 == "publish" && $3 ~ /^2/ { print $1 }' "$WORK"/answers-* | sort -n | head -1 || true)
    done
    if [[ -z "$recovered" ]]; then
        echo "   restart $round: no publication acknowledged within 60 s after PostgreSQL came back"; failed=1; break
    fi
    sleep 2    # answers in flight at the recovery land in the files
    window=$(awk -v a="$down_at" -v b="$recovered" '$1 >= a && $1 <= b' "$WORK"/answers-*)
    counts=$(awk '{ n[$3 ($3 == 503 ? ($4 ~ /^[0-9]+$/ ? " Retry-After " $4 : " no Retry-After") : "")]++ }
        END { for (k in n) printf "%s × %s, ", n[k], k }' <<<"$window")
    bad=$(awk '$3 == "000" || $3 >= 500 && $3 != 503 || $3 == 503 && ($4 !~ /^[0-9]+$/ || $5 !~ /problem\+json/) { n++ }
        END { print n + 0 }' <<<"$window")
    log_round=$(tail -n +"$((log_before + 1))" "$WORK/wildfly/standalone/log/server.log")
    unavailable=$(grep -c 'Database unavailable' <<<"$log_round" || true)
    traces=$(grep -c $'^\tat ' <<<"$log_round" || true)
    lines=$(wc -l <<<"$log_round")
    recovery=$(elapsed "$up_at" "$recovered")
    recoveries+=("$recovery")
    echo "   restart $round: PostgreSQL down and up in $(elapsed "$down_at" "$up_at") s; first publication acknowledged" \
         "$recovery s after it was back ($(elapsed "$down_at" "$recovered") s after the restart began)"
    echo "     answers in between: ${counts%, }; $bad bad (500, other 5xx, 503 without Retry-After/problem, no answer)"
    echo "     server log: $lines lines, $unavailable 'Database unavailable', $traces stack-trace lines"
    awk '$1 > 30 { bad = 1 } END { exit bad }' <<<"$recovery" || failed=1
    ((bad == 0 && traces == 0 && unavailable <= 1)) || failed=1
done
stop_writers
cat "$WORK"/acks-* >"$WORK/acks"
listing "$briefing" >"$WORK/listing"
check_acks "$WORK/acks" "$WORK/listing"
check_public "$briefing" "$slug" "$WORK/listing"
answered=$(cat "$WORK"/answers-* | wc -l)
echo "== $ROUNDS restart(s) under $CLIENTS writers: $answered answers, $(grep -c '^created' "$WORK/acks") entries and" \
     "$(grep -c '^published' "$WORK/acks") publications acknowledged; $LOST lost, $UNPUBLISHED publications lost," \
     "$DUPLICATES duplicated, $INCONSISTENT feed/replay disagreements; recovery after PostgreSQL was back:" \
     "$(printf '%s s, ' "${recoveries[@]}" | sed 's/, $//')"
((LOST + UNPUBLISHED + DUPLICATES + INCONSISTENT == 0)) || failed=1
exit "$failed"
