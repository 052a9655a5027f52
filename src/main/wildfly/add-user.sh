#!/usr/bin/env bash
# Adds or replaces a Livebrief user in the LivebriefRealm of a running WildFly.
#   JBOSS_HOME=/opt/wildfly src/main/wildfly/add-user.sh alice editor [reporter ...]
# The password is read from LIVEBRIEF_USER_PASSWORD, or asked for. It is stored as a bcrypt hash
# with a random salt. Roles: reporter, editor, admin (admins usually also get editor and reporter).
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: JBOSS_HOME=/path/to/wildfly $0 USER ROLE [ROLE ...]" >&2
    exit 2
fi
: "${JBOSS_HOME:?set JBOSS_HOME to the WildFly directory}"
user=$1; shift
for role in "$@"; do
    case $role in reporter|editor|admin) ;; *) echo "unknown role: $role (reporter, editor, admin)" >&2; exit 2;; esac
done
if [[ ! $user =~ ^[A-Za-z0-9._@-]{1,100}$ ]]; then
    echo "user names are 1-100 of A-Z a-z 0-9 . _ @ -" >&2
    exit 2
fi
password=${LIVEBRIEF_USER_PASSWORD:-}
if [ -z "$password" ]; then
    read -r -s -p "Password for $user: " password; echo
fi
if [[ $password == *'"'* || $password == *'\'* ]]; then
    echo "the password may not contain double quotes or backslashes" >&2
    exit 2
fi
salt=$(od -An -tx1 -N16 /dev/urandom | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /,0x/g; s/^/0x/')
roles=$(IFS=,; echo "$*")
realm=/subsystem=elytron/filesystem-realm=LivebriefRealm
"$JBOSS_HOME/bin/jboss-cli.sh" -c <<CLI
if (outcome == success) of $realm:read-identity(identity=$user)
    $realm:remove-identity(identity=$user)
end-if
$realm:add-identity(identity=$user)
$realm:set-password(identity=$user, bcrypt={password="$password", iteration-count=10, salt=bytes{$salt}})
$realm:add-identity-attribute(identity=$user, name=Roles, value=[$roles])
CLI
echo "User $user has roles $roles"
