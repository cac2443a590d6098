"""Schools and care placements: where a child studies or lives identifies the child.

A named school is found by its kind ("Ridgeway Academy", "St Anne's RC Primary", "Holme
Valley High School", "Kirklees College"); a named children's home, residential unit or
supported lodging by its kind ("Hollins Lodge children's home") or, for a house name
("Beech House", "The Willows"), by care words nearby ("placed at", "residential unit",
"missing from"), since "Riverside House" may as well be a council office.  Agencies,
councils, forces, courts, universities and towns are not places of a child.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import lexicon


@dataclass(frozen=True, slots=True)
class PlaceHit:
    kind: str  # school, care_placement
    start: int
    end: int
    text: str
    rule: str
    confidence: float


_NAME_WORD = r"(?:St\.?|Saint|(?!(?:School|Academy|College)\b)(?:[A-Z][\w'’\-]*|[A-Z]{2,}))"
_JOIN = r"(?:[ \t]+(?:of|the|and|&|de|le|la|on|upon|in|under)(?=[ \t]+[A-Z]))?"
_NAME = rf"{_NAME_WORD}(?:{_JOIN}[ \t]+{_NAME_WORD}){{0,5}}"
_SCHOOL_KIND = (
    r"(?:(?:C\.?\s?of\s?E\.?|CE|CofE|RC|R\.C\.|Catholic|Church\s+of\s+England|Methodist|"
    r"Islamic|Muslim|Jewish|Community|Free|Independent|Special|Girls'?|Boys'?|Grammar|"
    r"Comprehensive|Infant|Infants'?|Junior|Juniors'?|Nursery|Primary|Secondary|High|Upper|"
    r"Middle|Lower|Academy|Sixth\s+Form|Technical|Prep(?:aratory)?)[ \t]+)*"
    r"(?:Academy|School|Primary|College|Sixth\s+Form(?:\s+College)?|Infants?|Juniors?|"
    r"Grammar|Comprehensive|Pupil\s+Referral\s+Unit|PRU|Free\s+School|High|Madrasa|"
    r"Madrassa|Madrasah)"
)
_SCHOOL = re.compile(rf"(?<![\w'’])(?P<n>{_NAME})[ \t]+(?P<k>{_SCHOOL_KIND})\b")
_CARE_KIND = re.compile(
    r"(?i)^[ \t]*(?:children['’]?s\s+home|childrens\s+home|care\s+home|residential\s+"
    r"(?:unit|home|children['’]?s\s+home|placement|school)|supported\s+(?:lodgings?|"
    r"accommodation|housing)|semi[\s\-]independent(?:\s+(?:unit|accommodation|"
    r"placement))?|secure\s+(?:unit|children['’]?s\s+home)|hostel|unit|foyer)\b"
)
_HOUSE = re.compile(
    rf"(?<![\w'’])(?P<n>(?:The[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}[ \t]+"
    r"(?:House|Lodge|Cottage|Court|View|Grange|Hall|Farm|Villa|Villas|Manor|Croft|Barn|"
    r"Gardens|Place|Mews|Close|Rise|Lea))\b"
    r"|(?<![\w'’])(?P<t>The[ \t]+[A-Z][a-z]+s)\b"  # "The Willows", "The Beeches"
)
_CARE_NEAR = re.compile(
    r"(?i)\b(?:children['’]?s\s+home|care\s+home|residential|placement|placements|placed|"
    r"placing|foster|fostering|supported\s+lodging|semi[\s\-]independent|hostel|"
    r"key\s*worker|residential\s+worker|care\s+staff|home\s+manager|unit\s+manager|"
    r"staff\s+at|lives?\s+at|living\s+at|resident\s+at|resides?\s+at|reside[sd]?\s+at|"
    r"moved\s+to|returned\s+to|missing\s+from|absconded\s+from|went\s+missing|"
    r"collected\s+from|dropped\s+(?:her\s+|him\s+)?(?:off\s+)?(?:back\s+)?(?:at|to)|"
    r"looked[\s\-]after|LAC|CLA|in\s+care)\b"
)
# what a capitalised name before "School"/"College" must not be
_NOT_A_SCHOOL = frozenset(
    "police fire defence nursing medical royal the national local a an this that his her "
    "their our my your its same new old previous current primary secondary high private "
    "former residential council registered specialist secure independent emergency other "
    "another mainstream alternative special".split()
)
_AGENCY_SCHOOL = re.compile(r"(?i)\b(?:College\s+of\s+Policing|Royal\s+College|University|"
                            r"Police\s+College|Staff\s+College)\b")


def find_child_places(text: str) -> Iterator[PlaceHit]:
    """Schools anywhere; houses and lodges only with a care word within a sentence."""
    for m in _SCHOOL.finditer(text):
        name, kind = m.group("n"), m.group("k")
        words = name.split()
        while words and lexicon.fold(words[0]) in _NOT_A_SCHOOL:
            words = words[1:]
        if not words or _AGENCY_SCHOOL.search(m.group()):
            continue
        if kind in ("High", "Primary", "Grammar", "Comprehensive", "Infants", "Juniors",
                    "Infant", "Junior") and len(words) == 1 and lexicon.is_dictionary_word(
                        words[0]):
            continue  # "Very High", "Ward Primary"-like phrases in running text
        start = m.start("n") + m.group("n").index(words[0])
        yield PlaceHit("school", start, m.end(), text[start:m.end()], "school_kind", 0.85)
    for m in _HOUSE.finditer(text):
        g = "n" if m.group("n") else "t"
        start, end = m.start(g), m.end(g)
        after = _CARE_KIND.match(text, end)
        if after:
            yield PlaceHit("care_placement", start, end, text[start:end], "care_kind", 0.9)
            continue
        window = text[max(0, start - 120): min(len(text), end + 100)]
        if _CARE_NEAR.search(window):
            yield PlaceHit("care_placement", start, end, text[start:end], "care_context",
                           0.75)
    # "Hollins children's home", "the Oakfield residential unit"
    for m in re.finditer(rf"(?<![\w'’])(?P<n>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
                         r"(?=[ \t]+(?:[Cc]hildren['’]?s[ \t]+[Hh]ome|[Rr]esidential[ \t]+"
                         r"[Uu]nit|[Ss]upported[ \t]+[Ll]odgings?|[Cc]are[ \t]+[Hh]ome))",
                         text):
        words = m.group("n").split()
        while words and lexicon.fold(words[0]) in _NOT_A_SCHOOL:
            words = words[1:]
        if words:
            start = m.end("n") - len(" ".join(words))
            yield PlaceHit("care_placement", start, m.end("n"), text[start:m.end("n")],
                           "care_kind", 0.85)
