#!/usr/bin/env bash
# Backup and restore (issue #19 item 7): back up a Livebrief database while reporters write to it, restore the backup
# into a fresh install (a new WildFly with an empty data folder, or a new PostgreSQL database), start it, and check
# that the restore holds everything acknowledged before the backup began, exactly once, and nothing written after it
# ended; that the public feeds and replays agree with it; and that search finds what it holds (a fresh install has no
# index: it is rebuilt at start as a job whose progress GET /api/jobs shows). Only 127.0.0.1.
#
#   bench/backup/run.sh                  embedded H2: POST /api/backups (H2's online BACKUP TO), the zip unpacked into
#                                        the new server's data folder
#   DB=postgresql bench/backup/run.sh    PostgreSQL at PGHOST:PGPORT (user postgres, trust auth): pg_dump -Fc of the
#                                        first database, pg_restore into a second; both dropped at the end
# Builds the WAR and server when target/ has none (SKIP_BUILD=1 never builds). OFFSET: WildFly port offset (12300).
# The steps are the ones docs/operations.md, "Backup and restore", gives an admin.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-12300}
DB=${DB:-h2}
TOP="$ROOT/target/backup-$DB"
WORK="$TOP/original"
source bench/crash/lib.sh

[[ $DB == h2 || $DB == postgresql ]] || { echo "DB must be h2 or postgresql" >&2; exit 2; }
check_ports_free
rm -rf "$TOP" && mkdir -p "$TOP"
PG=(-h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}")
databases=()
cleanup() {
    stop_writers
    kill_server 9
    for database in "${databases[@]}"; do dropdb "${PG[@]}" --if-exists "$database" || true; done
}
trap cleanup EXIT

pg_database() {    # pg_database <suffix>: creates a database of this run; PG_URL is its JDBC URL
    local database="livebrief_backup_$(date +%s)_$$_$1"
    createdb "${PG[@]}" -E UTF8 "$database"
    databases+=("$database")
    PG_URL="jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$database"
}

echo "== Backup and restore on $DB, WildFly port offset $OFFSET, work in $TOP"
copy_server
if [[ $DB == postgresql ]]; then pg_database original; use_postgresql "$PG_URL"; fi
start_server
read -r briefing slug < <(new_briefing "Backup")
for client in 1 2; do
    writer "$briefing" "backup-$client" "$WORK/acks-$client" &
    writers+=($!)
done
until (($(cat "$WORK"/acks-* 2>/dev/null | wc -l) >= 30)); do sleep 0.1; done

# The backup, taken while the writers go on. Everything acknowledged before it began must be in it.
cat "$WORK"/acks-* >"$WORK/acks-before-backup"
started=$(now)
case $DB in
    h2)
        job=$(curl -sS --fail-with-body -u "admin:$PASSWORD" -X POST "$API/backups")
        id=$(jq -r .id <<<"$job")
        until [[ $(jq -r .state <<<"$job") == succeeded ]]; do
            [[ $(jq -r .state <<<"$job") =~ ^(queued|running)$ ]] || { echo "the backup job failed: $job" >&2; exit 1; }
            sleep 0.2
            job=$(curl -sS --fail-with-body -u "admin:$PASSWORD" "$API/jobs/$id")
        done
        backup=$(jq -r .result.file <<<"$job")
        [[ $(sha256sum "$backup" | cut -d' ' -f1) == $(jq -r .result.sha256 <<<"$job") ]] \
            || { echo "the backup's SHA-256 differs from what the job reported" >&2; exit 1; } ;;
    postgresql)
        backup="$TOP/livebrief.dump"
        pg_dump "${PG[@]}" -Fc -f "$backup" "${LIVEBRIEF_DB_URL##*/}" ;;
esac
echo "   backup: $backup, $(stat -c %s "$backup") bytes, $(elapsed "$started" "$(now)") s, taken while 2 writers wrote"
stop_writers
after=$(curl -sS --fail-with-body -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
    -d '{"body": "<p>backup-after-1: written after the backup ended.</p>"}' "$API/briefings/$briefing/entries" | jq -r .id)
listing "$briefing" >"$WORK/listing"
kill_server 15

# A fresh install: a new server (no data folder, no search index) and the backup restored into it.
WORK="$TOP/restored"
copy_server
case $DB in
    h2)
        mkdir -p "$WORK/data"
        unzip -q "$backup" -d "$WORK/data" ;;
    postgresql)
        pg_database restored
        pg_restore "${PG[@]}" --no-owner -d "${PG_URL##*/}" "$backup"
        use_postgresql "$PG_URL" ;;
esac
start_server
echo "   restored server answered ${RESTART_SECONDS} s after its start"
listing "$briefing" >"$WORK/listing"
check_acks "$TOP/original/acks-before-backup" "$WORK/listing"
failed=0
((LOST + UNPUBLISHED + DUPLICATES == 0)) || failed=1
if grep -q "^$after " "$WORK/listing"; then
    echo "   the entry written after the backup ended is in the restore"; failed=1
fi
# Whatever the restore holds, it held on the original server: the same state (an entry may have moved on there after
# the backup: a publication or a correction acknowledged while the backup ran).
extra=$(comm -13 <(awk '{ print $1, $3 }' "$TOP/original/listing" | sort) <(awk '{ print $1, $3 }' "$WORK/listing" | sort) | grep -c . || true)
((extra == 0)) || { echo "   $extra entries in the restore that the original never had"; failed=1; }
check_public "$briefing" "$slug" "$WORK/listing"
((INCONSISTENT == 0)) || failed=1
check_search "$briefing" "$TOP/original/acks-before-backup"
((STALE == 0)) || failed=1
deadline=$((SECONDS + 60))
while true; do
    reindex=$(curl -sS --fail-with-body -u "admin:$PASSWORD" "$API/jobs" | jq -c '[.[] | select(.kind == "reindex")][0]')
    [[ $(jq -r .state <<<"$reindex") =~ ^(queued|running)$ && $SECONDS -lt $deadline ]] || break
    sleep 0.5
done
[[ $(jq -r .startedBy <<<"$reindex") == "(start-up)" && $(jq -r .state <<<"$reindex") == succeeded \
    && $(jq -r .done <<<"$reindex") == $(jq -r .total <<<"$reindex") ]] \
    || { echo "   no finished start-up rebuild of the index in GET /api/jobs: $reindex"; failed=1; }
echo "== $DB: $(grep -c '^created' "$TOP/original/acks-before-backup") entries acknowledged before the backup," \
     "$(wc -l <"$WORK/listing") restored; $LOST lost, $UNPUBLISHED publications lost, $DUPLICATES duplicated," \
     "$extra unknown, $INCONSISTENT feed/replay disagreements, $STALE search disagreements; index rebuilt at start:" \
     "$(jq -r '"\(.done) of \(.total) entries"' <<<"$reindex")"
exit "$failed"
