"""Words proposed as someone that are part of the name of a thing: a street, a district, a
body or an Act ("Victoria Street", "Moses Gate", "Stockport Magistrates' Court", "Witness
Service", "Criminal Procedure and Investigations Act").

Held-out documents lost kept places and bodies this way more than any other: a first name
that is also a street's first word ("Albion", "Talbot", "Alexandra") proposed as a person
and spread to the street, and an ordinary word taken for a nickname ("Court" for Courtney,
"Service", "Mail") spread into a body's name. A street alone is a public place, so the
word before a street's kind word goes; a body's name is a run of capitalised words, so an
ordinary word after a capitalised ordinary word goes. A person's own name survives both:
after a given name, a title or a kinship word ("Kayleigh Hill", "Mrs Court", "Uncle Park")
the word is a surname, and a name whose register entry says so ("full", "alias") is left.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import lexicon
from .names import area_names, town_names
from .proposal import Cand

# the kind word of a street or a public place: what a person's name is never followed by
_STREET_KINDS = frozenset(
    "road rd street st avenue ave drive crescent terrace gardens boulevard market square "
    "parade precinct gate estate way close grove walk mews row place rise brow fold wynd "
    "embankment quay wharf retail shopping interchange".split())
# kind words that are common surnames too ("Hill", "Park"): a place only where no given
# name comes before, or where the document puts it after "in", "at", "near"...
_SURNAME_KINDS = frozenset("hill park green lane heath wood field fields bank banks moor "
                           "dale vale brook common".split())
# the words of a body's or a place's name that an ordinary word before them makes one name:
# "Magistrates' Court", "Witness Service", "Cloth Market"
_THING_WORDS = frozenset(
    "court service services trust board team unit office police council market lane park "
    "hill gate heath green road street square centre hub panel group partnership agency "
    "mail news times boxing guardian".split())
_PLACE_CUE = re.compile(
    r"(?i)\b(?:in|at|on|near|from|around|off|via|to|into|through|towards|outside|behind|"
    r"by|the)[ \t]+$")
_NEXT_WORD = re.compile(r"(?:['’]s)?[ \t]+([A-Z][a-z]+)\b")
_PREV_WORD = re.compile(r"(?<![\w'’\-])([A-Z][\w\-]*(?:['’]s?|s['’])?)[ \t]+$")


def _sentence_start(text: str, pos: int) -> bool:
    """A word that opens a sentence ("Met Ace at..."), not one a line wrap split from the
    word before ("The\nWitness Service")."""
    before = text[max(0, pos - 40):pos]
    stripped = before.rstrip()
    return not stripped or stripped[-1] in ".!?:;)]'’\"”" or (
        "\n" in before[len(stripped):] and not stripped[-1].isalpha()
        and stripped[-1] != ",")


def _strong(source: str) -> bool:
    """A register entry's full name, alias or birth date: the register says who it is."""
    return bool(re.search(r"register:(?:full|alias|dob)(?!\w*:namesake)", source))


def cued_places(pages: Sequence[Page]) -> frozenset[str]:
    """First words of "X Hill", "X Park"... that the document writes after "in", "at",
    "near" somewhere: places, wherever else they stand ("found in Alexandra Park")."""
    rx = re.compile(r"([A-Z][\w\-]*(?:['’]s)?)[ \t]+(?:" + "|".join(
        w.capitalize() for w in sorted(_SURNAME_KINDS)) + r")\b")
    out = set()
    for page in pages:
        for m in rx.finditer(page.text):
            if _PLACE_CUE.search(page.text, max(0, m.start() - 12), m.start()):
                out.add(lexicon.fold(lexicon.strip_possessive(m.group(1))))
    return frozenset(out)


