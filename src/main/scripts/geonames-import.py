#!/usr/bin/python3
"""Loads places of the beat from the GeoNames dump files into Livebrief's name authority.

GeoNames (https://www.geonames.org, CC BY 4.0) publishes its gazetteer as dump files at
https://download.geonames.org/export/dump/. Download, into one directory:

    cities15000.zip (or cities5000.zip, cities1000.zip, allCountries.zip)   -> cities15000.txt
    alternateNamesV2.zip                                                     -> alternateNamesV2.txt
    admin1CodesASCII.txt

then run, as an admin of the Livebrief server (a bearer token from POST /api/tokens, or -u user:password):

    src/main/scripts/geonames-import.py --dir ~/geonames --url https://cms.example/livebrief/ --token lbt_...

Every city of the chosen countries (default: the beat, from the Balkans to Afghanistan) with at least
--min-population people, and every first-level region (oblast, province …) of those countries, is registered
with POST /api/names/import in batches: its names in the chosen languages (GeoNames' preferred name per
language, else its first plain one; English from GeoNames' English name), and its former names (GeoNames'
isHistoric names, any language) as historical variants, with the years GeoNames gives (from/to). Colloquial,
short and non-language names (post codes, IATA, links) are left out.

Rerunning is safe: a place whose name the authority already holds in that language is reported as a
duplicate with the id it has, and nothing is changed. Two places of one country with the same name in the
same language (homonym villages) keep the first; a region is told apart from its capital by its
administrative word. The output of --dry-run is the JSON body the import would send, for review.
"""
import argparse
import base64
import json
import os
import sys
import urllib.error
import urllib.request

BEAT = ("UA,RU,BY,MD,RO,PL,LT,LV,EE,GE,AM,AZ,KZ,UZ,KG,TJ,TM,AF,IR,TR,RS,BA,ME,MK,AL,XK,BG,HR,SI,HU,SK,CZ")
LANGUAGES = ("en,uk,ru,be,pl,ro,lt,lv,et,ka,hy,az,kk,uz,ky,tg,tk,fa,ps,tr,sr,bs,hr,me,mk,sq,bg,sl,hu,sk,cs,de,fr,"
             "crh,tt,ba,ce,os,ab")
REGION_WORDS = {"region", "oblast", "province", "krai", "kray", "republic", "county", "district", "governorate",
                "voivodeship", "okrug", "municipality", "city"}
NOT_LANGUAGES = {"", "post", "link", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "fr_1793"}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def year_date(year, end):
    year = (year or "").strip()
    if len(year) != 4 or not year.isdigit():
        return None
    return year + ("-12-31" if end else "-01-01")


def places(directory, cities_file, countries, min_population):
    """GeoNames id -> {country, name, kind} for the cities and first-level regions to load."""
    chosen = {}
    admin1 = os.path.join(directory, "admin1CodesASCII.txt")
    for row in read_tsv(admin1):
        code, name, _ascii, geonameid = row[0], row[1], row[2], row[3]
        if code.split(".")[0] in countries:
            chosen[geonameid] = {"country": code.split(".")[0], "name": name, "kind": "region"}
    for row in read_tsv(os.path.join(directory, cities_file)):
        geonameid, name, feature_class, country, population = row[0], row[1], row[6], row[8], row[14]
        if feature_class == "P" and country in countries and int(population or 0) >= min_population:
            chosen[geonameid] = {"country": country, "name": name, "kind": "city"}
    return chosen


def alternate_names(directory, ids, languages):
    """GeoNames id -> its usable alternate names, in file order."""
    names = {}
    for row in read_tsv(os.path.join(directory, "alternateNamesV2.txt")):
        row += [""] * (10 - len(row))
        geonameid, language, text = row[1], row[2], row[3]
        if geonameid not in ids or not text.strip():
            continue
        preferred, short, colloquial, historic = row[4] == "1", row[5] == "1", row[6] == "1", row[7] == "1"
        # A former name often has no language in GeoNames (Pishpek); other names without one are codes.
        if short or colloquial or language in NOT_LANGUAGES and not (historic and language == ""):
            continue
        if not historic and language not in languages:
            continue
        names.setdefault(geonameid, []).append({"language": language, "text": text.strip(), "preferred": preferred,
                                                "historic": historic, "from": row[8], "to": row[9]})
    return names


