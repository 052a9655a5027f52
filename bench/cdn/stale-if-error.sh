#!/usr/bin/env bash
# Does src/main/varnish/livebrief.vcl serve stale answers while Livebrief is down (stale-if-error)? A stand-in
# backend (python3) answers like Livebrief's public pages (max-age=1, stale-while-revalidate=30,
# stale-if-error=86400); Varnish caches an answer, the backend is killed, and 45 s later (past the TTL and the
# 30 s of grace a healthy backend gets) Varnish must still answer 200 from its cache. With VCL=other.vcl it checks
# another VCL (the one before stop 17 answered 503). About a minute; needs varnishd and python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
VCL="${VCL:-$ROOT/src/main/varnish/livebrief.vcl}"
BACKEND=${BACKEND:-18931}; FRONT=${FRONT:-18932}; ADMIN=${ADMIN:-18933}
WORK="$(mktemp -d)"
cleanup() { kill "$(cat "$WORK/backend.pid" 2>/dev/null)" "$(cat "$WORK/varnish.pid" 2>/dev/null)" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
cat >"$WORK/backend.py" <<'PY'
import http.server, sys, time
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("served at %f\n" % time.time()).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Cache-Control", "public, max-age=1, s-maxage=1, stale-while-revalidate=30, stale-if-error=86400")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
PY
python3 "$WORK/backend.py" "$BACKEND" & echo $! >"$WORK/backend.pid"
sed "s/.port = \"8080\";/.port = \"$BACKEND\";/" "$VCL" >"$WORK/test.vcl"
varnishd -F -j none -n "$WORK/n" -a "127.0.0.1:$FRONT" -T "127.0.0.1:$ADMIN" -f "$WORK/test.vcl" -s malloc,16m \
    >"$WORK/varnishd.log" 2>&1 & echo $! >"$WORK/varnish.pid"
sleep 3
for _ in 1 2; do
    curl -sf "http://127.0.0.1:$FRONT/livebrief/" >/dev/null \
        || { echo "Varnish or the stand-in backend did not answer (ports $FRONT, $BACKEND in use?)"; cat "$WORK/varnishd.log"; exit 1; }
    sleep 2
done
kill "$(cat "$WORK/backend.pid")"
echo "backend stopped; asking Varnish again in 45 s"
sleep 45
status=$(curl -s -o "$WORK/answer" -w '%{http_code}' -m 10 "http://127.0.0.1:$FRONT/livebrief/")
echo "45 s after the backend stopped: HTTP $status, $(cat "$WORK/answer" 2>/dev/null | head -1)"
[ "$status" = 200 ] && echo "stale-if-error: served from the cache" || { echo "stale-if-error: NOT served"; exit 1; }