def _first_of_a_street(text: str, c: Cand, cued: frozenset[str]) -> bool:
    """"Albion" of "Albion Street", "Moses" of "Moses Gate", "Arthur's" of "Arthur's Hill"."""
    m = _NEXT_WORD.match(text, c.end)
    if not m:
        return False
    kind = lexicon.fold(m.group(1))
    span = text[c.start:c.end].split()
    if len(span) > 1 and lexicon.fold(span[0]) in lexicon.given_names():
        return False  # "Dean Prestwich Bank RSW": a full name, then a word
    last = lexicon.fold(lexicon.strip_possessive(span[-1])) if span else ""
    if kind in _STREET_KINDS:
        return True
    if kind not in _SURNAME_KINDS:
        return False
    return last in cued or last not in lexicon.given_names() or bool(
        re.search(r"['’]s$", text[c.start:c.end]) or re.match(r"['’]s", text[c.end:c.end + 2])
    )  # "Arthur's Hill": no one's name


def _word_of_a_things_name(text: str, c: Cand) -> bool:
    """An ordinary word after a capitalised ordinary word or a town, on one line: "Witness
    Service", "Stockport Magistrates' Court", "Hull Daily Mail", "Little Lever"."""
    span = text[c.start:c.end].strip("'’\"“”")
    if " " in span.strip() or span.isupper() and len(span) <= 4:
        return False  # "Given LB": initials signing a chart
    word = lexicon.fold(lexicon.strip_possessive(span))
    if not lexicon.is_dictionary_word(word) or word in lexicon.given_names() and (
            word not in _THING_WORDS):
        return False
    m = _PREV_WORD.search(text, max(0, c.start - 40), c.start)
    if not m or _sentence_start(text, m.start()):
        return False
    prev = lexicon.fold(lexicon.strip_possessive(m.group(1)).rstrip("'’"))
    if word in _THING_WORDS and re.search(r"\w['’]s?$", m.group(1)):
        return True  # "Arthur's Hill", "Magistrates' Court"
    if (prev in lexicon.titles() or prev in lexicon.relation_words()
            or prev in lexicon.stop_words() or prev in lexicon.given_names()
            and prev not in town_names()):
        return False
    return (lexicon.is_dictionary_word(prev) or prev in town_names()
            or m.group(1).rstrip("'’").endswith("s") and word in _THING_WORDS)


_BODY_AFTER = re.compile(r"(?:[ \t]+[A-Z][a-z]+){0,3}[ \t]+(?P<kind>Police|Council|Service|"
                         r"Services|Trust|Board|Partnership|Authority|Agency|Constabulary|"
                         r"Hub|Directorate|Department)\b")
_NO_ONES = frozenset(("Police", "Council", "Constabulary", "Authority"))  # "Cleveland Police"
_ROLE_NOUNS = frozenset("worker manager leader nurse officer consultant lead coordinator "
                        "supervisor assistant practitioner".split())
_ROLE_FIRST = frozenset("key shift deputy team senior support duty link named night care ward "
                        "charge case family youth bank agency".split())
_THE = re.compile(r"(?:The|THE)\s")
# where a place stands and a person does not: "in Shelton", "in Hanley and Shelton"
_PLACE_PREP = re.compile(r"\b(?:in|near|around|across|throughout)\s+"
                         r"(?:(?P<t>[A-Z][\w\-]+),?[ \t]+(?:and|or)[ \t]+)?$")
# a street's kind word inside a longer span: "Bigg Market - DOOR LOG", "Whalley New Road"
_KIND_INSIDE = frozenset("market road avenue drive crescent terrace boulevard square parade "
                         "precinct estate".split())


def street_words(pages: Sequence[Page]) -> tuple[frozenset[str], frozenset[str]]:
    """First words of the document's streets ("Elswick" of "Elswick Road"), and the words
    it writes after a given name or a title ("Mrs Hyde", "Rex FALLOWFIELD"): a word that
    names a street is a place where it stands alone too, unless it is also someone's."""
    rx = re.compile(r"\b([A-Z][a-z]{2,})[ \t]+(?:Road|Street|Avenue|Drive|Crescent|Terrace)\b")
    named = re.compile(r"\b([A-Z][A-Za-z]*\.?)[ \t]+([A-Z][A-Za-z]{2,})\b")
    streets, people = set(), set()
    for page in pages:
        streets.update(lexicon.fold(m.group(1)) for m in rx.finditer(page.text))
        people.update(lexicon.fold(m.group(2)) for m in named.finditer(page.text)
                      if lexicon.fold(m.group(1).rstrip(".")) in lexicon.titles()
                      or lexicon.fold(m.group(1)) in lexicon.given_names())
        # "DS Nicola\nHaworth 3318": a rank, a given name, and the surname a cell wrapped
        people.update(lexicon.fold(m.group(3)) for m in _TITLED_WRAPPED.finditer(page.text)
                      if lexicon.fold(m.group(1).rstrip(".")) in lexicon.titles()
                      and lexicon.fold(m.group(2)) in lexicon.given_names())
    return frozenset(streets - people), frozenset(people)


