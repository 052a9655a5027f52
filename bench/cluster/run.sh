#!/usr/bin/env bash
# Two Livebrief nodes on one PostgreSQL database behind HAProxy (issue #19 items 4 and 5), all on this machine:
#   node a and node b: private WildFlys (bench/lib/server.sh) at port offsets OFFSET and OFFSET+100, each with its own
#   transaction node id, its users made with add-user.sh on each node (file realms are per node), one database;
#   HAProxy (Debian's 2.6) with src/main/haproxy/livebrief.cfg on LBPORT, health checks on /health/ready.
# It measures, in one run:
#   1. live across nodes: an entry published on A reaches a reader connected to B (and the other way): publish answer
#      to event, p50/p99/max, over COUNT entries each way; every one within 1 s;
#   2. search across nodes: both nodes index into one OpenSearch 2.19 (bench/opensearch/start.sh, a node from Maven
#      Central's jars, on OSPORT); entries published on A are searched on B until found (time from the publish answer,
#      every one within 1 s), and a correction made on B is found on A by its new text and no longer by its old one.
#      SEARCH=lucene instead leaves each node its own local index and prints the gap (B finds none of A's entries);
#   3. publishing through both nodes behind HAProxy against node A alone (bench/publish/PublishBench.java, CLIENTS
#      clients, DURATION seconds each, the same database, back to back);
#   4. failover: READERS live readers through HAProxy while an entry is published every 250 ms; node A is killed
#      (SIGKILL) after 10 s; every reader must end up with every acknowledged entry (Last-Event-ID), and the gap each
#      reconnected reader saw is printed. With OpenSearch, it stops answering (SIGSTOP) from before the failover to
#      after it, so node A dies in the middle of an index write: afterwards (SIGCONT) the index must reach every
#      published entry, the ones committed meanwhile on both nodes included, without a rebuild (4a, 4b).
#   2b. Varnish (Debian's 7.1, src/main/varnish/livebrief.vcl, on VPORT) in front of HAProxy, both nodes purging it: 6
#      corrections (4 with QUICK=1) made on A, each briefing's Atom feed read through Varnish until the correction shows and again 3 s
#      later (a feed Varnish fetched from B before B saw the correction must not stay);
# Exit status 1 when 1, 2, 2b, 4 or 4b fails. Logs in target/bench-cluster/. Needs PostgreSQL (PGHOST, PGPORT, PGUSER as for
# bench/publish), haproxy, curl, jq.
# Settings: OFFSET (node a's port offset, default 13000; node b: +100; every port stays below 32768, where Linux picks
# the local ports of outgoing connections), LBPORT (HAProxy, 18990), VPORT (Varnish, 18961;
# its admin port +1), CDN_REPEAT_MILLIS (livebrief.cdn.repeat-millis; 0 turns the repeated purges off), COUNT (20),
# READERS (200), CLIENTS (16), DURATION (20), SEARCH (opensearch or lucene), OSPORT (19290), SKIP_BUILD=1 (never build),
# QUICK=1 (no publishing measurement, 4 corrections in 2b, a failover of 20 s with the kill at 8 s: the checks only,
# about 3.5 minutes; .ci/run runs it so).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
BASE_OFFSET=${OFFSET:-13000}
LBPORT=${LBPORT:-18990}
BENCH="$ROOT/target/bench-cluster"
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
for tool in haproxy varnishd varnishstat jq curl createdb; do command -v "$tool" >/dev/null || { echo "$tool is not installed" >&2; exit 2; }; done

rm -rf "$BENCH" && mkdir -p "$BENCH"
database="livebrief_cluster_$(date +%s)_$$"
declare -A group pid http mgmt
haproxy_pid=""
opensearch_pid=""
SEARCH=${SEARCH:-opensearch}
OSPORT=${OSPORT:-19290}
VPORT=${VPORT:-18961}
varnish_pid=""

node() {    # node <name> <offset>: sets WORK, OFFSET and the ports bench/lib/server.sh uses for that node
    WORK="$BENCH/$1" OFFSET=$2
    HTTP_PORT=$((8080 + OFFSET)) MGMT_PORT=$((9990 + OFFSET))
}
stop_node() {
    [[ -n "${group[$1]:-}" ]] || return 0
    server_group=${group[$1]}
    stop_server
    group[$1]=""
}
cleanup() {
    # A node whose start failed (its deployment, say) is not in group[] yet: server_group still holds it.
    ! declare -F stop_server >/dev/null || stop_server
    [[ -z "$varnish_pid" ]] || kill "$varnish_pid" 2>/dev/null || true
    [[ -z "$haproxy_pid" ]] || kill "$haproxy_pid" 2>/dev/null || true
    stop_node a; stop_node b
    [[ -z "$opensearch_pid" ]] || { kill -CONT "$opensearch_pid"; kill "$opensearch_pid"; } 2>/dev/null || true
    dropdb --if-exists "$database" 2>/dev/null || true
}
trap cleanup EXIT

