#!/usr/bin/env bash
# Crash test (issue #13, finding 6 and "crash and fault tests"): kill -9 WildFly in the middle of a publishing
# burst, start it again on the same database, and check that every acknowledged write is there, exactly once, and
# that what the public gets agrees with the database. Only 127.0.0.1.
#
#   bench/crash/run.sh                   embedded H2, the README's run command's database
#   DB=postgresql bench/crash/run.sh     PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres, trust
#                                        auth) in a database of its own, created here and dropped at the end; the
#                                        datasource is src/main/wildfly/postgresql.cli, as the README deploys it
# Builds the WAR and server when target/ has none (SKIP_BUILD=1 never builds).
# Settings (environment): ITERATIONS (crashes, default 3; the heavy run uses 50), OFFSET (WildFly port offset,
# default 12000), CLIENTS (parallel writers, default 4), MIN_ACKS (acknowledged entries before the kill, default 15;
# each iteration adds a random 0-24 so the kill lands at different points of the burst).
#
# Each writer posts entries (editor, with an Idempotency-Key), publishes each one (admin, If-Match "0") and corrects
# it (admin, If-Match). A 2xx answer is an acknowledgement: the entry, its publication or its correction must
# survive. After each restart:
#  - every acknowledged entry is listed once, every acknowledged publication is published, every acknowledged
#    correction is in the text, no body appears twice;
#  - the Atom feed (with its archive pages), the JSON Feed, the poll replay (?since=0) and the SSE replay
#    (Last-Event-ID: 0) each show every published entry once and nothing that is not published;
#  - search agrees with the database: each published entry is found by a word of its current text, and a
#    corrected one no longer by the word its correction removed (within 90 s of the restart: the index repairs
#    itself in the background, search.IndexBootstrap).
# Exit status 1 when anything acknowledged is lost or duplicated, or the public views or search disagree with the
# database.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-12000}
ITERATIONS=${ITERATIONS:-3}
CLIENTS=${CLIENTS:-4}
MIN_ACKS=${MIN_ACKS:-15}
DB=${DB:-h2}
WORK="$ROOT/target/crash-$DB"
source bench/crash/lib.sh

check_ports_free
rm -rf "$WORK" && mkdir -p "$WORK"
copy_server

database=""
cleanup() {
    stop_writers
    kill_server 9
    if [[ -n "$database" ]]; then
        dropdb -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" --if-exists "$database" || true
    fi
}
trap cleanup EXIT

case $DB in
    h2) ;;
    postgresql)
        database="livebrief_crash_$(date +%s)_$$"
        createdb -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -E UTF8 "$database"
        use_postgresql "jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$database" ;;
    *) echo "DB must be h2 or postgresql" >&2; exit 2 ;;
esac

total_created=0 total_published=0 total_corrected=0 total_corrections_lost=0 total_stale=0 total_lost=0 total_unpublished=0 total_duplicates=0 total_inconsistent=0 failed=0
restarts=()
echo "== Crash test on $DB: $ITERATIONS iteration(s), $CLIENTS writers, WildFly port offset $OFFSET, work in $WORK"
start_server
for iteration in $(seq 1 "$ITERATIONS"); do
    read -r briefing slug < <(new_briefing "Crash $iteration")
    target=$((MIN_ACKS + RANDOM % 25))
    for client in $(seq 1 "$CLIENTS"); do
        writer "$briefing" "crash-$iteration-$client" "$WORK/acks-$iteration-$client" &
        writers+=($!)
    done
    deadline=$((SECONDS + 120))
    until (($(cat "$WORK"/acks-"$iteration"-* 2>/dev/null | wc -l) >= target)); do
        ((SECONDS < deadline)) || { echo "the burst made no progress" >&2; exit 1; }
        sleep 0.05
    done
    kill_server 9
    stop_writers
    start_server
    restarts+=("$RESTART_SECONDS")

    cat "$WORK"/acks-"$iteration"-* >"$WORK/acks-$iteration"
    listing "$briefing" >"$WORK/listing-$iteration"
    created=$(grep -c '^created' "$WORK/acks-$iteration" || true)
    published=$(grep -c '^published' "$WORK/acks-$iteration" || true)
    check_acks "$WORK/acks-$iteration" "$WORK/listing-$iteration"
    check_public "$briefing" "$slug" "$WORK/listing-$iteration"
    check_search "$briefing" "$WORK/acks-$iteration"
    corrected=$(grep -c '^corrected' "$WORK/acks-$iteration" || true)
    echo "   iteration $iteration: $created created, $published published and $corrected corrected acknowledged; after" \
         "the crash $(wc -l <"$WORK/listing-$iteration") listed, $LOST lost, $UNPUBLISHED publications lost," \
         "$CORRECTIONS_LOST corrections lost, $DUPLICATES duplicated, $INCONSISTENT feed/replay disagreements," \
         "$STALE search disagreements; restart ${RESTART_SECONDS} s"
    total_created=$((total_created + created)) total_published=$((total_published + published))
    total_corrected=$((total_corrected + corrected)) total_corrections_lost=$((total_corrections_lost + CORRECTIONS_LOST))
    total_stale=$((total_stale + STALE))
    total_lost=$((total_lost + LOST)) total_unpublished=$((total_unpublished + UNPUBLISHED))
    total_duplicates=$((total_duplicates + DUPLICATES)) total_inconsistent=$((total_inconsistent + INCONSISTENT))
    ((LOST + UNPUBLISHED + DUPLICATES + INCONSISTENT + CORRECTIONS_LOST + STALE == 0)) || failed=1
done
restart_summary=$(printf '%s\n' "${restarts[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "min %s s, median %s s, max %s s", a[1], a[int((NR + 1) / 2)], a[NR] }')
echo "== $DB, $ITERATIONS crash(es): $total_created entries, $total_published publications and $total_corrected" \
     "corrections acknowledged; $total_lost entries lost, $total_unpublished publications lost," \
     "$total_corrections_lost corrections lost, $total_duplicates duplicates, $total_inconsistent feed/replay" \
     "disagreements, $total_stale search disagreements; restart to first answer: $restart_summary"
exit "$failed"
