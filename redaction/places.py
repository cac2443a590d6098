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
_NAME = rf"{_NAME_WORD}(?:{_JOIN}(?:[ \t]+|[ \t]*\n[ \t]*){_NAME_WORD}){{0,5}}"
_SCHOOL_KIND = (
    r"(?:(?:C\.?\s?of\s?E\.?|CE|CofE|RC|R\.C\.|Catholic|Church\s+of\s+England|Methodist|"
    r"Islamic|Muslim|Jewish|Community|Free|Independent|Special|Girls'?|Boys'?|Grammar|"
    r"Comprehensive|Infant|Infants'?|Junior|Juniors'?|Nursery|Primary|Secondary|High|Upper|"
    r"Middle|Lower|Academy|Sixth\s+Form|Technical|Prep(?:aratory)?)[ \t]+)*"
    r"(?:Academy|School|Primary|College|Sixth\s+Form(?:\s+College)?|Infants?|Juniors?|"
    r"Grammar|Comprehensive|Pupil\s+Referral\s+Unit|PRU|Free\s+School|High|Madrasa|"
    r"Madrassa|Madrasah)"
)
_SCHOOL = re.compile(rf"(?<![\w'’])(?P<n>{_NAME})(?:[ \t]+|[ \t]*\n[ \t]*)"
                     rf"(?P<k>{_SCHOOL_KIND}|(?i:{_SCHOOL_KIND}))\b")
# in transcribed speech: "hebble valley high school" (a word no dictionary has in it)
_LOWER_SCHOOL = re.compile(r"(?<![\w'’])(?P<n>(?:[a-z][a-z'’\-]+[ \t]+){1,3})"
                           r"(?P<k>high school|academy|primary school|primary|college|"
                           r"grammar school|secondary school|high|pru|learning centre|"
                           r"learning)\b")  # "hadley learning": a trust's school