node a "$BASE_OFFSET"
source bench/lib/server.sh
check_ports_free
node b $((BASE_OFFSET + 100))
check_ports_free
if ss -ltn | grep -q ":$LBPORT "; then echo "port $LBPORT is in use; set LBPORT" >&2; exit 2; fi

search_args=()
if [[ $SEARCH == opensearch ]]; then
    if ss -ltn | grep -q ":$OSPORT "; then echo "port $OSPORT is in use; set OSPORT" >&2; exit 2; fi
    echo "== Starting OpenSearch on 127.0.0.1:$OSPORT (bench/opensearch/start.sh)"
    opensearch_pid=$(bench/opensearch/start.sh "$BENCH/opensearch" "$OSPORT")
    search_args=(-Dlivebrief.search.backend=opensearch -Dlivebrief.search.hosts="127.0.0.1:$OSPORT")
fi
# Varnish first, so the nodes' purges have somewhere to go from the start; its backend is HAProxy.
if ss -ltn | grep -q ":$VPORT "; then echo "port $VPORT is in use; set VPORT" >&2; exit 2; fi
mkdir -p "$BENCH/varnish"
sed "s/.port = \"8080\";/.port = \"$LBPORT\";/" src/main/varnish/livebrief.vcl >"$BENCH/varnish/livebrief.vcl"
varnishd -F -j none -n "$BENCH/varnish/n" -a "127.0.0.1:$VPORT" -T "127.0.0.1:$((VPORT + 1))" \
    -f "$BENCH/varnish/livebrief.vcl" -s malloc,64m >"$BENCH/varnish/varnishd.log" 2>&1 &
varnish_pid=$!
createdb -E UTF8 "$database"
password() { od -An -tx1 -N12 /dev/urandom | tr -d ' \n'; }
pw_reporter=$(password) pw_editor=$(password) pw_editor2=$(password)
for name in a b; do
    offset=$BASE_OFFSET; [[ $name == b ]] && offset=$((BASE_OFFSET + 100))
    node "$name" "$offset"
    private_server
    use_postgresql "jdbc:postgresql://$PGHOST:$PGPORT/$database"
    echo "== Starting node $name (port offset $OFFSET, HTTP $HTTP_PORT)"
    # Node a first: it migrates the empty database; node b finds it migrated.
    start_server -Djboss.tx.node.id="node-$name" -Dlivebrief.trusted-proxies=127.0.0.1 \
        -Dlivebrief.live.max-streams-per-client=1000 -Dlivebrief.public-url="http://127.0.0.1:$LBPORT" "${search_args[@]}" \
        -Dlivebrief.cdn.purge=varnish -Dlivebrief.cdn.varnish.urls="http://127.0.0.1:$VPORT/" -Dlivebrief.cdn.s-maxage=3600 \
        ${CDN_REPEAT_MILLIS:+-Dlivebrief.cdn.repeat-millis=$CDN_REPEAT_MILLIS}
    group[$name]=$server_group pid[$name]=$SERVER_JAVA_PID http[$name]=$HTTP_PORT mgmt[$name]=$MGMT_PORT
    server_group=""
    # The file realm is each node's own: the admin adds every user on every node (or uses single sign-on).
    add_user cluster-reporter "$pw_reporter" reporter
    add_user cluster-editor "$pw_editor" editor
    add_user cluster-editor2 "$pw_editor2" editor
done

LIVEBRIEF_LB_BIND="127.0.0.1:$LBPORT" LIVEBRIEF_NODE_A="127.0.0.1:${http[a]}" LIVEBRIEF_NODE_B="127.0.0.1:${http[b]}" \
    LIVEBRIEF_NODE_A_HEALTH_PORT="${mgmt[a]}" LIVEBRIEF_NODE_B_HEALTH_PORT="${mgmt[b]}" \
    haproxy -f src/main/haproxy/livebrief.cfg -db >"$BENCH/haproxy.log" 2>&1 &
haproxy_pid=$!
LB="http://127.0.0.1:$LBPORT/livebrief"
A="http://127.0.0.1:${http[a]}/livebrief"
B="http://127.0.0.1:${http[b]}/livebrief"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$LB/" && break; sleep 0.2; done
curl -sf -o /dev/null "$LB/" || { echo "HAProxy did not answer: $BENCH/haproxy.log" >&2; exit 1; }

