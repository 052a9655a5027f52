#!/usr/bin/env bash
# The names evaluation: builds Livebrief, starts it on the WildFly under target/ with a fresh H2 database,
# registers the dataset's entities through the REST API (native names + preferred_en only), measures
# resolve recall, false merges, the style checker and analysis throughput, prints a Markdown report and
# stops the server.
#
#   bench/names/run.sh [entities.json] [sentences.json]
#
# Defaults to the development set in ../shared/data. BENCH_PORT_OFFSET (default 20000) moves WildFly's ports
# (HTTP 8080 + offset, management 9990 + offset) out of the way of other servers on the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."

ENTITIES=$(realpath "${1:-../shared/data/names-dev.json}")
SENTENCES=$(realpath "${2:-../shared/data/names-dev-sentences.json}")
OFFSET=${BENCH_PORT_OFFSET:-20000}
HTTP=$((8080 + OFFSET))
MANAGEMENT=$((9990 + OFFSET))
JBOSS=target/wildfly-39.0.1.Final
MVN=(mvn -q --batch-mode --no-transfer-progress)

"${MVN[@]}" -DskipTests package
DATA=$(mktemp -d)
cp target/livebrief.war "$JBOSS/standalone/deployments/"
"$JBOSS/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" -Dlivebrief.data.dir="$DATA" \
    > target/bench-names-server.log 2>&1 &
stop() {
    "$JBOSS/bin/jboss-cli.sh" --controller="127.0.0.1:$MANAGEMENT" -c --command=:shutdown >/dev/null 2>&1 || true
    rm -rf "$DATA"
}
trap stop EXIT

BASE="http://127.0.0.1:$HTTP/livebrief/"
for _ in $(seq 1 180); do
    curl -sf -o /dev/null "${BASE}api/names/resolve?q=Bakhmut" && break
    sleep 1
done
curl -sf -o /dev/null "${BASE}api/names/resolve?q=Bakhmut" || { echo "Livebrief did not start; see target/bench-names-server.log" >&2; exit 1; }

"${MVN[@]}" exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.livebrief.names.bench.NamesEvaluation \
    -Dexec.args="$BASE $ENTITIES $SENTENCES"
