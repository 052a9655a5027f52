#!/usr/bin/env python3
"""Writes docs/grafana-livebrief.json, the sample Grafana dashboard of Livebrief's metrics (docs/operations.md).

Run from the repository root: python3 src/main/scripts/grafana-dashboard.py docs/grafana-livebrief.json
"""
import json
panels = []
def panel(title, exprs, unit, x, y, w=12, h=8, kind="timeseries", desc=""):
    pid = len(panels) + 1
    panels.append({
        "id": pid, "type": kind, "title": title, "description": desc,
        "datasource": {"type": "prometheus", "uid": "${datasource}"},
        "gridPos": {"x": x, "y": y, "w": w, "h": h},
        "fieldConfig": {"defaults": {"unit": unit}, "overrides": []},
        "options": {"legend": {"displayMode": "table", "placement": "bottom"}} if kind == "timeseries" else {},
        "targets": [{"refId": chr(65 + i), "expr": e, "legendFormat": l,
                     "datasource": {"type": "prometheus", "uid": "${datasource}"}} for i, (e, l) in enumerate(exprs)],
    })
def sel(extra=""):
    return '{instance=~"$instance"%s}' % ("," + extra if extra else "")
panel("Requests per second by route", [('sum by (route) (rate(livebrief_http_requests_seconds_count%s[$__rate_interval]))' % sel(), "{{route}}")], "reqps", 0, 0,
      desc="Every request of the WAR, the feed fast path and live streams included; routes are templates.")
panel("Errors: share of 5xx answers", [('sum(rate(livebrief_http_requests_seconds_count%s[$__rate_interval])) / sum(rate(livebrief_http_requests_seconds_count%s[$__rate_interval]))' % (sel('status=~"5.."'), sel()), "5xx share"),
      ('sum by (status) (rate(livebrief_http_requests_seconds_count%s[$__rate_interval]))' % sel('status=~"4..|5.."'), "{{status}}")], "percentunit", 12, 0)
panel("p99 latency by route (live streams excluded)", [('histogram_quantile(0.99, sum by (le, route) (rate(livebrief_http_requests_seconds_bucket%s[$__rate_interval])))' % sel('route!~".*events"'), "{{route}}")], "s", 0, 8)
panel("Publish latency (p50, p99) and publications per second", [
      ('histogram_quantile(0.5, sum by (le) (rate(livebrief_entry_transitions_seconds_bucket%s[$__rate_interval])))' % sel('transition="publish"'), "p50"),
      ('histogram_quantile(0.99, sum by (le) (rate(livebrief_entry_transitions_seconds_bucket%s[$__rate_interval])))' % sel('transition="publish"'), "p99"),
      ('sum(rate(livebrief_entry_transitions_seconds_count%s[$__rate_interval]))' % sel('transition="publish",outcome="ok"'), "published/s")], "s", 12, 8)
panel("Live streams open", [('sum by (instance, kind) (livebrief_live_streams%s)' % sel(), "{{instance}} {{kind}}")], "short", 0, 16)
panel("Live delivery: change to readers' streams (p50, p99)", [
      ('histogram_quantile(0.5, sum by (le) (rate(livebrief_live_delivery_seconds_bucket%s[$__rate_interval])))' % sel(), "p50"),
      ('histogram_quantile(0.99, sum by (le) (rate(livebrief_live_delivery_seconds_bucket%s[$__rate_interval])))' % sel(), "p99")], "s", 12, 16)
panel("Feed cache hit ratio", [('1 - sum(rate(livebrief_feed_cache_requests_total%s[$__rate_interval])) / sum(rate(livebrief_feed_cache_requests_total%s[$__rate_interval]))' % (sel('result="built"'), sel()), "hit ratio"),
      ('sum by (result) (rate(livebrief_feed_cache_requests_total%s[$__rate_interval]))' % sel(), "{{result}}/s")], "percentunit", 0, 24)
panel("Change-log lag by reader (changes)", [('max by (consumer) (livebrief_changelog_lag_changes%s)' % sel(), "{{consumer}}")], "short", 12, 24,
      desc="Changes committed that WebSub, webhooks or CDN purging have not handled; readers share one cursor per cluster.")
panel("Change-log lag by reader (age of the oldest)", [('max by (consumer) (livebrief_changelog_lag_seconds%s)' % sel(), "{{consumer}}")], "s", 0, 32)
panel("Search indexing: commit to index writer (p99) and pending", [
      ('histogram_quantile(0.99, sum by (le) (rate(livebrief_search_indexing_seconds_bucket%s[$__rate_interval])))' % sel(), "p99"),
      ('sum(livebrief_search_indexing_pending%s)' % sel(), "pending"),
      ('sum(rate(livebrief_search_indexing_seconds_count%s[$__rate_interval]))' % sel('outcome="failed"'), "failed/s")], "s", 12, 32)
panel("Name resolution (p50, p99)", [
      ('histogram_quantile(0.5, sum by (le) (rate(livebrief_names_resolution_seconds_bucket%s[$__rate_interval])))' % sel(), "p50"),
      ('histogram_quantile(0.99, sum by (le) (rate(livebrief_names_resolution_seconds_bucket%s[$__rate_interval])))' % sel(), "p99")], "s", 0, 40)
panel("JVM heap and open file descriptors", [
      ('sum by (instance) (jvm_memory_used_bytes%s)' % sel('area="heap"'), "{{instance}} heap"),
      ('process_files_open_files%s' % sel(), "{{instance}} open files")], "bytes", 12, 40)
dash = {
    "title": "Livebrief", "uid": "livebrief", "schemaVersion": 39, "version": 1, "editable": True,
    "tags": ["livebrief"], "time": {"from": "now-1h", "to": "now"}, "refresh": "30s",
    "description": "Livebrief's own metrics (GET /livebrief/api/metrics, docs/operations.md). Made by src/main/scripts/grafana-dashboard.py.",
    "templating": {"list": [
        {"name": "datasource", "type": "datasource", "query": "prometheus", "label": "Prometheus"},
        {"name": "instance", "type": "query", "label": "Node", "includeAll": True, "multi": True, "allValue": ".*",
         "datasource": {"type": "prometheus", "uid": "${datasource}"},
         "query": {"query": "label_values(livebrief_http_requests_seconds_count, instance)", "refId": "instances"},
         "definition": "label_values(livebrief_http_requests_seconds_count, instance)", "refresh": 2}]},
    "panels": panels,
}
import sys
json.dump(dash, open(sys.argv[1], "w"), indent=2, ensure_ascii=False)
open(sys.argv[1], "a").write("\n")
