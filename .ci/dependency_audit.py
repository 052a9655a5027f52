#!/usr/bin/env python3
"""Checks what Livebrief ships against the hand-kept advisory list audit/advisories.tsv.

Inventories: the npm lock of the webapp's JS (webapp-js/package-lock.json), Maven's list of the WAR's
dependencies (mvn dependency:list), and jars found by file name (WildFly's modules). Exits 1 when a
dependency matches an advisory rated at or above --fail-at (default moderate) that no mitigation covers.
`--self-test` proves the matcher refuses known-bad versions (TinyMCE 6.8.3, PostgreSQL JDBC 42.7.1).
Standard library only: this runs where nothing can be installed from PyPI.
"""
import argparse
import json
import os
import re
import sys

SEVERITIES = ["low", "moderate", "high", "critical"]
QUALIFIERS = {"alpha": -4, "a": -4, "beta": -3, "b": -3, "milestone": -2, "m": -2, "rc": -1, "cr": -1,
              "snapshot": -1, "": 0, "final": 0, "ga": 0, "release": 0, "sp": 1}


def version_key(version):
    """Comparable form of a Maven or npm version: numbers numerically, known qualifiers by rank."""
    tokens = re.findall(r"\d+|[a-zA-Z]+", version)
    key = []
    for token in tokens:
        if token.isdigit():
            key.append((1, int(token)))
        else:
            key.append((0, QUALIFIERS.get(token.lower(), -1)))
    while key and key[-1] in ((0, 0), (1, 0)):
        key.pop()  # 1.0 == 1.0.0 == 1.0.Final
    return key


def compare(a, b):
    ka, kb = version_key(a), version_key(b)
    for i in range(max(len(ka), len(kb))):
        x = ka[i] if i < len(ka) else (1, 0)
        y = kb[i] if i < len(kb) else (1, 0)
        if x != y:
            # A qualifier sorts before any number at the same place (6.0-beta < 6.0.0 < 6.0.1).
            return -1 if x < y else 1
    return 0


def in_range(version, ranges):
    """ranges: "<1.2 || >=2.0 <2.3"; true when the version is in any of them."""
    for alternative in ranges.split("||"):
        bounds = alternative.split()
        if bounds and all(satisfies(version, bound) for bound in bounds):
            return True
    return False


def satisfies(version, bound):
    match = re.match(r"(<=|>=|<|>|=)?(.+)", bound)
    op, limit = match.group(1) or "=", match.group(2)
    c = compare(version, limit)
    return {"<": c < 0, "<=": c <= 0, ">": c > 0, ">=": c >= 0, "=": c == 0}[op]