_CARE_KIND = re.compile(
    r"(?i)^[ \t]*(?:\([ \t]*|,[ \t]*(?:an?|the)[ \t]+)?(?:(?:local\s+authority|private|"
    r"council|out[\s\-]of[\s\-]area|two|three|four|five|six|\d)[\s\-]+(?:bed(?:ded)?[\s\-]+)?)?"
    r"(?:short\s+breaks?\s+unit|respite(?:\s+unit)?|"
    r"children['’]?s\s+home|childrens\s+home|care\s+home|residential\s+"
    r"(?:unit|home|children['’]?s\s+home|placement|school)|supported\s+(?:lodgings?|"
    r"accommodation|housing)|semi[\s\-]independent(?:\s+(?:unit|accommodation|"
    r"placement))?|secure\s+(?:unit|children['’]?s\s+home)|hostel|unit|foyer)\b"
)
_HOUSE = re.compile(
    rf"(?<![\w'’])(?P<n>(?:The[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}}"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)"
    r"(?i:House|Lodge|Cottage|Court|View|Grange|Hall|Farm|Villa|Villas|Manor|Croft|Barn|"
    r"Gardens|Place|Mews|Close|Rise|Lea|Centre|Lodgings))\b"
    r"|(?<![\w'’])(?P<t>(?:The|THE|the)[ \t]+(?:[A-Z][a-z]+s|[A-Z]{3,}S))\b"  # "The Willows"
)
_CARE_NEAR = re.compile(
    r"(?i)\b(?:children['’]?s\s+home|care\s+home|residential|placement|placements|placed|"
    r"placing|foster|fostering|supported\s+lodging|semi[\s\-]independent|hostel|"
    r"key\s*worker|residential\s+worker|care\s+staff|home\s+manager|unit\s+manager|"
    r"staff\s+at|lives?\s+at|living\s+at|resident\s+at|resides?\s+at|reside[sd]?\s+at|"
    r"moved\s+to|returned\s+to|missing\s+from|absconded\s+from|went\s+missing|"
    r"collected\s+from|dropped\s+(?:her\s+|him\s+)?(?:off\s+)?(?:back\s+)?(?:at|to)|"
    r"looked[\s\-]after|LAC|CLA|in(?:to)?\s+care|care\s+at|unit|daily\s+record|"
    r"young\s+persons?|residents?|night\s+staff|missing|returned|staff|carers?|project|"
    r"provider|provision|bedsit|flat)\b"
    r"|['’]s\s+home\b|\b(?:her|his|their)\s+home\b"  # "C1's home, Fernleigh Court"
)
# town halls and civic centres are nobody's home
_PUBLIC_BUILDING = re.compile(
    r"(?i)\b(?:city|town|county|village|civic|guild|church|parish|council|crown|"
    r"magistrates['’]?|police|fire|community|leisure|health|medical|sports)\s+(?:hall|centre|"
    r"center|house|court|station)\b"
)
_EDUCATION_NEAR = re.compile(
    r"(?i)\b(?:tuition|PRU|pupil|pupils|education|timetable|alternative\s+provision|school|"
    r"teacher|lessons|attendance|exclusion|excluded|year\s+\d{1,2})\b"
)
# in transcribed speech, after a care or school word: "my teacher at normanton vale"
_BARE_LOWER = re.compile(
    r"\b(?:teacher|teachers|school|pupil|placed|placement|staff|carers?|worker)\s+(?:at|from)"
    r"[ \t]+(?P<n>[a-z][a-z'’\-]+(?:[ \t]+[a-z][a-z'’\-]+)?)"
)
# what a capitalised name before "School"/"College" must not be
_NOT_A_SCHOOL = frozenset(
    "police fire defence nursing medical royal the national local a an this that his her "
    "their our my your its same new old previous current primary secondary high private "
    "former residential council registered specialist secure independent emergency other "
    "another mainstream alternative special".split()
)
# the kind word of a place that is no school: a line ending with one ends the name
_OTHER_PLACES = frozenset("surgery practice centre hospital clinic pharmacy police council "
                          "service services team office station unit".split())
_AGENCY_SCHOOL = re.compile(r"(?i)\b(?:College\s+of\s+Policing|Royal\s+College|University|"
                            r"Police\s+College|Staff\s+College)\b")


# a bare name where a child is placed or taught: "placed at Thornlea", "goes to Coppice Vale"
_BARE = re.compile(
    r"(?i:\b(?:placed\s+(?:at|in|with)|placement\s+(?:at|in)|goes\s+to|attends|attended|"
    r"pupil\s+at|student\s+at|year\s+\d{1,2}\s+at|excluded\s+from|returned\s+to|"
    r"missing\s+from|absconded\s+from|staff\s+at|manager\s+at|key\s*worker\s+at|"
    r"lives\s+at|living\s+at|resident\s+at|(?:stays|staying|stayed)\s+at|head(?:teacher)?\s+(?:of|at)|DSL\s+at|"
    r"teachers?\s+at|(?:form\s+)?tutor\s+at|head\s+of\s+year\s+at|on\s+roll\s+at|"
    r"(?:learning\s+)?mentor\s+at|school\s+nurse\s+at|"
    r"safeguarding\s+lead\s+at|enrolled\s+at|attendance\s+at|"
    r"moved\s+(?:me\s+|her\s+|him\s+|them\s+)?(?:in)?to|transferred\s+to|move\s+into|"
    r"(?:move|moving)\s+(?:her\s+|him\s+)?to|"
    r"(?:moved|moving|transferred)\s+from\s+[^.;\n]{1,40}?\s+to|alternative\s+offered\s+at|"
    r"(?:moved|moving|move)\s+into\s+(?:flat|room|apartment)\s+\d+[a-z]?,?\s+(?:at|in)|"
    r"pick(?:s|ed)?\s+(?:us|her|me|them|him)\s+up\s+from|visits?\s+to|"
    r"collect(?:s|ed|ing)?\s+(?:[A-Za-z]+\s+)?from))"
    r"(?:[ \t]+|[ \t]*\n[ \t]*)[\"'“‘]?(?:the[ \t]+)?"
    r"(?P<n>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})"
)
# "owns Bracken Edge, the semi-independent unit": a name, then what kind of home it is
_CARE_APPOSITIVE = re.compile(
    r"(?<![\w'’])(?P<n>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2}),[ \t]+(?:a|an|the|her|his)"
    r"[ \t]+(?:(?:new|current|former|previous|emergency|solo|private(?:ly[ \t]+run)?)[ \t]+)?"
    r"(?i:semi-independent|children['’]s[ \t]+home|residential|supported[ \t]+(?:accommodation|"
    r"lodgings?)|care[ \t]+home|foster[ \t]+(?:home|placement)|placement|unit\b)")