def request(place, alternates, languages):
    by_language = {}
    for alt in alternates:
        if alt["historic"] or alt["language"] not in languages:
            continue
        held = by_language.get(alt["language"])
        if held is None or alt["preferred"] and not held["preferred"]:
            by_language[alt["language"]] = alt
    names = {language: alt["text"] for language, alt in by_language.items()}
    names.setdefault("en", place["name"])
    if place["kind"] == "region" and not REGION_WORDS & set(names["en"].lower().replace("-", " ").split()):
        # GeoNames often names a region as its capital (UA.07 Kharkiv): the English name says which it is.
        names["en"] += " region"
    current = {text.lower() for text in names.values()}
    variants = []
    seen = set()
    for alt in alternates:
        if not alt["historic"] or alt["text"].lower() in current or alt["text"].lower() in seen:
            continue
        seen.add(alt["text"].lower())
        variant = {"text": alt["text"], "kind": "historical"}
        if alt["language"] not in NOT_LANGUAGES and len(alt["language"]) in (2, 3):
            variant["language"] = alt["language"]
        valid_from, valid_to = year_date(alt["from"], False), year_date(alt["to"], True)
        if valid_from:
            variant["validFrom"] = valid_from
        if valid_to:
            variant["validTo"] = valid_to
        variants.append(variant)
    body = {"type": "place", "names": names}
    if variants:
        body["variants"] = variants
    return body


def post(url, batch, token, user):
    request = urllib.request.Request(url.rstrip("/") + "/api/names/import", data=json.dumps(batch).encode("utf-8"),
                                     method="POST", headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", "Bearer " + token)
    elif user:
        request.add_header("Authorization", "Basic " + base64.b64encode(user.encode("utf-8")).decode("ascii"))
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.load(response)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", required=True, help="directory holding the GeoNames files")
    parser.add_argument("--cities", default="cities15000.txt", help="the cities file (default cities15000.txt)")
    parser.add_argument("--countries", default=BEAT, help="ISO 3166 codes, comma-separated (default: the beat)")
    parser.add_argument("--languages", default=LANGUAGES, help="languages of current names (default: the beat's)")
    parser.add_argument("--min-population", type=int, default=15000)
    parser.add_argument("--url", help="Livebrief's base URL, …/livebrief/")
    parser.add_argument("--token", default=os.environ.get("LIVEBRIEF_TOKEN"), help="an admin's bearer token")
    parser.add_argument("-u", "--user", help="user:password of an admin (HTTP Basic) instead of a token")
    parser.add_argument("--batch", type=int, default=200, help="places per import request")
    parser.add_argument("--dry-run", action="store_true", help="print the JSON body instead of posting it")
    args = parser.parse_args()
    for name in (args.cities, "alternateNamesV2.txt", "admin1CodesASCII.txt"):
        if not os.path.isfile(os.path.join(args.dir, name)):
            sys.exit("%s is missing: download and unzip it from https://download.geonames.org/export/dump/"
                     % os.path.join(args.dir, name))
    countries = set(args.countries.split(","))
    languages = set(args.languages.split(","))

    chosen = places(args.dir, args.cities, countries, args.min_population)
    alternates = alternate_names(args.dir, chosen, languages)
    bodies = [request(place, alternates.get(geonameid, []), languages)
              for geonameid, place in sorted(chosen.items(), key=lambda p: int(p[0]))]
    if args.dry_run or not args.url:
        json.dump(bodies, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return
    totals = {"created": 0, "duplicates": 0, "errors": 0}
    if not args.token and not args.user:
        parser.error("--url needs an admin's --token (or -u user:password)")
    for start in range(0, len(bodies), args.batch):
        try:
            report = post(args.url, bodies[start:start + args.batch], args.token, args.user)
        except urllib.error.HTTPError as e:
            sys.exit("places %d-%d: the server answered %d: %s" % (start + 1, start + args.batch, e.code,
                                                                     e.read().decode("utf-8", "replace")[:500]))
        except urllib.error.URLError as e:
            sys.exit("cannot reach %s: %s" % (args.url, e.reason))
        for key in totals:
            totals[key] += len(report[key])
        for error in report["errors"]:
            print("place %d: %s" % (start + error["row"], error["detail"]), file=sys.stderr)
    print("%d places: %d created, %d already held, %d refused" % (len(bodies), totals["created"],
                                                                 totals["duplicates"], totals["errors"]))


if __name__ == "__main__":
    main()
