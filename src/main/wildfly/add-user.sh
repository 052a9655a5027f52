#!/usr/bin/env bash
# Adds or replaces a Livebrief user in the LivebriefRealm of a running WildFly.
#   JBOSS_HOME=/opt/wildfly src/main/wildfly/add-user.sh alice editor [reporter ...]
# The password comes from LIVEBRIEF_USER_PASSWORD, else from the terminal (asked twice), else from the first line
# of standard input (printf '%s\n' "$pw" | add-user.sh alice editor). It is stored as a bcrypt hash with a random
# salt. Roles: reporter, editor, admin (admins usually also get editor and reporter).
# WILDFLY_CONTROLLER (e.g. 127.0.0.1:9990, the default) names the server's management interface.
#
# The password never appears in a command line, in the CLI's output or in ~/.jboss-cli-history: the CLI runs a
# command file (no echo, no history) in which the password is an expression, ${env.…}, that the CLI resolves in
# its own process from an environment variable set for that process only.
set -euo pipefail
fail() { echo "add-user.sh: $*" >&2; exit 2; }
if [ $# -lt 2 ]; then
    echo "usage: JBOSS_HOME=/path/to/wildfly $0 USER ROLE [ROLE ...]" >&2
    exit 2
fi
[ -n "${JBOSS_HOME:-}" ] || fail "set JBOSS_HOME to the WildFly directory"
[ -x "$JBOSS_HOME/bin/jboss-cli.sh" ] || fail "no bin/jboss-cli.sh under JBOSS_HOME=$JBOSS_HOME"
user=$1; shift
for role in "$@"; do
    case $role in reporter|editor|admin) ;; *) fail "unknown role: $role (reporter, editor, admin)";; esac
done
[[ $user =~ ^[A-Za-z0-9._@-]{1,100}$ ]] || fail "user names are 1-100 of A-Z a-z 0-9 . _ @ -"

password=${LIVEBRIEF_USER_PASSWORD:-}
if [ -z "$password" ] && [ -t 0 ]; then
    IFS= read -r -s -p "Password for $user: " password || true; echo >&2
    IFS= read -r -s -p "Again: " again || true; echo >&2
    [ "$password" == "$again" ] || fail "the passwords differ; nothing was changed"
elif [ -z "$password" ]; then
    IFS= read -r password || true
fi
[ -n "$password" ] || fail "no password: set LIVEBRIEF_USER_PASSWORD, run this in a terminal, or pipe the password on standard input"
# The CLI substitutes the password into the command before it parses it, so these would break or change the command.
if [[ $password == *'"'* || $password == *'\'* || $password == *'${'* || $password =~ [[:cntrl:]] ]]; then
    fail 'the password may not contain double quotes, backslashes, "${" or control characters'
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
salt=$(od -An -tx1 -N16 /dev/urandom | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /,0x/g; s/^/0x/')
roles=$(IFS=,; echo "$*")
# Moving the user's credentials epoch (security.CredentialEpochs) makes Livebrief forget the HTTP Basic passwords it
# remembered for this user and end their browser sessions, so the old password and the old roles stop working at once.
# Other users keep theirs. The property is named after the user in hex (UTF-8): names may hold characters that a
# property name may not.
epoch=$(date +%s)-$(od -An -tx4 -N4 /dev/urandom | tr -d ' ')
epoch_property=livebrief.credentials.epoch.user.$(printf '%s' "$user" | od -An -tx1 | tr -d ' \n')
realm=/subsystem=elytron/filesystem-realm=LivebriefRealm
# Does the user exist? Asking the server (read-identity) about a new user fails, and the server logs every failed
# operation at ERROR (WFLYCTL0013), so an ordinary user creation would leave an ERROR in the log. On this machine's
# server the realm's folder answers instead: Elytron names each identity's file <name>-<base32 of the name>.xml.
# LIVEBRIEF_REALM_DIR names the folder when the server's data directory is elsewhere; with a controller on another
# machine the server is asked. (Were the folder wrong, the add or the remove fails and nothing is changed.)
realm_dir=${LIVEBRIEF_REALM_DIR:-$JBOSS_HOME/standalone/data/livebrief-identities}
case ${WILDFLY_CONTROLLER:-127.0.0.1} in 127.0.0.1*|localhost*|\[::1\]*) local_server=1 ;; *) local_server=0 ;; esac
# No folder yet: the realm holds nobody (Elytron makes the folder with its first identity), so this is a new user.
if [ "$local_server" = 1 ]; then
    encoded=$(printf '%s' "$user" | base32 -w0 | tr -d '=')
    if [ -d "$realm_dir" ] && find "$realm_dir" -type f -name "*-$encoded.xml" | grep -q .; then
        replace="$realm:remove-identity(identity=$user)"
    else
        replace=""
    fi
else
    replace="if (outcome == success) of $realm:read-identity(identity=$user)
    $realm:remove-identity(identity=$user)
end-if"
fi
cat > "$work/add-user.cli" <<CLI
$replace
$realm:add-identity(identity=$user)
$realm:set-password(identity=$user, bcrypt={password="\${env.LIVEBRIEF_NEW_PASSWORD}", iteration-count=10, salt=bytes{$salt}})
$realm:add-identity-attribute(identity=$user, name=Roles, value=[$roles])
if (outcome == success) of /system-property=$epoch_property:read-resource
    /system-property=$epoch_property:write-attribute(name=value, value=$epoch)
else
    /system-property=$epoch_property:add(value=$epoch)
end-if
CLI
controller=()
[ -z "${WILDFLY_CONTROLLER:-}" ] || controller=("--controller=$WILDFLY_CONTROLLER")
if ! LIVEBRIEF_NEW_PASSWORD=$password "$JBOSS_HOME/bin/jboss-cli.sh" -c "${controller[@]}" --resolve-parameter-values \
        --file="$work/add-user.cli" > "$work/out" 2>&1 < /dev/null; then
    # The output holds no password (the file has only the expression), so it is safe to show.
    cat "$work/out" >&2
    fail "the server refused or could not be reached; $user was not added"
fi
echo "User $user has roles $roles"