EDITOR=(-u "cluster-editor:$pw_editor")
briefing=$(curl -sS --fail-with-body "${EDITOR[@]}" -H 'Content-Type: application/json' \
    -d '{"language": "uk", "title": "Кластер: оновлення", "timeZone": "Europe/Kyiv"}' "$A/api/briefings" | jq -r .id)
status=0
check() { java -Xmx256m bench/cluster/ClusterCheck.java "$@"; }
echo "== 1. Live across nodes: ${COUNT:-20} entries each way, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   A -> B"
check live --publish-base "$A" --stream-base "$B" --briefing "$briefing" --count "${COUNT:-20}" \
    --reporter "cluster-editor:$pw_editor" --editor "cluster-editor2:$pw_editor2" || status=1
echo "   B -> A"
check live --publish-base "$B" --stream-base "$A" --briefing "$briefing" --count "${COUNT:-20}" \
    --reporter "cluster-editor:$pw_editor" --editor "cluster-editor2:$pw_editor2" || status=1

publish_on() {    # publish_on <base> <text>: posted by one editor and published by the other on that node; prints the id
    local id
    id=$(curl -sS --fail-with-body "${EDITOR[@]}" -H 'Content-Type: application/json' \
        -d "{\"body\": \"<p>$2</p>\"}" "$1/api/briefings/$briefing/entries" | jq -r .id)
    curl -sS --fail-with-body -o /dev/null -u "cluster-editor2:$pw_editor2" -H 'If-Match: "0"' -X POST \
        "$1/api/briefings/$briefing/entries/$id/publish"
    echo "$id"
}
publish_on_a() { publish_on "$A" "$1"; }
echo "   feeds: an entry published on A, B's Atom feed polled every 20 ms until it shows (5 entries)"
slug=$(curl -sS "$A/api/briefings/$briefing" | jq -r '.slug | @uri')
curl -sS -o /dev/null "$B/feeds/briefings/$slug.atom"    # B has the feed cached before each change
for i in $(seq 1 5); do
    marker="feedmarker$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')"
    id=$(publish_on_a "$marker: shelling reported near Nikopol.")
    start=$(date +%s%N)
    until curl -sS "$B/feeds/briefings/$slug.atom" | grep -q "$marker"; do
        (( $(date +%s%N) - start < 10000000000 )) || { echo "   entry $id not in B's feed after 10 s" >&2; status=1; continue 2; }
        sleep 0.02
    done
    echo "   entry $id in B's feed after $(( ($(date +%s%N) - start) / 1000000 )) ms"
done

echo "== 2. Search across nodes ($SEARCH): 10 entries published on A, each with a word of its own, searched on B"
# search_until <base> <query> <expect: found|gone> <seconds>: polls every 50 ms; prints the ms it took, or "never".
search_until() {
    local start=$(date +%s%N) deadline=$(( $(date +%s%N) + $4 * 1000000000 )) total
    while (( $(date +%s%N) < deadline )); do
        total=$(curl -sS -G --data-urlencode "q=$2" "$1/api/search" | jq '.total')
        if [[ ($3 == found && $total -ge 1) || ($3 == gone && $total -eq 0) ]]; then
            echo $(( ($(date +%s%N) - start) / 1000000 )); return 0
        fi
        sleep 0.05
    done
    echo never
}
found=() late=0 ids=()
for i in $(seq 1 10); do
    word="clusterword$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')"
    ids+=("$(publish_on_a "Update $i: $word near Zaporizhzhia.")")
    took=$(search_until "$B" "$word" found 5)
    found+=("$took")
    [[ $took != never && $took -le 1000 ]] || late=$((late + 1))
