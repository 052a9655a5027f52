#!/usr/bin/env bash
# Upgrade (issue #19 item 7): an earlier release runs with data, is stopped, and is upgraded in place the way
# docs/operations.md, "Upgrading", tells an admin to: the new release's CLI scripts run again on the same server
# (they add what is missing and leave the rest), the new WAR replaces the old one, the server starts, Flyway migrates
# the schema. Then the checks: every entry the old release acknowledged is there in the same state, exactly once;
# corrections kept; feeds, the poll and SSE replays agree with the database; search finds what it holds; the schema
# is at the newest migration; the upgraded server's configuration is the one a new install gets; running the
# scripts a second time changes nothing; no ERROR in the upgraded server's log. Only 127.0.0.1.
#
#   bench/upgrade/run.sh                  embedded H2, upgraded in its data folder
#   DB=postgresql bench/upgrade/run.sh    PostgreSQL at PGHOST:PGPORT (user postgres, trust auth), a database of its
#                                         own, dropped at the end
#   FROM=<git ref> bench/upgrade/run.sh   the release to upgrade from. Default: the last commit before the newest
#                                         migration (src/main/resources/db/migration), so the upgrade runs at least
#                                         one migration over data.
# The earlier release is built from `git archive FROM` under target/upgrade-from-<commit> (about 2 minutes, kept for
# the next run of the same FROM); the new one is target/ (built when missing; SKIP_BUILD=1 never builds it).
# OFFSET: WildFly port offset (12600).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-12600}
DB=${DB:-h2}
TOP="$ROOT/target/upgrade-$DB"
WORK="$TOP/server"
source bench/crash/lib.sh

[[ $DB == h2 || $DB == postgresql ]] || { echo "DB must be h2 or postgresql" >&2; exit 2; }
git rev-parse --git-dir >/dev/null 2>&1 || { echo "needs the git history (a clone, not an export)" >&2; exit 2; }
newest=$(ls src/main/resources/db/migration/ | sort -V | tail -1)
newest_version=$(sed -E 's/^V([0-9]+)__.*/\1/' <<<"$newest")
if [[ -z "${FROM:-}" ]]; then
    added=$(git log -1 --diff-filter=A --format=%H HEAD -- "src/main/resources/db/migration/$newest")
    FROM=${added:+$added^}
    FROM=${FROM:-HEAD}    # the newest migration is not committed yet: the last commit lacks it
fi
from=$(git rev-parse --short "$FROM")
check_ports_free
rm -rf "$TOP" && mkdir -p "$TOP"

PG=(-h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}")
database=""
cleanup() {
    stop_writers
    kill_server 9
    [[ -z "$database" ]] || dropdb "${PG[@]}" --if-exists "$database" || true
}
trap cleanup EXIT

echo "== Upgrade on $DB from $from ($(git log -1 --format='%ad, %s' --date=short "$FROM" | cut -c1-90)…) to" \
     "$(git rev-parse --short HEAD) (newest migration $newest); WildFly port offset $OFFSET, work in $TOP"

# The earlier release, built from its own sources.
OLD="$ROOT/target/upgrade-from-$from"
if [[ ! -f "$OLD/target/livebrief.war" ]]; then
    echo "   building $from (git archive, mvn package) …"
    rm -rf "$OLD" && mkdir -p "$OLD"
    git archive "$FROM" | tar -x -C "$OLD"
    (cd "$OLD" && mvn --batch-mode --no-transfer-progress -q -DskipTests package) >"$TOP/build-$from.log" 2>&1 \
        || { echo "building $from failed: $TOP/build-$from.log" >&2; exit 1; }
fi
if [[ "${SKIP_BUILD:-}" != 1 && ! -f "$ROOT/target/livebrief.war" ]]; then
    mvn --batch-mode --no-transfer-progress -q -DskipTests package >"$TOP/build-new.log" 2>&1
fi

