#!/usr/bin/env bash
# Disk full on the H2 data folder (issue #13, "crash and fault tests"): WildFly on the embedded H2 with its data
# folder on a small file system of its own (a tmpfs, so this needs root: mount), writers publishing, then the file
# system is filled to the last byte, kept full until writes are refused and FULL_SECONDS more, and freed again. Checks:
#  - while full, writes get a problem answer (507 or 503, application/problem+json), never a 500, and the server
#    log gets no stack traces;
#  - after space returns, writes succeed again without a restart (the time it takes is printed);
#  - nothing acknowledged is lost, and after a restart the database opens (no corruption) with every acknowledged
#    entry and publication in it, and the feeds and replays agree with it.
# Settings (environment): OFFSET (WildFly port offset, default 12000), CLIENTS (writers, default 4), SIZE (the
# file system, default 64m), MAX_WAIT (the longest wait for the first refused write once the disk is full, default
# 180 s), FULL_SECONDS (how long the disk stays full after that, default 15). SKIP_BUILD=1 never builds. Exit status 1 on a failed check,
# 2 when the file system cannot be mounted.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
OFFSET=${OFFSET:-12000}
CLIENTS=${CLIENTS:-4}
SIZE=${SIZE:-64m}
FULL_SECONDS=${FULL_SECONDS:-15}
MAX_WAIT=${MAX_WAIT:-180}
WORK="$ROOT/target/diskfull"
source bench/crash/lib.sh

check_ports_free
if mountpoint -q "$WORK/data" 2>/dev/null; then umount "$WORK/data"; fi
rm -rf "$WORK" && mkdir -p "$WORK/data"
mount -t tmpfs -o size="$SIZE" livebrief-diskfull "$WORK/data" \
    || { echo "cannot mount a tmpfs on $WORK/data (needs root)" >&2; exit 2; }
cleanup() {
    stop_writers
    kill_server 9
    umount "$WORK/data" 2>/dev/null || umount -l "$WORK/data" 2>/dev/null || true
}
trap cleanup EXIT
copy_server
failed=0

echo "== Disk full on the H2 data folder ($SIZE tmpfs), $CLIENTS writers, WildFly port offset $OFFSET"
start_server
read -r briefing slug < <(new_briefing "Disk full")
for client in $(seq 1 "$CLIENTS"); do
    writer "$briefing" "full-1-$client" "$WORK/acks-$client" "$WORK/answers-$client" &
    writers+=($!)
done
until (($(cat "$WORK"/acks-* 2>/dev/null | wc -l) >= 20)); do sleep 0.2; done

log_before=$(wc -l <"$WORK/wildfly/standalone/log/server.log")
full_at=$(now)
dd if=/dev/zero of="$WORK/data/filler" bs=64k 2>/dev/null || true    # until "No space left on device"
echo "   full: $(df -h --output=avail "$WORK/data" | tail -1 | tr -d ' ') left; H2 file $(du -h "$WORK"/data/*.mv.db | cut -f1)"
# H2 goes on writing into free pages of its file for a while; wait for the first write the full disk refuses.
first_refusal=""
deadline=$((SECONDS + MAX_WAIT))
while [[ -z "$first_refusal" ]] && ((SECONDS < deadline)); do
    sleep 0.5
    first_refusal=$(awk -v t="$full_at" '$1 > t && $3 !~ /^2/ { print $1 }' "$WORK"/answers-* | sort -n | head -1 || true)
done
if [[ -n "$first_refusal" ]]; then
    echo "   first write refused $(elapsed "$full_at" "$first_refusal") s after the disk filled"
    sleep "$FULL_SECONDS"
else
    echo "   every write was still acknowledged $MAX_WAIT s after the disk filled (H2 wrote into free pages of its file)"
fi
freed_at=$(now)
rm -f "$WORK/data/filler"
log_full=$(tail -n +"$((log_before + 1))" "$WORK/wildfly/standalone/log/server.log")