# "from the children's home - Ashgrove, the one on the hill", "a residential unit called
# Thornlea": the kind of home, then its name
_CARE_THEN_NAME = re.compile(
    r"(?i:children['’]?s[ \t]+home|care[ \t]+home|residential[ \t]+(?:unit|home)|"
    r"supported[ \t]+lodgings?|semi-independent[ \t]+(?:unit|flat)|foster[ \t]+placement)"
    r"(?:[ \t]*[-–—:(][ \t]*|[ \t]+(?:called|named|known[ \t]+as)[ \t]+)[\"'“‘]?"
    r"(?P<n>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})")
# the heading of a home's own record: "HOLLINBANK - STAFF ROTA w/c 24 October"
_HOME_RECORD_HEAD = re.compile(
    r"(?m)^[ \t]*(?P<n>[A-Z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,2})[ \t]*[-–—:|][ \t]*"
    r"(?i:(?:staff[ \t]+)?rota|daily[ \t]+(?:log|record)|shift[ \t]+(?:log|handover)|"
    r"handover[ \t]+(?:book|sheet|log)|communication[ \t]+book|"
    r"missing[ \t]+(?:log|from[ \t]+home[ \t]+log)|"
    r"sleep-in[ \t]+rota)\b")
_HOME_RECORD_CUES = re.compile(
    r"(?i)\b(?:registered[ \t]+manager|ofsted[ \t]+urn|children['’]?s[ \t]+home|sleep-in|"
    r"waking[ \t]+night|key[ \t]+child|residential[ \t]+(?:unit|home|worker))\b")
_NOT_HOME_WORDS = frozenset(
    "police council team service services trust hospital station unit office department "
    "constabulary board partnership agency duty emergency edt mash custody".split())
_SCHOOL_CONTEXT = re.compile(r"(?i)\b(?:goes\s+to|went\s+to|attends|attended|pupil|student|"
                             r"year\s+\d|excluded|head|DSL|safeguarding\s+lead|enrolled|"
                             r"teachers?|tutor|form\s+tutor|on\s+roll|mentor|"
                             r"learning\s+mentor|school\s+nurse)\b")


