vcl 4.1;

import std;
# Varnish 7 in front of Livebrief (issue #19, item 3; docs/cdn.md). Serves the public pages, feeds and oEmbed
# answers from its cache for as long as their Cache-Control allows (s-maxage, set by livebrief.cdn.s-maxage), and
# drops them the moment Livebrief bans their Surrogate-Key (livebrief.cdn.purge=varnish,
# livebrief.cdn.varnish.urls=http://this-varnish:6081/). Live streams (server-sent events) pass through unbuffered.
# Edit the backend and the purgers' addresses for your site.

backend livebrief {
    .host = "127.0.0.1";
    .port = "8080";
    .first_byte_timeout = 30s;
    # Livebrief is down when its front page (one database query) fails 3 times in 5 probes: then the cache serves
    # what it has, for up to a day (stale-if-error), instead of errors.
    .probe = {
        .url = "/livebrief/";
        .interval = 5s;
        .timeout = 3s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}

# Who may ban: the Livebrief nodes.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Stale answers: while Livebrief is up, for the 30 s of stale-while-revalidate (fetched again meanwhile); while
    # it is down, for as long as the object is kept (a day, stale-if-error).
    if (std.healthy(req.backend_hint)) {
        set req.grace = 30s;
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.X-Ban-Surrogate-Key) {
            return (synth(400, "X-Ban-Surrogate-Key required"));
        }
        # A regular expression over whole keys, made by Livebrief from keys of [a-z0-9-] only.
        ban("obj.http.Surrogate-Key ~ " + req.http.X-Ban-Surrogate-Key);
        return (synth(200, "Banned"));
    }
    # Live streams: straight through, never buffered or cached.
    if (req.url ~ "^/livebrief/api/briefings/[0-9]+/(desk-)?events" || req.http.Accept ~ "text/event-stream") {
        return (pipe);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Signed-in traffic (the editor, the API with credentials) is never cached or served from the cache.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(JSESSIONID|livebrief[^=]*)=") {
        return (pass);
    }
    if (req.url ~ "^/livebrief/(api|editor)/") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_pipe {
    # One stream per connection: the backend sees the client's request as it was.
    set bereq.http.Connection = "close";
}

sub vcl_backend_response {
    if (beresp.http.Content-Type ~ "text/event-stream") {
        set beresp.do_stream = true;
        set beresp.uncacheable = true;
        return (deliver);
    }
    set beresp.grace = 24h;
    # An answer that sets a cookie is someone's own: never shared.
    if (beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # Surrogate-Control is an instruction to caches (its max-age is not the reader's). Surrogate-Key and Cache-Tag stay:
    # they name the briefing, entries and names a page shows, nothing private, and tell whoever checks a purge which
    # keys it carries (CdnIT reads them through Varnish).
    unset resp.http.Surrogate-Control;
}
