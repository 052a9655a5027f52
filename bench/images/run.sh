#!/usr/bin/env bash
# Image uploads (issue #17, item 1): what processing an upload costs per megapixel, as a ratio to plain ImageIO
# decoding of the same file measured in the same run; the resizers compared on speed and quality (PSNR against an
# area-averaged reference); and upload throughput over HTTP on a private WildFly (H2, renditions in the database,
# the default), sequential and with PARALLEL clients. Numbers go to docs/benchmarks.md, "Images"; no thresholds.
#
#   bench/images/run.sh          builds the WAR and server when target/ lacks them (SKIP_BUILD=1 never builds)
# Settings (environment): OFFSET (WildFly port offset, default 46300), WIDTH (sample photo width, default 4000:
# 4000 × 3000, 12 MP), UPLOADS (distinct photos uploaded, default 12), PARALLEL (default 2), ROUNDS (in-process
# timing rounds, best of, default 5).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-46300}
WIDTH=${WIDTH:-4000}
UPLOADS=${UPLOADS:-12}
PARALLEL=${PARALLEL:-2}
ROUNDS=${ROUNDS:-5}
WORK="$ROOT/target/bench-images"
source bench/lib/server.sh
API="http://127.0.0.1:$HTTP_PORT/livebrief/api"

check_ports_free
rm -rf "$WORK" && mkdir -p "$WORK/photos"
private_server
if [[ ! -f target/test-classes/org/livebrief/media/bench/ImageBench.class ]]; then
    mvn -o -q test-compile >/dev/null
fi
mvn -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath" >/dev/null
echo "== In process, one thread (java $(java -version 2>&1 | head -1 | cut -d'"' -f2), $(nproc) cores)"
java -Xmx2g -cp "target/test-classes:target/classes:$(cat "$WORK/classpath")" org.livebrief.media.bench.ImageBench \
    "$WORK/photos" "$WIDTH" "$ROUNDS" "$UPLOADS"

trap stop_server EXIT
echo "== Starting WildFly (port offset $OFFSET, HTTP $HTTP_PORT)"
start_server
user="bench-$(date +%s)"
password="$(od -An -tx1 -N12 /dev/urandom | tr -d ' \n')"
add_user "$user" "$password" editor reporter
basic="Basic $(printf '%s:%s' "$user" "$password" | base64 -w0)"
briefing() {
    curl -sS --fail-with-body -H "Authorization: $basic" -H 'Content-Type: application/json' \
        -d "{\"slug\": \"$user-$1\", \"language\": \"en\", \"title\": \"Image benchmark\", \"summary\": \"Uploads\"}" \
        "$API/briefings" | sed -E 's/^\{"id":([0-9]+).*/\1/'
}
upload() { # briefing file → "status seconds"
    curl -sS -o /dev/null -w '%{http_code} %{time_total}\n' -H "Authorization: $basic" -H 'X-Requested-With: bench' \
        -H 'Content-Type: image/jpeg' --data-binary "@$2" "$API/media?briefing=$1&alt=bench"
}
export -f upload
export basic API

# Warm-up: the first uploads run in the interpreter.
warm=$(briefing warm)
for i in 0 1 2; do upload "$warm" "$WORK/photos/photo-$i.jpg" >/dev/null; done

bytes=$(cat "$WORK"/photos/photo-*.jpg | wc -c)
for clients in 1 "$PARALLEL"; do
    target=$(briefing "p$clients")
    start=$(date +%s.%N)
    results=$(ls "$WORK"/photos/photo-*.jpg | xargs -P "$clients" -I{} bash -c "upload $target {}")
    end=$(date +%s.%N)
    created=$(grep -c '^201 ' <<<"$results" || true)
    [[ $created -eq $UPLOADS ]] || { echo "only $created of $UPLOADS uploads were created:" >&2; echo "$results" >&2; exit 1; }
    awk -v n="$UPLOADS" -v b="$bytes" -v s="$start" -v e="$end" -v c="$clients" -v mp="$WIDTH" 'BEGIN {
        t = e - s; megapixels = mp * mp * 3 / 4 / 1e6
        printf "HTTP upload, %d client(s): %d uploads of %.1f MP in %.1f s: %.2f uploads/s, %.1f MB/s, %.0f ms/MP of wall time\n",
            c, n, megapixels, t, n / t, b / 1e6 / t, t * 1000 / (n * megapixels) }'
done