def find_child_places(text: str) -> Iterator[PlaceHit]:
    """Schools anywhere; houses and lodges only with a care word within a sentence; a bare
    name right after "placed at", "goes to", "missing from"... (the caller drops towns,
    agencies and people)."""
    for m in _BARE.finditer(text):
        words = m.group("n").split()
        while len(words) > 1 and words[-1].isupper() and lexicon.fold(
                words[-1]) in lexicon.stop_words() | {"not", "no", "yes", "agreed"}:
            words.pop()  # "move to Bracken Edge NOT agreed"
        while words and (lexicon.is_dictionary_word(words[-1]) and not words[-1].isupper()
                         and len(words) > 1 and lexicon.fold(words[-1]) not in _KIND_WORDS
                         and lexicon.fold(words[-1]) not in _PLACE_TAILS):
            words.pop()
        name = " ".join(words).rstrip("'’")  # "lives at 'the Oaks'"
        folded = lexicon.fold(lexicon.strip_possessive(name))
        if not words or folded in lexicon.not_names() or folded in lexicon.stop_words() \
                or folded in _TOWNS() or lexicon.is_month_or_day(folded):
            continue  # "moved to Leeds", "returned to School"
        if re.match(r"(?i)head", m.group()) and len(words) == 1 and (
                lexicon.is_dictionary_word(folded)):
            continue  # "Head of Service", "Head of Licensing": a department
        kind = "school" if _SCHOOL_CONTEXT.match(m.group(0)) else "care_placement"
        start = m.start("n")
        yield PlaceHit(kind, start, start + len(name), name, "place_context", 0.6)
    for m in _CARE_APPOSITIVE.finditer(text):
        name = lexicon.fold(m.group("n"))
        if name not in _TOWNS() and name not in lexicon.not_names():
            yield PlaceHit("care_placement", m.start("n"), m.end("n"), m.group("n"),
                           "care_appositive", 0.6)
    for m in _CARE_THEN_NAME.finditer(text):
        if _home_name(m.group("n")):
            yield PlaceHit("care_placement", m.start("n"), m.end("n"), m.group("n"),
                           "care_appositive", 0.6)
    if _HOME_RECORD_CUES.search(text):
        for m in _HOME_RECORD_HEAD.finditer(text):
            if _home_name(m.group("n")):
                yield PlaceHit("care_placement", m.start("n"), m.end("n"), m.group("n"),
                               "home_record_heading", 0.6)
    for m in _BARE_LOWER.finditer(text):
        words = m.group("n").split()
        if any(lexicon.is_name_like(w) for w in words) and not all(
                lexicon.is_dictionary_word(w) for w in words):
            while words and lexicon.is_dictionary_word(words[-1]) and len(words) > 1 and not (
                    lexicon.fold(words[-1]) in _KIND_WORDS or lexicon.fold(words[-1]) in (
                        "vale", "valley", "park", "hill", "green")):
                words.pop()
            name = " ".join(words)
            kind = "school" if re.match(r"(?i)teacher|school|pupil", m.group()) else (
                "care_placement")
            yield PlaceHit(kind, m.start("n"), m.start("n") + len(name), name, "place_lower",
                           0.6)
    for m in _LOWER_SCHOOL.finditer(text):
        words = m.group("n").split()
        stops = [i for i, w in enumerate(words) if lexicon.fold(w) in lexicon.stop_words()]
        if stops:  # "begum at brookfield high": the name starts after the last "at"
            words = words[stops[-1] + 1:]
        while words and lexicon.is_dictionary_word(words[0]):
            words = words[1:]
        if words:
            start = m.start("n") + m.group("n").index(words[0])
            yield PlaceHit("school", start, m.end(), text[start:m.end()], "school_lower", 0.7)
    for m in _SCHOOL.finditer(text):
        name, kind = m.group("n"), m.group("k")
        if kind.isupper() != name.isupper() or _PUBLIC_BUILDING.search(m.group()):
            continue  # "Risk HIGH": capitals only when the whole name is in capitals
        if re.match(r"[ \t]+(?:Street|Road|Lane|St|Rd)\b", text[m.end():m.end() + 8]):
            continue  # "Stockton High Street" is a street
        if "\n" in name:  # a label cell above the name: "Designated Safeguarding Lead\nX"
            head, _, tail = name.rpartition("\n")
            if all(lexicon.is_dictionary_word(w) or lexicon.is_not_a_name(w)
                   for w in head.split()) or lexicon.fold(head.split()[-1]) in _OTHER_PLACES:
                name = tail  # "Smallthorne Surgery\nBirches Head Academy": two places
        start_n = m.end("n") - len(name)
        if "\n" in text[m.end("n"):m.start("k")] and all(
                w.isupper() and len(w) <= 4 or lexicon.is_dictionary_word(w)
                and lexicon.fold(w) not in _TOWNS() for w in name.split()) and re.match(
                r"[ \t]*(?:\n|$)", text[m.end():]) and re.search(
                r"(?:^|\n|/)[ \t]*$", text[max(0, start_n - 3):start_n]):
            continue  # "GP\nSchool", "White British\nSchool": a form's cells read down
        words = name.split()
        while words and lexicon.fold(words[0]) in _NOT_A_SCHOOL:
            words = words[1:]
        if not words or _AGENCY_SCHOOL.search(m.group()) or re.search(
                r"(?i)\bvirtual$", name.strip()):  # the Virtual School is the council's team
            continue
        if kind in ("High", "Primary", "Grammar", "Comprehensive", "Infants", "Juniors",
                    "Infant", "Junior") and len(words) == 1 and lexicon.is_dictionary_word(
                        words[0]):
            continue  # "Very High", "Ward Primary"-like phrases in running text
        start = m.start("n") + m.group("n").rindex(words[0], 0, len(m.group("n")) - len(
            " ".join(words[1:])))
        yield PlaceHit("school", start, m.end(), text[start:m.end()], "school_kind", 0.85)
    for m in _HOUSE.finditer(text):
        g = "n" if m.group("n") else "t"
        start, end = m.start(g), m.end(g)
        if _PUBLIC_BUILDING.search(m.group(g)):
            continue
        after = _CARE_KIND.match(text, end)
        if after:
            yield PlaceHit("care_placement", start, end, text[start:end], "care_kind", 0.9)
            continue
        window = text[max(0, start - 120): min(len(text), end + 100)]
        if text[start:end].lower().endswith("centre"):
            if _EDUCATION_NEAR.search(window):  # "tuition at The Spindle Point Centre"
                yield PlaceHit("school", start, end, text[start:end], "school_context", 0.75)
        elif _CARE_NEAR.search(window):
            yield PlaceHit("care_placement", start, end, text[start:end], "care_context",
                           0.75)
    yield from named_placements(text)
    # "Hollins children's home", "the Oakfield residential unit"
    for m in re.finditer(rf"(?<![\w'’])(?P<n>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})"
                         r"(?=\s+(?:[Cc]hildren['’]?s\s+[Hh]ome|[Rr]esidential\s+"
                         r"(?:[Uu]nit|[Hh]ome|[Pp]lacement)|[Ss]upported\s+(?:[Ll]odgings?|"
                         r"[Aa]ccommodation|[Hh]ousing)|[Cc]are\s+[Hh]ome|[Ss]emi[\s\-]"
                         r"[Ii]ndependent|[Ss]ecure\s+[Uu]nit|[Ff]oster\s+[Pp]lacement))",
                         text):
        words = m.group("n").split()
        while words and lexicon.fold(words[0]) in _NOT_A_SCHOOL:
            words = words[1:]
        if words:
            start = m.end("n") - len(" ".join(words))
            yield PlaceHit("care_placement", start, m.end("n"), text[start:m.end("n")],
                           "care_kind", 0.85)


