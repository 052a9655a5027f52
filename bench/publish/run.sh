#!/usr/bin/env bash
# Publishing burst (issue #15, item 2): CLIENTS clients, each a reporter who posts an entry (Idempotency-Key) and
# submits it (If-Match) and an editor who publishes it (If-Match), for DURATION seconds, with tagging, search indexing
# and the change log on. Prints entries/s, per-call p50/p99 (against an authenticated GET measured in the same run),
# errors, and whether every entry was found by /api/search within 1 s of its publish answer. Exit 1 on any error or
# late entry.
# Its own WildFly (bench/lib/server.sh: a copy of target/wildfly-*, a `mvn -Prun` deployment taken out), users made
# the way the admin guide makes them (src/main/wildfly/add-user.sh, bcrypt cost 10), 127.0.0.1 only.
#
#   bench/publish/run.sh                    H2 (durable commits), 20 s after 10 s of warm-up
#   DURATION=60 bench/publish/run.sh        the issue's full run
#   DB=postgresql bench/publish/run.sh      PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres, trust)
#                                           in a database of its own, created here and dropped at the end
#   PROFILE=1 bench/publish/run.sh          records the burst with JFR and prints its hot spots (JfrSummary.java)
# Warm-up: WARMUP seconds of the same load, then rounds of 10 s until the server's JIT has caught up (its compiler
# threads at most 5 % of the server's CPU in a round), at most SETTLE seconds more: on two cores a fresh server
# compiles for minutes, its one C2 thread taking a whole core meanwhile (docs/benchmarks.md, "Stop 24").
# SETTLE=0 measures the cold server.
# Kept in target/bench-publish-$DB: the GC logs of the server and of the client (the longest pause of each is
# printed), and up to 3 thread dumps of the server taken when a call of the burst was under way for over 800 ms
# (stall-N.txt).
# Settings (environment): OFFSET (port offset, default 16500), CLIENTS (32), DURATION (20), WARMUP (10), SETTLE (600),
# SKIP_BUILD=1 (never build; by default it builds when target/ lacks the WAR or WildFly), WAR (another livebrief.war,
# e.g. the previous release, to compare on the same server), CONFIG (another standalone.xml, e.g. that release's).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-16500}
DB=${DB:-h2}
WORK="$ROOT/target/bench-publish-$DB"
source bench/lib/server.sh

check_ports_free
rm -rf "$WORK" && mkdir -p "$WORK"
private_server

database=""
cleanup() {
    stop_server
    if [[ -n "$database" ]]; then
        dropdb -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" --if-exists "$database" || true
    fi
}
trap cleanup EXIT
case $DB in
    h2) ;;
    postgresql)
        database="livebrief_publish_$(date +%s)_$$"
        createdb -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -E UTF8 "$database"
        use_postgresql "jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$database" ;;
    *) echo "DB must be h2 or postgresql" >&2; exit 2 ;;
esac

echo "== Starting WildFly ($DB, port offset $OFFSET, HTTP $HTTP_PORT)"
export GC_LOG=true  # standalone.sh then logs the server's GC to standalone/log/gc.log
# SERVER_ARGS: extra -D options for the server (e.g. a Hibernate Search setting to compare), split on spaces.
start_server ${SERVER_ARGS:-}
password() { od -An -tx1 -N12 /dev/urandom | tr -d ' \n'; }
reporter="reporter-$(date +%s)" reporter_password=$(password)
editor="editor-$(date +%s)" editor_password=$(password)
echo "== add-user.sh $reporter reporter, $editor editor (bcrypt cost 10)"
add_user "$reporter" "$reporter_password" reporter
add_user "$editor" "$editor_password" editor

profile=()
[[ "${PROFILE:-}" != 1 ]] || profile=(--jfr "$WORK/publish.jfr")
echo "== ${CLIENTS:-32} clients, ${WARMUP:-10} s warm-up (then until the JIT caught up, at most ${SETTLE:-600} s), 5 s baseline, ${DURATION:-20} s burst;" \
     "load: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
status=0
java -Xmx512m -XX:+UseSerialGC -Xlog:gc:file="$WORK/client-gc.log":uptime bench/publish/PublishBench.java --base "http://127.0.0.1:$HTTP_PORT/livebrief" \
    --reporter "$reporter:$reporter_password" --editor "$editor:$editor_password" --clients "${CLIENTS:-32}" \
    --seconds "${DURATION:-20}" --warmup "${WARMUP:-10}" --settle "${SETTLE:-600}" --db "$DB" --baseline 5 --pid "$SERVER_JAVA_PID" --dumps "$WORK" "${profile[@]}" || status=$?
echo "== load after the run: $(cut -d' ' -f1-3 /proc/loadavg); server log: $(grep -c ' ERROR ' "$WORK/wildfly/standalone/log/server.log" || true) ERROR lines"
# A stall of every kind of call at once may be a GC pause of either JVM: the longest of each (GC logs in $WORK).
longest_pause() { grep -h 'Pause' "$@" 2>/dev/null | grep -o '[0-9.]*ms$' | sort -n | tail -1; }
echo "== longest GC pause: server $(longest_pause "$WORK"/wildfly/standalone/log/gc.log*), this client $(longest_pause "$WORK/client-gc.log")"
if [[ "${PROFILE:-}" == 1 && -f "$WORK/publish.jfr" ]]; then
    echo "== JFR hot spots of the burst ($WORK/publish.jfr)"
    java bench/publish/JfrSummary.java "$WORK/publish.jfr" 15
fi
exit "$status"
