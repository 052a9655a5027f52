# A WildFly of its own for a benchmark: source after setting ROOT, WORK and OFFSET (port offset). It gives
#   check_ports_free           exits 2 when the HTTP or management port of OFFSET is taken
#   private_server             builds when target/ lacks the WAR or WildFly, or has a PostgreSQL build (never with
#                              SKIP_BUILD=1), then makes
#                              $WORK/wildfly: the modules hard-linked, standalone/ copied, a `mvn -Prun` deployment
#                              taken out of standalone.xml, $WAR (default target/livebrief.war) in deployments/;
#                              CONFIG names another standalone.xml (an earlier build's, to compare releases)
#   start_server [-D...]       starts it in a process group of its own (H2 under $WORK/data, no demo data) and waits
#                              until the WAR is deployed; SERVER_JAVA_PID is the server JVM
#   stop_server                stops it (TERM, then KILL after 30 s); call it from an EXIT trap
HTTP_PORT=$((8080 + OFFSET))
MGMT_PORT=$((9990 + OFFSET))
server_group=""
SERVER_JAVA_PID=""

check_ports_free() {
    local port
    for port in "$HTTP_PORT" "$MGMT_PORT"; do
        if ss -ltn | grep -q ":$port "; then echo "port $port is in use; set OFFSET" >&2; exit 2; fi
    done
}

private_server() {
    local wildfly
    wildfly=$(ls -d "$ROOT"/target/wildfly-*/ 2>/dev/null | head -1 || true)
    # A build with -Ppostgresql configures target/'s server for PostgreSQL; the benchmarks start from the H2 default.
    local stale=0
    if [[ ! -f "$ROOT/target/livebrief.war" || -z "$wildfly" ]] \
            || ! grep -q 'jdbc:h2:file' "$wildfly/standalone/configuration/standalone.xml"; then
        stale=1
    fi
    if [[ "${SKIP_BUILD:-}" != 1 && $stale == 1 ]]; then
        (cd "$ROOT" && mvn -q package -DskipTests >/dev/null)
        wildfly=$(ls -d "$ROOT"/target/wildfly-*/ | head -1)
    fi
    [[ -n "$wildfly" && -f "$ROOT/target/livebrief.war" ]] || { echo "no build in target/ (run without SKIP_BUILD=1)" >&2; exit 2; }
    mkdir -p "$WORK/log"
    # Hard links for the modules (quick, and a build that unpacks target/wildfly-* again does not pull them away),
    # a real copy of standalone/, which the server and the CLI write to.
    cp -al "$wildfly" "$WORK/wildfly"
    rm -rf "$WORK/wildfly/standalone"
    cp -r "$wildfly/standalone" "$WORK/wildfly/standalone"
    # Only the realm's identities come along from data/: no transaction log, timers or deployment content of a server
    # that may be running from target/ (an integration test, the run command).
    local data="$WORK/wildfly/standalone/data"
    rm -rf "$data/livebrief" "$data/tx-object-store" "$data/timer-service-data" "$data/content" \
        "$WORK/wildfly/standalone/log" "$WORK/wildfly/standalone/tmp" "$WORK/wildfly/standalone/deployments/"livebrief.war*
    [[ -z "${CONFIG:-}" ]] || cp "$CONFIG" "$WORK/wildfly/standalone/configuration/standalone.xml"
    # `mvn -Prun` deploys the WAR into standalone.xml itself; this server deploys it from deployments/ only.
    python3 - "$WORK/wildfly/standalone/configuration/standalone.xml" <<'PY'
import re, sys
path = sys.argv[1]
xml = open(path, encoding="utf-8").read()
xml = re.sub(r'\s*<deployment name="livebrief\.war".*?</deployment>', '', xml, flags=re.S)
xml = re.sub(r'\s*<deployments>\s*</deployments>', '', xml)
open(path, "w", encoding="utf-8").write(xml)
PY
    cp "${WAR:-$ROOT/target/livebrief.war}" "$WORK/wildfly/standalone/deployments/livebrief.war"
}

start_server() {
    local deployments="$WORK/wildfly/standalone/deployments"
    JBOSS_JAVA_SIZING=${JBOSS_JAVA_SIZING:--Xms256m -Xmx1g} LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$WORK/wildfly.pid" \
        setsid "$WORK/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset="$OFFSET" \
        -Dlivebrief.data.dir="$WORK/data" -Dlivebrief.demo=false "$@" >>"$WORK/log/server.out" 2>&1 &
    server_group=$!
    local deadline=$((SECONDS + 600))
    until [[ -f "$deployments/livebrief.war.deployed" ]]; do
        [[ -f "$deployments/livebrief.war.failed" ]] && { echo "deployment failed; see $WORK/wildfly/standalone/log" >&2; exit 1; }
        kill -0 "$server_group" 2>/dev/null || { echo "WildFly exited; see $WORK/log/server.out" >&2; exit 1; }
        ((SECONDS < deadline)) || { echo "WildFly did not deploy in time" >&2; exit 1; }
        sleep 0.5
    done
    SERVER_JAVA_PID=$(cat "$WORK/wildfly.pid")
}

stop_server() {
    [[ -n "$server_group" ]] || return 0
    kill -- -"$server_group" 2>/dev/null || true
    local deadline=$((SECONDS + 30))
    while kill -0 -- -"$server_group" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.5; done
    kill -9 -- -"$server_group" 2>/dev/null || true
    wait "$server_group" 2>/dev/null || true
    server_group=""
}

# use_postgresql <jdbc url>: replaces the H2 datasource of $WORK/wildfly by the README's PostgreSQL one
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

# add_user <name> <password> <role>...: the admin guide's way (src/main/wildfly/add-user.sh, bcrypt cost 10).
# Tried three times: on a loaded machine the CLI's connection to the controller can time out.
add_user() {
    local name=$1 password=$2 attempt
    shift 2
    for attempt in 1 2 3; do
        LIVEBRIEF_USER_PASSWORD=$password JBOSS_HOME="$WORK/wildfly" WILDFLY_CONTROLLER="127.0.0.1:$MGMT_PORT" \
            "$ROOT/src/main/wildfly/add-user.sh" "$name" "$@" >/dev/null && return 0
        echo "add-user.sh $name: attempt $attempt failed" >&2
    done
    return 1
}