# Recovered: a write (post and publish) acknowledged after the space came back.
recovered=""
deadline=$((SECONDS + 60))
while ((SECONDS < deadline)); do
    if awk -v t="$freed_at" '$1 > t && $2 == "publish" && $3 ~ /^2/ { found = 1 } END { exit !found }' "$WORK"/answers-*; then
        recovered=$(awk -v t="$freed_at" '$1 > t && $2 == "publish" && $3 ~ /^2/ { print $1 }' "$WORK"/answers-* | sort -n | head -1 || true)
        break
    fi
    sleep 0.5
done
stop_writers

echo "   answers while full (from the fill until the space came back):"
awk -v a="$full_at" -v b="$freed_at" '$1 >= a && $1 < b { n[$2 " " $3 " " ($4 == "" ? "-" : $4) " " $5]++ }
    END { for (k in n) printf "     %5d  %s\n", n[k], k }' "$WORK"/answers-* | sort -k2
bad=$(awk -v a="$full_at" -v b="$freed_at" '$1 >= a && $1 < b && ($3 >= 500 && $3 != 503 && $3 != 507 || $3 == "000") { n++ }
    END { print n + 0 }' "$WORK"/answers-*)
unclear=$(awk -v a="$full_at" -v b="$freed_at" '$1 >= a && $1 < b && ($3 == 503 || $3 == 507) && $5 !~ /problem\+json/ { n++ }
    END { print n + 0 }' "$WORK"/answers-*)
traces=$(grep -c $'^\tat ' <<<"$log_full" || true)
errors=$(grep -cE ' (ERROR|WARN) ' <<<"$log_full" || true)
echo "   while full: $bad answers other than 2xx/4xx/503/507 (500s or no answer), $unclear 503/507 without a problem" \
     "body; server log: $errors WARN/ERROR lines, $traces stack-trace lines"
grep -E ' (ERROR|WARN) ' <<<"$log_full" | cut -c1-220 | sort | uniq -c | sort -rn | head -5 | sed 's/^/     /' || true
if [[ -n "$recovered" ]]; then
    echo "   writes acknowledged again $(elapsed "$freed_at" "$recovered") s after the space came back (no restart)"
else
    echo "   writes did NOT recover within 60 s of the space coming back"; failed=1
fi
((bad + unclear == 0 && traces == 0)) || failed=1

cat "$WORK"/acks-* >"$WORK/acks"
deadline=$((SECONDS + 60))
until listing "$briefing" >"$WORK/listing-before-restart" 2>/dev/null; do
    ((SECONDS < deadline)) || { echo "   reads still fail 60 s after the space came back"; failed=1; break; }
    sleep 1
done
check_acks "$WORK/acks" "$WORK/listing-before-restart"
echo "   before the restart: $(grep -c '^created' "$WORK/acks") entries and $(grep -c '^published' "$WORK/acks")" \
     "publications acknowledged; $LOST lost, $UNPUBLISHED publications lost, $DUPLICATES duplicated"
((LOST + UNPUBLISHED + DUPLICATES == 0)) || failed=1

kill_server 15
start_server
listing "$briefing" >"$WORK/listing"
check_acks "$WORK/acks" "$WORK/listing"
check_public "$briefing" "$slug" "$WORK/listing"
corrupt=$(grep -ciE 'corrupt|90030' "$WORK/wildfly/standalone/log/server.log" || true)
echo "   after a restart: database opened in ${RESTART_SECONDS} s, $(wc -l <"$WORK/listing") entries listed; $LOST lost," \
     "$UNPUBLISHED publications lost, $DUPLICATES duplicated, $INCONSISTENT feed/replay disagreements," \
     "$corrupt log lines about corruption"
((LOST + UNPUBLISHED + DUPLICATES + INCONSISTENT + corrupt == 0)) || failed=1
echo "== disk full: $([[ $failed == 0 ]] && echo passed || echo FAILED)"
exit "$failed"