def read_advisories(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(header):
            sys.exit(f"{path}: expected {len(header)} tab-separated columns: {line}")
        row = dict(zip(header, cells))
        if row["severity"] not in SEVERITIES or row["ecosystem"] not in ("npm", "maven"):
            sys.exit(f"{path}: bad severity or ecosystem: {line}")
        rows.append(row)
    return rows


def npm_inventory(lock_path):
    with open(lock_path, encoding="utf-8") as f:
        lock = json.load(f)
    found = []
    for key, package in lock.get("packages", {}).items():
        if key.startswith("node_modules/") and "version" in package:
            found.append(("npm", key.rsplit("node_modules/", 1)[1], package["version"], lock_path))
    return found


def maven_inventory(list_path):
    found = []
    pattern = re.compile(r"^\s*([\w.\-]+):([\w.\-]+):[\w.\-]+(?::[\w.\-]+)?:([^:\s]+):(compile|runtime|provided|system)")
    with open(list_path, encoding="utf-8") as f:
        for line in f:
            m = pattern.match(line)
            if m:
                found.append(("maven", f"{m.group(1)}:{m.group(2)}", m.group(3), list_path))
    return found


def jar_inventory(directory):
    """Jars named artifact-version.jar (WildFly's modules): matched to advisories by artifactId only."""
    found = []
    for root, _, files in os.walk(directory):
        for name in files:
            m = re.match(r"^(.+?)-(\d[\w.\-]*?)\.jar$", name)
            if m:
                found.append(("jar", m.group(1), m.group(2), os.path.join(root, name)))
    return found


def matches(component, advisory):
    ecosystem, name, _, _ = component
    if ecosystem == "jar":
        return advisory["ecosystem"] == "maven" and advisory["package"].split(":")[-1] == name
    return advisory["ecosystem"] == ecosystem and advisory["package"] == name


def mitigated(advisory, read=None):
    if advisory["mitigation"] == "-":
        return None
    path, _, needle = advisory["mitigation"].partition("::")
    read = read or (lambda p: open(p, encoding="utf-8").read() if os.path.exists(p) else "")
    return advisory["mitigation"] if needle and needle in read(path) else None


def audit(components, advisories, fail_at, read=None):
    """Prints one line per finding; returns the findings that fail the audit."""
    failing = []
    threshold = SEVERITIES.index(fail_at)
    for component in components:
        for advisory in advisories:
            if not matches(component, advisory) or not in_range(component[2], advisory["affected"]):
                continue
            covered = mitigated(advisory, read)
            fails = covered is None and SEVERITIES.index(advisory["severity"]) >= threshold
            verdict = "FAIL" if fails else ("mitigated by " + covered if covered else "below threshold")
            print(f"  {advisory['severity']:>8}  {component[1]} {component[2]}  {advisory['id']}: "
                  f"{advisory['summary']}  [{verdict}]  ({component[3]})")
            if fails:
                failing.append((component, advisory))
    return failing


def self_test(advisories):
    """The matcher must refuse the versions the issue names and pass the fixed ones."""
    assert compare("6.8.3", "6.8.4") < 0 and compare("6.8.6", "6.8.4") > 0
    assert compare("2.0-beta9", "2.0.0") < 0 and compare("2.15.0", "2.0-beta9") > 0
    assert compare("39.0.1.Final", "39.0.1") == 0 and compare("2.12.6.1", "2.12.6") > 0
    assert in_range("6.8.3", ">=6.0.0 <6.8.4") and not in_range("6.8.6", "<5.11.0 || >=6.0.0 <6.8.4")
    with_option = lambda path: "convert_unsafe_embeds: true"
    without_option = lambda path: ""
    print("self-test: TinyMCE 6.8.3 (the landed composer) must fail")
    assert audit([("npm", "tinymce", "6.8.3", "self-test")], advisories, "moderate", with_option)
    print("self-test: TinyMCE 6.8.6 must fail without convert_unsafe_embeds and pass with it")
    assert audit([("npm", "tinymce", "6.8.6", "self-test")], advisories, "moderate", without_option)
    assert not audit([("npm", "tinymce", "6.8.6", "self-test")], advisories, "moderate", with_option)
    print("self-test: PostgreSQL JDBC 42.7.1 must fail (critical), 42.7.2 must pass; also as a WildFly module jar")
    assert audit([("maven", "org.postgresql:postgresql", "42.7.1", "self-test")], advisories, "high")
    assert not audit([("maven", "org.postgresql:postgresql", "42.7.2", "self-test")], advisories, "low")
    assert audit([("jar", "postgresql", "42.7.1", "self-test")], advisories, "high")
    print("self-test: passed")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--advisories", required=True)
    parser.add_argument("--npm-lock", action="append", default=[])
    parser.add_argument("--maven-list", action="append", default=[])
    parser.add_argument("--jars", action="append", default=[])
    parser.add_argument("--component", action="append", default=[],
                        help="one more component as ecosystem:name:version, e.g. maven:org.postgresql:postgresql:42.7.14")
    parser.add_argument("--fail-at", choices=SEVERITIES, default="moderate")
    parser.add_argument("--self-test", action="store_true")
    args = parser.parse_args()
    advisories = read_advisories(args.advisories)
    if args.self_test:
        self_test(advisories)
        return 0
    components = [c for p in args.npm_lock for c in npm_inventory(p)]
    components += [c for p in args.maven_list for c in maven_inventory(p)]
    components += [c for d in args.jars for c in jar_inventory(d)]
    for spec in args.component:
        ecosystem, _, rest = spec.partition(":")
        name, _, version = rest.rpartition(":")
        components.append((ecosystem, name, version, "--component"))
    if not components:
        sys.exit("dependency audit: found nothing to check; is the inventory empty?")
    print(f"dependency audit: {len(components)} components against {len(advisories)} advisories "
          f"({args.advisories}), failing at {args.fail_at} or above")
    failing = audit(components, advisories, args.fail_at)
    if failing:
        print(f"dependency audit: FAILED, {len(failing)} unmitigated advisories at {args.fail_at} or above")
        return 1
    print("dependency audit: no unmitigated known advisory")
    return 0


if __name__ == "__main__":
    sys.exit(main())