# The earlier release installed as its own README said: its server, its scripts, its WAR.
ROOT=$OLD SKIP_BUILD=1 copy_server
if [[ $DB == postgresql ]]; then
    database="livebrief_upgrade_$(date +%s)_$$"
    createdb "${PG[@]}" -E UTF8 "$database"
    ROOT=$OLD use_postgresql "jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$database"
fi
start_server
echo "   $from answered ${RESTART_SECONDS} s after its start"
read -r briefing slug < <(new_briefing "Upgrade")
for client in 1 2; do
    writer "$briefing" "upgrade-$client" "$TOP/acks-$client" &
    writers+=($!)
done
until (($(grep -c '^corrected' "$TOP"/acks-* 2>/dev/null | awk -F: '{ n += $2 } END { print n + 0 }') >= 20)); do
    sleep 0.2
done
stop_writers
# A draft too: drafts are the desk's work in progress and must come through as drafts.
draft=$(curl -sS --fail-with-body -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
    -d '{"body": "<p>upgrade-0-1: a draft written before the upgrade.</p>"}' "$API/briefings/$briefing/entries" | jq -r .id)
cat "$TOP"/acks-* >"$TOP/acks"
listing "$briefing" | sort >"$TOP/listing-before"
kill_server 15
echo "   $(grep -c '^created' "$TOP/acks") entries acknowledged by $from ($(grep -c '^corrected' "$TOP/acks") corrected)" \
     "and one draft; server stopped"