def _home_name(name: str) -> bool:
    """A name a home may have: no town, no body's word, not ordinary words alone."""
    words = [lexicon.fold(w) for w in name.split()]
    return bool(words) and lexicon.fold(name) not in _TOWNS() and not any(
        w in _NOT_HOME_WORDS or w in lexicon.not_names() or w in lexicon.stop_words()
        for w in words) and not all(lexicon.is_dictionary_word(w) for w in words)
    # "Oak Lodge" is found by its kind word elsewhere; "Registered Manager" is no home


_PLACEMENT_WORDS = frozenset(
    "current previous former new last first next emergency respite kinship family permanent "
    "foster fostering residential temporary interim planned unplanned out-of-area agency "
    "private council connected parent short long stable suitable solo sibling this that "
    "another any each every no one her his their my our your the a an".split()
)
_NAMED_PLACEMENT = re.compile(
    r"(?<![\w'’])(?P<n>[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?(?:[ \t]+[A-Z][\w'’]+)?)"
    r"[ \t]+(?:foster[ \t]+|residential[ \t]+|kinship[ \t]+|family[ \t]+)?placement\b"
)


def named_placements(text: str) -> Iterator[PlaceHit]:
    """"the Llewellyn placement", "Thornbury placement": a carer's surname or a home's
    name before "placement" (not "Current placement" or "Foster placement")."""
    for m in _NAMED_PLACEMENT.finditer(text):
        words = m.group("n").split()
        if any(lexicon.fold(w) in _PLACEMENT_WORDS or lexicon.fold(w) in _TOWNS()
               or lexicon.fold(w) in lexicon.stop_words() for w in words) or all(
                lexicon.is_dictionary_word(w) and lexicon.fold(w) not in lexicon.surnames()
                for w in words):
            continue
        yield PlaceHit("care_placement", m.start("n"), m.end("n"), m.group("n"),
                       "named_placement", 0.7)


