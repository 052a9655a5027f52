#!/usr/bin/env bash
# Feeds as real clients see them: Atom against RFC 4287's RELAX NG schema (jing), Atom and RSS in the
# Universal Feed Parser (bozo must be 0) and in newsboat; JSON Feed (*.json), ninjs 2.2 (*.ninjs) and
# ninjs 3.1 (*.ninjs3) against their JSON Schemas in src/test/resources/feeds with Python's jsonschema,
# RFC 3339 dates checked. Debian packages, installed when missing (as root).
#
#   src/test/sh/check-feed-clients.sh [DIR]     DIR holds *.atom, *.rss and optionally *.json, *.ninjs, *.ninjs3
#                                               files (default: target/feed-samples, written by FeedSamplesTest
#                                               during `mvn test`)
set -euo pipefail
cd "$(dirname "$0")/../../.."
DIR="$(cd "${1:-target/feed-samples}" && pwd)"
RNC="$PWD/src/test/resources/feeds/atom-rfc4287.rnc"

need=()
command -v jing >/dev/null || need+=(jing)
command -v newsboat >/dev/null || need+=(newsboat)
/usr/bin/python3 -c 'import feedparser' 2>/dev/null || need+=(python3-feedparser)
/usr/bin/python3 -c 'import jsonschema' 2>/dev/null || need+=(python3-jsonschema)
if ((${#need[@]})); then
    if [[ $(id -u) -ne 0 ]]; then echo "missing Debian packages: ${need[*]} (run as root to install)" >&2; exit 2; fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

shopt -s nullglob
feeds=("$DIR"/*.atom "$DIR"/*.rss)
((${#feeds[@]})) || { echo "no *.atom or *.rss files in $DIR" >&2; exit 2; }
failed=0
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

for f in "$DIR"/*.atom; do
    if jing -c "$RNC" "$f"; then echo "jing      ok   $(basename "$f")"; else echo "jing      FAIL $(basename "$f")"; failed=1; fi
done

for f in "${feeds[@]}"; do
    if out=$(/usr/bin/python3 - "$f" <<'PY'
import sys, feedparser
d = feedparser.parse(sys.argv[1])
if d.bozo:
    print("bozo=1:", d.bozo_exception); sys.exit(1)
# An entry with one of our pictures in its HTML must also carry it as an enclosure and as Media RSS content.
for e in d.entries:
    html = " ".join(c.value for c in e.get("content", [])) or e.get("summary", "")
    if "/livebrief/media/" in html:
        urls = [x.get("href") or x.get("url") for x in e.get("enclosures", [])]
        media = [m.get("url") for m in e.get("media_content", [])]
        if not urls or not media or not all("/livebrief/media/" in u for u in urls + media):
            print("picture without enclosure/media:content:", e.get("id"), urls, media); sys.exit(1)
print("bozo=0 version=%s entries=%d enclosures=%d" % (d.version, len(d.entries),
      sum(len(e.get("enclosures", [])) for e in d.entries)))
PY
    ); then echo "feedparser ok  $(basename "$f") $out"; else echo "feedparser FAIL $(basename "$f") $out"; failed=1; fi
done

SCHEMAS="$PWD/src/test/resources/feeds"
for f in "$DIR"/*.json "$DIR"/*.ninjs "$DIR"/*.ninjs3; do
    case "$f" in
        *.json) schema=jsonfeed-1.1.schema.json ;;
        *.ninjs) schema=ninjs-schema_2.2.json ;;
        *.ninjs3) schema=ninjs-schema_3.1.json ;;
    esac
    if out=$(/usr/bin/python3 - "$SCHEMAS/$schema" "$f" <<'PY'
import json, re, sys
from jsonschema import Draft202012Validator, FormatChecker
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$", re.I)
formats = FormatChecker()
formats.checks("date-time")(lambda value: not isinstance(value, str) or bool(RFC3339.match(value)))
schema, doc = (json.load(open(p, encoding="utf-8")) for p in sys.argv[1:3])
errors = sorted(Draft202012Validator(schema, format_checker=formats).iter_errors(doc), key=lambda e: list(e.path))
for e in errors[:5]:
    print("/".join(map(str, e.path)), e.message[:200])
sys.exit(1 if errors else 0)
PY
    ); then echo "schema    ok   $(basename "$f") ($schema)"; else echo "schema    FAIL $(basename "$f") ($schema) $out"; failed=1; fi
done

# newsboat reads local files through libcurl's file:// support; a private HOME keeps it away from real config.
for f in "${feeds[@]}"; do
    echo "file://$f" > "$work/urls"
    : > "$work/config"
    if HOME="$work" newsboat -u "$work/urls" -c "$work/cache.db" -C "$work/config" -x reload >"$work/out" 2>&1 \
        && n=$(HOME="$work" newsboat -u "$work/urls" -c "$work/cache.db" -C "$work/config" -x print-unread 2>&1) \
        && [[ "$n" =~ ^([1-9][0-9]*)\ unread ]]; then
        echo "newsboat  ok   $(basename "$f") $n"
    else
        echo "newsboat  FAIL $(basename "$f") $(cat "$work/out") ${n:-}"; failed=1
    fi
    rm -f "$work/cache.db"
done
exit $failed