done
echo "   found on B after (ms): ${found[*]}; later than 1 s or never: $late of 10"
# A correction on B: A's search must find the new text and no longer the old one.
word_old="clusterfix$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')"
word_new="clusterfixed$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')"
id=$(publish_on_a "A correction to come: $word_old near Enerhodar.")
search_until "$A" "$word_old" found 5 >/dev/null
etag=$(curl -sS -o /dev/null -D - "${EDITOR[@]}" "$B/api/briefings/$briefing/entries/$id" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
curl -sS --fail-with-body -o /dev/null "${EDITOR[@]}" -X PUT -H "If-Match: $etag" -H 'Content-Type: application/json' \
    -d "{\"body\": \"<p>Corrected on B: $word_new near Enerhodar.</p>\", \"correctionNote\": \"Word\"}" \
    "$B/api/briefings/$briefing/entries/$id"
new_after=$(search_until "$A" "$word_new" found 5) old_after=$(search_until "$A" "$word_old" gone 5)
echo "   a correction on B: its new text found on A after $new_after ms, its old text gone from A after $old_after ms"
if [[ $SEARCH == opensearch ]]; then
    ((late == 0)) || { echo "   FAIL: not every entry published on A was found on B within 1 s"; status=1; }
    [[ $new_after != never && $old_after != never ]] || { echo "   FAIL: A's search did not follow B's correction"; status=1; }
else
    echo "   (SEARCH=lucene: each node indexes its own writes only)"
fi

if [[ ${QUICK:-} == 1 ]]; then
    echo "== 3. Publishing: skipped (QUICK=1)"
else
    echo "== 3. Publishing: ${CLIENTS:-16} clients, ${DURATION:-20} s; node A alone, then both nodes behind HAProxy"
    for target in "node-a:$A" "haproxy:$LB"; do
        label=${target%%:*} url=${target#*:}
        java -Xmx512m -XX:+UseSerialGC bench/publish/PublishBench.java --base "$url" \
            --reporter "cluster-reporter:$pw_reporter" --editor "cluster-editor:$pw_editor" --clients "${CLIENTS:-16}" \
            --seconds "${DURATION:-20}" --warmup 5 --baseline 5 >"$BENCH/publish-$label.txt" 2>&1 || true
        echo "   $label: $(grep -E '^entries/s' "$BENCH/publish-$label.txt" | awk '{ print $2 }') entries/s," \
             "per-call p99 $(grep -E '^per-call p99' "$BENCH/publish-$label.txt" | awk '{ print $3 }') ms," \
             "errors $(grep -E '^errors' "$BENCH/publish-$label.txt" | awk '{ print $2 }');" \
             "$(grep -E '^every entry searchable' "$BENCH/publish-$label.txt" || echo 'no search line')"
    done
fi

corrections=6 failover_seconds=30 kill_after=10
[[ ${QUICK:-} == 1 ]] && corrections=4 failover_seconds=20 kill_after=8
echo "== 2b. Varnish in front of HAProxy: $corrections corrections on A, each briefing's Atom feed through Varnish until it" \
     "shows the correction, and again 3 s later"
# Each node caches its feeds and sees the other node's commits at its next check of the change log (1 s): a purge sent
# at once can make Varnish fetch the feed again from the node that has not seen the correction yet, and keep that copy
# for its s-maxage (an hour). The purger sends every purge again after that second (hosting.PurgeRepeats;
# CDN_REPEAT_MILLIS=0 turns that off, to see the difference).
FRONT="http://127.0.0.1:$VPORT/livebrief"
for _ in $(seq 1 50); do curl -sf -o /dev/null "$FRONT/" && break; sleep 0.2; done
stale=0 shown=()
for i in $(seq 1 "$corrections"); do
    cdn_briefing=$(curl -sS --fail-with-body "${EDITOR[@]}" -H 'Content-Type: application/json' \
        -d "{\"language\": \"en\", \"title\": \"Through the cache $i\", \"timeZone\": \"Europe/Kyiv\"}" \
        "$A/api/briefings" | jq -r '.id, .slug' | paste -sd' ')
    read -r cdn_id cdn_slug <<<"$cdn_briefing"
    old_word="cdnold$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')" new_word="cdnnew$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')"
    cdn_entry=$(curl -sS --fail-with-body "${EDITOR[@]}" -H 'Content-Type: application/json' \
        -d "{\"body\": \"<p>$old_word: a power line cut near Enerhodar.</p>\"}" "$A/api/briefings/$cdn_id/entries" | jq -r .id)
    curl -sS --fail-with-body -o /dev/null -u "cluster-editor2:$pw_editor2" -H 'If-Match: "0"' -X POST \
        "$A/api/briefings/$cdn_id/entries/$cdn_entry/publish"
    feed="$FRONT/feeds/briefings/$cdn_slug.atom"
    until curl -sS "$feed" | grep -q "$old_word"; do sleep 0.1; done
    sleep 1.5    # both nodes have the feed cached and Varnish holds it: the state a correction meets on a live site
    curl -sS -o /dev/null "$A/feeds/briefings/$cdn_slug.atom"; curl -sS -o /dev/null "$B/feeds/briefings/$cdn_slug.atom"
    etag=$(curl -sS -o /dev/null -D - "${EDITOR[@]}" "$A/api/briefings/$cdn_id/entries/$cdn_entry" | tr -d '\r' \
        | awk 'tolower($1) == "etag:" { print $2 }')
    curl -sS --fail-with-body -o /dev/null "${EDITOR[@]}" -X PUT -H "If-Match: $etag" -H 'Content-Type: application/json' \
        -d "{\"body\": \"<p>$new_word: a power line cut near Enerhodar.</p>\", \"correctionNote\": \"Word\"}" \
        "$A/api/briefings/$cdn_id/entries/$cdn_entry"
    start=$(date +%s%N) took=never
    while (( $(date +%s%N) - start < 5000000000 )); do
        if curl -sS "$feed" | grep -q "$new_word"; then took=$(( ($(date +%s%N) - start) / 1000000 )); break; fi
        sleep 0.05
    done
    sleep 3
    if ! curl -sS "$feed" | grep -q "$new_word"; then stale=$((stale + 1)); took="$took(stale 3 s later)"; fi
    shown+=("$took")
done
echo "   the correction through Varnish after (ms): ${shown[*]}; still old or never: $stale of $corrections" \
     "(origin fetches: $(varnishstat -n "$BENCH/varnish/n" -1 -f MAIN.backend_req | awk '{ print $2 }'))"
((stale == 0)) || { echo "   FAIL: Varnish kept a feed without its correction"; status=1; }

stalled_a="" stalled_b=""
if [[ $SEARCH == opensearch ]]; then
    # Index writes follow the change log from a cursor (search.ChangeLogIndexer): OpenSearch stops answering (SIGSTOP)
    # before the failover, so node A's indexing round hangs in its write to OpenSearch, holding the cursor, when A is
    # killed; B's round waits for the cursor, then hangs too. Everything committed meanwhile must be in the index once
    # OpenSearch answers again, without a rebuild.
    echo "== 4a. OpenSearch stops answering (SIGSTOP) from here to the end of the failover"
    kill -STOP "$opensearch_pid"
    stalled_a="stalleda$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')"
    stalled_b="stalledb$(od -An -tx1 -N4 /dev/urandom | tr -d ' \n')"
    publish_on "$A" "Published on A while search is stalled: $stalled_a near Mykolaiv." >/dev/null
    publish_on "$B" "Published on B while search is stalled: $stalled_b near Mykolaiv." >/dev/null
    echo "   published $stalled_a on A and $stalled_b on B"
    read -r code took < <(curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 30 "$B/api/search?q=Mykolaiv")
    echo "   a search on B meanwhile: $code after $took s"
    [[ $code == 503 ]] || { echo "   FAIL: a search while OpenSearch hangs must answer 503 (search-unavailable)"; status=1; }
fi
echo "== 4. Failover: ${READERS:-200} readers through HAProxy, an entry every 250 ms for $failover_seconds s, node A killed" \
     "after $kill_after s"
check failover --base "$LB" --briefing "$briefing" --readers "${READERS:-200}" --seconds "$failover_seconds" \
    --every-millis 250 --kill-pid "${pid[a]}" --kill-after "$kill_after" \
    --reporter "cluster-editor:$pw_editor" --editor "cluster-editor2:$pw_editor2" || status=1
if [[ $SEARCH == opensearch ]]; then
    kill -CONT "$opensearch_pid"
    published=$(psql -qtA -d "$database" -c "SELECT count(*) FROM briefing_entry WHERE state = 'PUBLISHED'")
    echo "== 4b. OpenSearch answers again (SIGCONT): B's index must reach the $published published entries"
    start=$(date +%s%N) documents=""
    while (( $(date +%s%N) - start < 60000000000 )); do
        documents=$(curl -sS "http://127.0.0.1:${mgmt[b]}/health/ready" \
            | jq '[.checks[] | select(.name == "livebrief-search") | .data.documents][0] // empty')
        [[ $documents == "$published" ]] && break
        sleep 0.2
    done
    caught_up=$(( ($(date +%s%N) - start) / 1000000 ))
    found_a=$(search_until "$B" "$stalled_a" found 5) found_b=$(search_until "$B" "$stalled_b" found 5)
    echo "   index documents $documents of $published published, after $caught_up ms; the entries published while it" \
         "was stalled found on B after $found_a and $found_b ms more"
    [[ $documents == "$published" && $found_a != never && $found_b != never ]] \
        || { echo "   FAIL: index writes were lost while OpenSearch was stalled and node A was killed"; status=1; }
fi
echo "== HAProxy's view: $(grep -c 'is DOWN' "$BENCH/haproxy.log" || true) DOWN event(s); server logs: ERROR lines" \
     "a $(grep -c ' ERROR ' "$BENCH/a/wildfly/standalone/log/server.log" || true)," \
     "b $(grep -c ' ERROR ' "$BENCH/b/wildfly/standalone/log/server.log" || true)"
exit "$status"
