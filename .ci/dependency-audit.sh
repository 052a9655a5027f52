#!/usr/bin/env bash
# Dependency audit (issue #13, finding 10): fails when something Livebrief ships has a known advisory rated
# moderate or above that no mitigation covers. What it can and cannot see is in docs/security.md.
#   1. the composer's version is the same in pom.xml, webapp-js/package-lock.json and webapp/editor/index.html;
#   2. the matcher's self-test (it must refuse TinyMCE 6.8.3 and PostgreSQL JDBC 42.7.1);
#   3. the WAR's Maven dependencies, the JDBC driver, WildFly's module jars (when target/ has the server) and
#      the npm lock against the hand-kept list audit/advisories.tsv;
#   4. `npm audit` against the registry's advisory service, when that service answers (it does not here).
# Usage: .ci/dependency-audit.sh [--fail-at low|moderate|high|critical]
set -euo pipefail
cd "$(dirname "$0")/.."

FAIL_AT=moderate
[ "${1:-}" = "--fail-at" ] && FAIL_AT="$2"
OUT=target/dependency-audit
mkdir -p "$OUT"

pom_property() { sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" pom.xml | head -1; }

echo "== 1. One TinyMCE version everywhere =="
pom_version=$(pom_property tinymce.version)
lock_version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["packages"]["node_modules/tinymce"]["version"])' \
    webapp-js/package-lock.json)
if [ "$pom_version" != "$lock_version" ] || ! grep -q "vendor/tinymce/$pom_version/tinymce.min.js" webapp/editor/index.html; then
    echo "TinyMCE versions differ: pom.xml $pom_version, webapp-js/package-lock.json $lock_version, index.html:" \
        "$(grep -o 'vendor/tinymce/[^/]*/' webapp/editor/index.html)" >&2
    exit 1
fi
echo "tinymce $pom_version"

echo "== 2. Self-test of the matcher =="
python3 .ci/dependency_audit.py --advisories audit/advisories.tsv --self-test

echo "== 3. Against audit/advisories.tsv =="
mvn --batch-mode --no-transfer-progress -q dependency:list -DincludeScope=runtime -DoutputFile="$OUT/maven.txt"
args=(--advisories audit/advisories.tsv --fail-at "$FAIL_AT" --npm-lock webapp-js/package-lock.json
      --maven-list "$OUT/maven.txt"
      --component "maven:org.postgresql:postgresql:$(pom_property postgresql.version)"
      --component "maven:org.wildfly:wildfly-dist:$(pom_property wildfly.version)")
wildfly_modules="target/wildfly-$(pom_property wildfly.version)/modules"
if [ -d "$wildfly_modules" ]; then
    args+=(--jars "$wildfly_modules")
else
    echo "(no unpacked WildFly under target/: its module jars are not checked this time; run after mvn verify)"
fi
python3 .ci/dependency_audit.py "${args[@]}"

echo "== 4. npm audit (the registry's advisory service) =="
set +e
(cd webapp-js && npm audit --omit=dev --json > "../$OUT/npm-audit.json" 2> "../$OUT/npm-audit.err")
set -e
python3 - "$OUT/npm-audit.json" <<'PY'
import json, sys
try:
    report = json.load(open(sys.argv[1]))
except ValueError:
    report = {"error": {"summary": "no JSON answer"}}
if "error" in report or "metadata" not in report:
    print("npm audit: the advisory service did not answer (" + str(report.get("message") or report.get("error")) +
          "); only the hand-kept list above was checked")
    sys.exit(0)
counts = report["metadata"]["vulnerabilities"]
print("npm audit:", counts)
for name, v in report.get("vulnerabilities", {}).items():
    print(f"  {v['severity']:>8}  {name} {v.get('range', '')}")
sys.exit(1 if counts.get("high", 0) + counts.get("critical", 0) else 0)
PY
echo "dependency audit: passed"