def _TOWNS() -> frozenset[str]:  # noqa: N802 - a cached lookup read like a constant
    from .names import town_names

    return town_names() | {"home", "school", "care", "college", "work", "court", "hospital"}


_KIND_WORDS = frozenset(
    "academy school primary college high grammar comprehensive infants juniors infant junior "
    "house lodge cottage court view grange hall farm villa villas manor croft barn gardens "
    "place mews close rise lea unit home centre".split()
)
# the last word of many a house or school name, which a dictionary also has: "Laurel Bank",
# "Crossley Heath", "Ryburn Valley" lose their identity if it is dropped
_PLACE_TAILS = frozenset(
    "bank heath valley vale hill hills park green grove wood woods field fields brook edge top "
    "moor dale side end gate bridge cross mount row terrace meadow meadows way walk garth "
    "lane hollow ridge ridings springs spring well wells leys fen brow point".split()
)


def place_forms(name: str) -> list[str]:
    """The whole name of a school or placement and its name without the kind word, when
    that identifies on its own: "Hebble Valley High School" -> "Hebble Valley";
    "Larkfield House" -> "Larkfield"; not "Beech" of "Beech House"."""
    words = name.split()
    forms = [" ".join(words)]
    while words and lexicon.fold(words[-1]) in _KIND_WORDS | {"rc", "ce", "c", "of", "e",
                                                                "catholic", "community"}:
        words.pop()
    if words and words != name.split() and not (
            len(words) == 1 and lexicon.fold(words[0]) in _PLACE_TAILS):
        bare = " ".join(words)  # not "Park" of "Park View Academy"
        # "Durham" of "Durham Sixth Form Centre" is the city wherever else it stands
        if lexicon.fold(bare) not in _TOWNS() and (
                len(words) > 1 or lexicon.is_name_like(bare) or not (
                    lexicon.fold(bare) in lexicon.stop_words() or lexicon.is_not_a_name(bare)
                    and lexicon.fold(bare) in lexicon.not_names())):
            forms.append(bare)  # "Kingfisher" of "Kingfisher Lodge": capitalised only
    capitals = [w for w in name.split() if w[:1].isupper() and w.lower() not in ("the", "of")]
    if len(capitals) >= 3 and len(capitals) == len(name.split()):
        initials = "".join(w[0] for w in capitals).upper()
        if not lexicon.is_dictionary_word(initials.lower()):
            forms.append(initials)  # "Belgrave Meadows College" is "BMC" to its staff
    return forms


def has_place_tail(name: str) -> bool:
    """"Laurel Bank", "Crossley Heath": a last word that names a place, not a surname."""
    words = name.split()
    return len(words) > 1 and lexicon.fold(words[-1]) in (_PLACE_TAILS | _KIND_WORDS)