# The upgrade, as docs/operations.md says: the new release's scripts on the stopped server, then its WAR.
datasource_script=h2-datasource.cli
[[ $DB == h2 ]] || datasource_script=postgresql.cli
upgrade_cli() {
    {
        echo "embed-server --server-config=standalone.xml --std-out=discard"
        cat "$ROOT/src/main/wildfly/livebrief.cli"
        echo
        cat "$ROOT/src/main/wildfly/$datasource_script"
        echo
        # The steps the scripts cannot take (src/main/wildfly/upgrades/README.md): the files the old release lacks.
        for step in "${steps[@]}"; do cat "$ROOT/$step"; echo; done
        echo "stop-embedded-server"
    } >"$TOP/upgrade.cli"
    "$WORK/wildfly/bin/jboss-cli.sh" -Dlivebrief.postgresql.driver="$ROOT/target/drivers/postgresql.jar" \
        --file="$TOP/upgrade.cli" >>"$WORK/log/upgrade.out" 2>&1
}
steps=()
for step in $(ls src/main/wildfly/upgrades/*.cli | sort); do
    case $step in *.h2.cli) [[ $DB == h2 ]] || continue ;; *.postgresql.cli) [[ $DB == postgresql ]] || continue ;; esac
    git cat-file -e "$FROM:$step" 2>/dev/null || steps+=("$step")
done
echo "   upgrade steps by hand (src/main/wildfly/upgrades) that $from lacks: ${steps[*]:-none}"
config="$WORK/wildfly/standalone/configuration/standalone.xml"
upgrade_cli || { echo "the new release's scripts failed on the old server: $WORK/log/upgrade.out" >&2; exit 1; }
cp "$config" "$TOP/standalone-upgraded.xml"
upgrade_cli || { echo "running the new release's scripts a second time failed: $WORK/log/upgrade.out" >&2; exit 1; }
failed=0
if ! diff -q "$TOP/standalone-upgraded.xml" "$config" >/dev/null; then
    echo "   running the scripts a second time changed the configuration:"
    diff "$TOP/standalone-upgraded.xml" "$config" | head -20
    failed=1
fi
cp "$ROOT/target/livebrief.war" "$WORK/wildfly/standalone/deployments/livebrief.war"
rm -f "$WORK/wildfly/standalone/deployments/livebrief.war."*

# An upgraded server is configured as a new install of this release is (the deployments aside; on PostgreSQL the
# new install is configured the way the old one was, by bench/crash/lib.sh).
mkdir -p "$TOP/fresh"
WORK="$TOP/fresh" SKIP_BUILD=1 copy_server
[[ $DB == h2 ]] || WORK="$TOP/fresh" use_postgresql "$LIVEBRIEF_DB_URL"
normalized() { sed -e '/<deployments>/,/<\/deployments>/d' -e 's/^[[:space:]]*//' "$1" | grep -v '^<!--' || true; }
config_diff=$(diff <(normalized "$TOP/fresh/wildfly/standalone/configuration/standalone.xml") <(normalized "$config") || true)
if [[ -n "$config_diff" ]]; then
    echo "   the upgraded server's configuration differs from a new install's (< new install, > upgraded):"
    head -20 <<<"$config_diff"
    failed=1
fi

mark=$(wc -l <"$WORK/log/server.out")
start_server
echo "   upgraded server answered ${RESTART_SECONDS} s after its start"
upgrade_log=$(tail -n +"$((mark + 1))" "$WORK/log/server.out")
# Flyway logs the version it migrated to, or "unchanged" when there was nothing to apply.
schema=$(grep -o 'Database schema at version [0-9a-z]* ([0-9]* migration(s) applied now)' <<<"$upgrade_log" | tail -1 || true)
echo "   Flyway: ${schema:-no line about the schema in the log}"
[[ $schema == "Database schema at version $newest_version "* \
    || $schema == "Database schema at version unchanged (0 migration(s) applied now)" ]] \
    || { echo "   the schema is not at $newest_version"; failed=1; }
if [[ $DB == postgresql ]]; then
    read -r bad top < <(psql "${PG[@]}" -At -F ' ' -d "$database" \
        -c "select count(*) filter (where not success), max(version::int) from flyway_schema_history where version is not null")
    ((bad == 0 && top == newest_version)) || { echo "   flyway_schema_history: $bad failed, newest $top"; failed=1; }
fi

listing "$briefing" | sort >"$TOP/listing-after"
if ! diff -q "$TOP/listing-before" "$TOP/listing-after" >/dev/null; then
    echo "   the entries differ after the upgrade (< before, > after):"
    diff "$TOP/listing-before" "$TOP/listing-after" | head -20
    failed=1
fi
grep -q "^$draft draft upgrade-0-1\$" "$TOP/listing-after" || { echo "   the draft $draft did not come through as a draft"; failed=1; }
check_acks "$TOP/acks" "$TOP/listing-after"
((LOST + UNPUBLISHED + DUPLICATES == 0)) || failed=1
check_public "$briefing" "$slug" "$TOP/listing-after"
((INCONSISTENT == 0)) || failed=1
check_search "$briefing" "$TOP/acks"
((STALE + CORRECTIONS_LOST == 0)) || failed=1
reindex=$(curl -sS --fail-with-body -u "admin:$PASSWORD" "$API/jobs" | jq -c '[.[] | select(.kind == "reindex")][0] // {}')
errors=$(grep -c ' ERROR ' <<<"$upgrade_log" || true)
((errors == 0)) || { echo "   $errors ERROR lines in the upgraded server's log:"; grep ' ERROR ' <<<"$upgrade_log" | head -5; failed=1; }
echo "== $DB, $from → $(git rev-parse --short HEAD): $(wc -l <"$TOP/listing-after") entries after the upgrade of" \
     "$(wc -l <"$TOP/listing-before") before; $LOST lost, $UNPUBLISHED publications lost, $DUPLICATES duplicated," \
     "$CORRECTIONS_LOST corrections lost, $INCONSISTENT feed/replay disagreements, $STALE search disagreements," \
     "$errors ERROR lines; configuration like a new install: $([[ -z $config_diff ]] && echo yes || echo NO);" \
     "index rebuild at start: $(jq -r 'if .kind then "\(.state), \(.done) of \(.total)" else "none (same analyzers)" end' <<<"$reindex")"
exit "$failed"