_TITLED_WRAPPED = re.compile(r"\b([A-Z][A-Za-z]*\.?)[ \t]+([A-Z][a-z]+)[ \t]*\n[ \t]*"
                             r"([A-Z][A-Za-z]{2,})\b")


def _a_place_alone(text: str, c: Cand, streets: frozenset[str],
                   people: frozenset[str]) -> bool:
    """One word that names a place, not a person: a town no one is named ("Peterlee", "Child
    Exploitation Team, Peterlee"), a word the document names a street by, a word after "in"."""
    span = text[c.start:c.end].strip()
    if " " in span or not span[:1].isupper():
        return False
    word = lexicon.fold(lexicon.strip_possessive(span))
    before = text[max(0, c.start - 14):c.start].split()
    titled = bool(before) and lexicon.fold(  # "(DS Haworth 3318)": the bracket is no word
        before[-1].lstrip("([{\"'“‘").rstrip(".")) in lexicon.titles()
    prep = _PLACE_PREP.search(text, max(0, c.start - 40), c.start)
    if prep and prep.group("t") and lexicon.fold(prep.group("t")) in town_names() and not (
            titled or word in people):
        return True  # "flats in Hanley and Shelton"
    if word in lexicon.given_names() or word in people or titled:
        return False  # "Mr Conway", "DC Preston"
    if word in town_names() and word not in lexicon.shipped_surnames():
        return True
    return word in streets or not re.search(r"['’]s?$", span) and bool(
        prep)  # not "in Bash's flat"


def part_of_a_things_name(text: str, c: Cand, cued: frozenset[str],
                          streets: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A person candidate that is part of a street's, a place's or a body's name."""
    if c.kind not in ("person", "protected_person") or _strong(c.source):
        return False
    registered = "register:" in c.source  # the register says someone has this name
    if _THE.match(text, c.start) and len(text[c.start:c.end].split()) == 2 and re.match(
            r"[ \t]+[A-Z]", text[c.end:c.end + 3]):
        return True  # "The Crown Court", "THE CROWN COURT" (but "Room 4, The Elms, Luton")
    span = text[c.start:c.end]
    words = [lexicon.fold(w) for w in span.split()]
    if len(words) == 2 and words[1] in _ROLE_NOUNS and (words[0] in _ROLE_FIRST or (
            lexicon.is_dictionary_word(words[0]) and words[0] not in lexicon.given_names())):
        return True  # "Key Worker", "Shift Leader", "Deputy Manager": a role
    if len(words) > 1 and any(w in _KIND_INSIDE for w in words[1:]):
        return True  # "Bigg Market - DOOR", "Whalley New Road"
    body = _BODY_AFTER.match(text, c.end)
    word = lexicon.fold(lexicon.strip_possessive(span.strip()))
    if body and " " not in span.strip() and (
            word not in lexicon.given_names() or body.group("kind") in _NO_ONES) and not (
            body.group("kind") == "Police" and word in lexicon.given_names()
            and word not in town_names() and word not in area_names()):
        return True  # "Northumbria Police", "Teesbridge Borough Council", "Crown Prosecution"
        # (but "(RM Gail Police log ...": a first name no force is named after, then the
        # next column of a table read across)
    return (_first_of_a_street(text, c, cued) or _word_of_a_things_name(text, c)
            or not registered and _a_place_alone(text, c, *streets))
