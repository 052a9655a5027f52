#!/usr/bin/env bash
# start.sh <home directory> <http port>: builds the node (bench/opensearch/pom.xml, once) and starts one OpenSearch 2.19
# node in the background on 127.0.0.1:<port>; waits until it answers, prints its PID. Stop it with kill <PID>.
# Its log: <home>/node.out. Heap: OPENSEARCH_HEAP (default 512m).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
home=$1 port=$2
if [[ ! -d "$here/target/lib" || ! -f "$here/target/livebrief-opensearch-node-1.jar" \
      || "$here/pom.xml" -nt "$here/target/livebrief-opensearch-node-1.jar" \
      || -n "$(find "$here/src" -newer "$here/target/livebrief-opensearch-node-1.jar" -type f)" ]]; then
    rm -rf "$here/target/lib"
    mkdir -p "$here/target"
    mvn --batch-mode --no-transfer-progress -q -f "$here/pom.xml" package >"$here/target/build.log" 2>&1 \
        || { echo "building the OpenSearch node failed: $here/target/build.log" >&2; exit 1; }
fi
mkdir -p "$home"
setsid java -Xms"${OPENSEARCH_HEAP:-512m}" -Xmx"${OPENSEARCH_HEAP:-512m}" \
    -cp "$here/target/livebrief-opensearch-node-1.jar:$here/target/lib/*" \
    org.livebrief.bench.OpenSearchNode "$home" "$port" >"$home/node.out" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
        echo "$pid"
        exit 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "OpenSearch exited: $home/node.out" >&2; exit 1; }
    sleep 1
done
echo "OpenSearch did not answer within 120 s: $home/node.out" >&2
kill "$pid" 2>/dev/null || true
exit 1
