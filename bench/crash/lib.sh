# Shared by the crash and fault scripts (bench/crash, bench/outage, bench/diskfull); source it after setting
# ROOT, WORK, OFFSET. It gives each script a WildFly of its own under $WORK (H2 or PostgreSQL), writers that log
# what was acknowledged, and the checks that compare what the server shows with what was acknowledged.
HTTP_PORT=$((8080 + OFFSET))
PASSWORD=${LIVEBRIEF_DEMO_PASSWORD:-livebrief}
BASE="http://127.0.0.1:$HTTP_PORT"
API="$BASE/livebrief/api"
server_pid=""
writers=()

now() { date +%s.%N | cut -c1-14; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

check_ports_free() {
    for port in "$HTTP_PORT" "$((9990 + OFFSET))"; do
        if ss -ltn | grep -q ":$port "; then echo "port $port is in use; set OFFSET" >&2; exit 2; fi
    done
}

# copy_server: a WildFly of its own (a later build may delete target/wildfly-*), with the WAR in its deployments.
copy_server() {
    if [[ "${SKIP_BUILD:-}" != 1 ]] && ! ls -d "$ROOT"/target/wildfly-*/ >/dev/null 2>&1; then
        (cd "$ROOT" && mvn -q package -DskipTests >/dev/null)
    fi
    local wildfly
    wildfly=$(ls -d "$ROOT"/target/wildfly-*/ | head -1)
    mkdir -p "$WORK/log"
    cp -r "$wildfly" "$WORK/wildfly"
    cp "$ROOT/target/livebrief.war" "$WORK/wildfly/standalone/deployments/"
}

# use_postgresql <jdbc url>: replaces the H2 datasource of the copied server by the README's PostgreSQL one
# (src/main/wildfly/postgresql.cli, run in an embedded server as the build runs it) and exports its settings.
use_postgresql() {
    {
        echo "embed-server --server-config=standalone.xml --std-out=discard"
        echo "data-source remove --name=LivebriefDS"
        cat "$ROOT/src/main/wildfly/postgresql.cli"
        echo
        echo "stop-embedded-server"
    } >"$WORK/postgresql.cli"
    "$WORK/wildfly/bin/jboss-cli.sh" -Dlivebrief.postgresql.driver="$ROOT/target/drivers/postgresql.jar" \
        --file="$WORK/postgresql.cli" >>"$WORK/log/configure.out" 2>&1 \
        || { echo "configuring the PostgreSQL datasource failed: $WORK/log/configure.out" >&2; exit 1; }
    export LIVEBRIEF_DB_URL="$1" LIVEBRIEF_DB_USER=${PGUSER:-postgres} LIVEBRIEF_DB_PASSWORD=trust-auth-ignores-it
}

# start_server [extra -D options]: starts WildFly in a process group of its own; RESTART_SECONDS says how long
# it took until the API answered.
start_server() {
    local started
    started=$(now)
    setsid "$WORK/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" \
        -Dlivebrief.data.dir="$WORK/data" -Dlivebrief.demo=false "$@" >>"$WORK/log/server.out" 2>&1 &
    server_pid=$!
    local deadline=$((SECONDS + 300))
    until [[ $(curl -s -o /dev/null -w '%{http_code}' -u "editor:$PASSWORD" "$API/briefings?limit=1") == 200 ]]; do
        ((SECONDS < deadline)) || { echo "WildFly did not come up in time" >&2; exit 1; }
        kill -0 "$server_pid" 2>/dev/null || { echo "WildFly exited" >&2; exit 1; }
        sleep 0.5
    done
    RESTART_SECONDS=$(elapsed "$started" "$(now)")
}

kill_server() {
    [[ -n "$server_pid" ]] || return 0
    kill -"${1:-9}" -- -"$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

stop_writers() {
    for pid in "${writers[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${writers[@]}"; do wait "$pid" 2>/dev/null || true; done
    writers=()
}

# new_briefing <title>: prints "id slug" of a new live briefing.
new_briefing() {
    curl -sS --fail-with-body -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
        -d "{\"language\": \"en\", \"title\": \"$1 $(date +%s%N)\"}" "$API/briefings" | jq -r '"\(.id) \(.slug)"'
}

# writer <briefing> <marker prefix> <acks file> [answers file]: posts entries (editor, with an Idempotency-Key),
# publishes each (admin, If-Match "0") and corrects it (admin, If-Match of the publication) until killed. A 2xx is
# an acknowledgement and gets a line in the acks file; with an answers file every answer gets a line there: time,
# step, status, Retry-After, content type. Each body carries a word made of the marker (orig…), which the
# correction replaces by another (fixd…), so search can tell an old text from a corrected one (check_search).
writer() {
    local briefing=$1 prefix=$2 out=$3 answers=${4:-/dev/null} i=0 reply code id meta etag word
    local format='\n%{http_code} %header{retry-after} %{content_type}'
    while true; do
        i=$((i + 1))
        local marker="$prefix-$i"
        word=$(search_word "$marker")
        reply=$(curl -s -m 30 -w "$format" -u "editor:$PASSWORD" -H 'Content-Type: application/json' \
            -H "Idempotency-Key: $marker" \
            -d "{\"body\": \"<p>$marker: shelling reported near Enerhodar. orig$word</p>\"}" \
            "$API/briefings/$briefing/entries" 2>/dev/null) || { echo "$(now) post 000" >>"$answers"; continue; }
        meta=${reply##*$'\n'} code=${meta%% *}
        echo "$(now) post $meta" >>"$answers"
        [[ $code == 201 ]] || continue
        id=$(sed -E 's/^\{"id":([0-9]+).*/\1/' <<<"${reply%$'\n'*}")
        echo "created $marker $id" >>"$out"
        meta=$(curl -s -m 30 -o /dev/null -w "${format#\\n} %header{etag}" -u "admin:$PASSWORD" -H 'If-Match: "0"' \
            -H 'Content-Type: application/json' -d '{}' "$API/briefings/$briefing/entries/$id/publish" 2>/dev/null) \
            || { echo "$(now) publish 000" >>"$answers"; continue; }
        code=${meta%% *} etag=${meta##* } meta=${meta% *}
        echo "$(now) publish $meta" >>"$answers"
        [[ $code == 2* ]] || continue
        echo "published $marker $id" >>"$out"
        meta=$(curl -s -m 30 -o /dev/null -w "${format#\\n}" -u "admin:$PASSWORD" -H "If-Match: $etag" -X PUT \
            -H 'Content-Type: application/json' \
            -d "{\"body\": \"<p>$marker: shelling reported near Nikopol. fixd$word</p>\", \"correctionNote\": \"Place\"}" \
            "$API/briefings/$briefing/entries/$id" 2>/dev/null) || { echo "$(now) correct 000" >>"$answers"; continue; }
        code=${meta%% *}
        echo "$(now) correct $meta" >>"$answers"
        [[ $code == 2* ]] && echo "corrected $marker $id" >>"$out"
    done
}

# search_word <marker>: the marker as one search token, letters and digits only (crash-3-1-7 → crashq3q1q7).
search_word() { tr -c -d 'a-z0-9q' <<<"${1//-/q}"; }

# listing <briefing>: every entry of the briefing as "id state marker" (the staff view: the database's truth).
listing() {
    local url="$API/briefings/$1/entries?limit=200"
    while [[ -n "$url" && "$url" != null ]]; do
        local page
        page=$(curl -sS --fail-with-body -u "editor:$PASSWORD" "$url")
        jq -r '.items[] | "\(.id) \(.state) \(.body | capture("(?<m>[a-z]+-[0-9]+(-[0-9]+)+)").m)"' <<<"$page"
        url=$(jq -r '.next // empty' <<<"$page")
        [[ -z "$url" || "$url" == http* ]] || url="$BASE$url"
    done
}

# check_acks <acks file> <listing file>: prints one line per acknowledged entry or publication that is missing
# and sets LOST, UNPUBLISHED and DUPLICATES.
check_acks() {
    LOST=0 UNPUBLISHED=0
    while read -r _ marker id; do
        grep -q "^$id [a-z_-]* $marker\$" "$2" || { echo "   lost: entry $id ($marker)"; LOST=$((LOST + 1)); }
    done < <(grep '^created' "$1" || true)
    while read -r _ marker id; do
        grep -q "^$id published $marker\$" "$2" || { echo "   not published: entry $id ($marker)"; UNPUBLISHED=$((UNPUBLISHED + 1)); }
    done < <(grep '^published' "$1" || true)
    DUPLICATES=$(awk '{print $3}' "$2" | sort | uniq -d | wc -l)
}

# check_search <briefing> <acks file>: search agrees with the database about every published entry of the briefing
# (the staff listing's bodies): a corrected one is found by its new word and not by its old one, any other by its
# original word; every acknowledged correction is in the database. Retried for up to 90 s, while the start-up
# repair of the index runs (search.IndexBootstrap). Sets STALE and CORRECTIONS_LOST.
check_search() {
    local deadline=$((SECONDS + 90)) id body word
    CORRECTIONS_LOST=0
    local bodies
    bodies=$(curl -sS --fail-with-body -u "editor:$PASSWORD" "$API/briefings/$1/entries?limit=200" \
        | jq -r '.items[] | select(.state == "published") | "\(.id) \(.body)"')
    while read -r _ marker id; do
        grep -q "^$id .*fixd$(search_word "$marker")" <<<"$bodies" \
            || { echo "   correction lost: entry $id ($marker)"; CORRECTIONS_LOST=$((CORRECTIONS_LOST + 1)); }
    done < <(grep '^corrected' "$2" || true)
    while true; do
        STALE=0
        local stale_ids=""
        while read -r id body; do
            [[ -n "$id" ]] || continue
            word=$(grep -o -E '(orig|fixd)[a-z0-9]+' <<<"$body" | head -1)
            if ! search_finds "$1" "$word" "$id"; then
                STALE=$((STALE + 1)) stale_ids+=" $id (not found by $word)"
            elif [[ $word == fixd* ]] && search_finds "$1" "orig${word#fixd}" "$id"; then
                STALE=$((STALE + 1)) stale_ids+=" $id (still found by its old text)"
            fi
        done <<<"$bodies"
        ((STALE == 0 || SECONDS >= deadline)) && break
        sleep 3
    done
    ((STALE == 0)) || echo "   search disagrees with the database:$stale_ids"
}

# search_finds <briefing> <word> <entry id>: does public search for the word in the briefing find the entry?
search_finds() {
    curl -sS "$API/search?q=$2&briefing=$1&limit=10" | jq -e --argjson id "$3" '[.hits[].entryId] | index($id) != null' >/dev/null
}

# Entry ids in what the public gets, one "document id" a line (repeated as often as they appear). A feed is the
# subscription document and its archive pages (RFC 5005): an entry may be in the subscription feed and in the
# newest archive page at once, but never twice in one document.
feed_ids_atom() {    # the subscription feed and its prev-archive pages
    local url="$BASE/livebrief/feeds/briefings/$1.atom" xml page=0
    while [[ -n "$url" ]]; do
        xml=$(curl -sS --fail-with-body "$url")
        page=$((page + 1))
        grep -oE '<id>tag:[^<]*/entry/[0-9]+</id>' <<<"$xml" | sed -E "s#.*/entry/([0-9]+)</id>#$page \\1#" || true
        url=$(grep -oE '<link[^>]*rel="prev-archive"[^>]*>' <<<"$xml" | grep -oE 'href="[^"]+"' | sed -E 's/href="(.*)"/\1/' || true)
        [[ -z "$url" || "$url" == http* ]] || url="$BASE$url"
    done
}
feed_ids_json() {    # JSON Feed, following next_url
    local url="$BASE/livebrief/feeds/briefings/$1.json" page n=0
    while [[ -n "$url" ]]; do
        page=$(curl -sS --fail-with-body "$url")
        n=$((n + 1))
        jq -r --arg n "$n" '.items[].id | capture("/entry/(?<n>[0-9]+)$").n | "\($n) \(.)"' <<<"$page"
        url=$(jq -r '.next_url // empty' <<<"$page")
        [[ -z "$url" || "$url" == http* ]] || url="$BASE$url"
    done
}
poll_ids() {         # the poll fallback from seq 0, page by page: entries of entry-published events (one document)
    local since=0 page
    while true; do
        page=$(curl -sS --fail-with-body "$API/briefings/$1/changes?since=$since")
        jq -r '.changes[] | select(.event == "entry-published") | "1 \(.data.id)"' <<<"$page"
        [[ $(jq -r '.more' <<<"$page") == true ]] || break
        since=$(jq -r '.last' <<<"$page")
    done
}
sse_ids() {          # the public event stream replayed after the briefing's first change (read for 10 s)
    # Replay needs an event id of this briefing's stream (an invented 0 gets a reload event): its first change.
    local first seq event id
    first=$(curl -sS --fail-with-body "$API/briefings/$1/changes?since=0" | jq -r '.changes[0] | "\(.seq) \(.event) \(.data.id)"')
    read -r seq event id <<<"$first"
    [[ $event != entry-published ]] || echo "1 $id"
    curl -sN -m 10 -H "Last-Event-ID: $seq" -H 'Accept: text/event-stream' "$API/briefings/$1/events" 2>/dev/null \
        | awk '/^event:/ { e = $2 } /^data:/ && e == "entry-published" { sub(/^data: ?/, ""); print } /^$/ { e = "" }' \
        | jq -r '"1 \(.id)"' || true
}

# check_public <briefing id> <slug> <listing file>: every published entry once in the Atom feed, the JSON Feed,
# the poll replay and the SSE replay, and nothing that is not published; sets INCONSISTENT (problems found).
check_public() {
    local published source missing extra twice
    published=$(awk '$2 == "published" { print $1 }' "$3" | sort -n)
    INCONSISTENT=0
    for source in atom json poll sse; do
        local ids
        local lines
        case $source in
            atom) lines=$(feed_ids_atom "$2") ;;
            json) lines=$(feed_ids_json "$2") ;;
            poll) lines=$(poll_ids "$1") ;;
            sse) lines=$(sse_ids "$1") ;;
        esac
        ids=$(awk 'NF == 2 { print $2 }' <<<"$lines" | sort -u)
        missing=$(comm -23 <(sort -u <<<"$published") <(echo "$ids") | grep -c . || true)
        extra=$(comm -13 <(sort -u <<<"$published") <(echo "$ids") | grep -c . || true)
        twice=$(grep . <<<"$lines" | sort | uniq -d | grep -c . || true)
        if ((missing + extra + twice > 0)); then
            echo "   $source: $missing published entries missing, $extra not published shown, $twice shown twice in one document"
            INCONSISTENT=$((INCONSISTENT + missing + extra + twice))
        fi
    done
}
