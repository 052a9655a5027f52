#!/usr/bin/env bash
# The name authority at gazetteer size (issue 16, item 9): builds an in-memory index of N generated entities
# (default 100,000; three names each) and prints heap, build time and resolve latency (p50/p99/max) for
# 3,000 first-sight queries. In process, no server. See docs/benchmarks.md, "Names at scale".
#
#   bench/names/scale.sh [entities] [queries]
set -euo pipefail
cd "$(dirname "$0")/../.."
MVN=(mvn -q --batch-mode --no-transfer-progress)
"${MVN[@]}" -DskipTests test-compile
CP=$("${MVN[@]}" dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
exec java -Xmx${HEAP:-1g} -cp "target/classes:target/test-classes:$CP" org.livebrief.names.bench.AuthorityScale "${1:-100000}" "${2:-3000}"
