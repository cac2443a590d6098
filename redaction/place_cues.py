"""Places the tagger missed or mis-kinded, for search facets: streets, addresses, towns.

spaCy's small model tags "Maltby" in "I live in Maltby" as a person, "Dunstable Road" as an
agency and misses most streets and addresses. The page says what they are: a house number and
a postcode, a street word, an "Address:" field, "in" or "lives in" before a town. Each finder
here adds a cue mention (labels in :mod:`redaction.entity_filters`) to a page's
:class:`Cues`; :mod:`redaction.context_cues` runs them with the organisation and person
finders, and resolution (:mod:`redaction.entity_resolution`) lets a cue decide the kind of
every mention of the same words in the document.
"""

from __future__ import annotations

import re

from ingest.pages import Page

from . import entity_cues, lexicon
from . import entity_filters as ef
from .column_gaps import column_cuts, split_at
from .entities import Mention, boxes_for_span
from .names import area_names

ADDRESS, STREET, TOWN, AGENCY_CUES = ef.ADDRESS, ef.STREET, ef.TOWN, ef.AGENCY_CUES
#: The cues whose name ends in the word that cues it ("Road", "Taxis"): a span across a
#: column's edge keeps its last cell.
_TAILED = frozenset({STREET, ef.ORG})

W = r"[A-Z][\w'’\-]*"  # a capitalised word
_STREET_TAIL = (r"(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Gardens|Terrace|"
                r"Walk|Row|Mews|Square|Parade|Place|Rd|St)")
_STREET_WORD = re.compile(rf"{_STREET_TAIL}\b")
_COMPASS = r"(?:[ \t]+(?:North|South|East|West|Upper|Lower))?"  # "Park Lane West"
_STREET = re.compile(rf"(?<![\w'’\-])(?P<n>(?:{W}[ \t]+){{1,3}}{_STREET_TAIL}{_COMPASS})"
                     r"(?![\w'’\-])(?![ \t]*\n?[ \t]*[A-Z][a-z])")
_LOWER_STREET = re.compile(
    r"\b(?:on|in|at|near|off|along|down|up|from|to|of|onto)[ \t]+(?P<n>[a-z][a-z'’\-]+"
    r"(?:[ \t]+[a-z][a-z'’\-]+)?[ \t]+(?:road|street|lane|avenue|close|drive|crescent|grove|"
    r"terrace)(?:[ \t]+(?:north|south|east|west))?)\b")
_BUILDING_TAIL = (r"(?:House|Hall|Centre|Center|Building|Buildings|Tower|Park|Estate|Plaza|"
                  r"Precinct|Arcade|Mill|Works|Chambers|Exchange)")
_BUILDING_TOWN = re.compile(
    rf"(?<![\w'’\-])(?P<b>(?:{W}[ \t]+){{1,3}}{_BUILDING_TAIL}),[ \t]*\n?[ \t]*"
    rf"(?P<t>{W}(?:[ \t]+{W})?)")
#: a house's name and then its village, which no list may hold ("Yew Tree Cottage, Church
#: Stretton", "Lower Barn Farm, Ings"), the village ending the clause
_HOUSE_TOWN = re.compile(
    rf"(?<![\w'’\-])(?P<b>(?:{W}[ \t]+){{1,3}}(?:Cottage|Cottages|Farm|Barn|Grange|Manor|"
    rf"Villas)),[ \t]*(?P<t>{W}(?:[ \t]+{W})?)(?=[ \t]*(?:[(,.;\n]|$))")
_POSTCODE = re.compile(r"(?<![\w/])(?P<pc>[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]+\d[A-Z]{2})?)(?![\w/])")
HOUSE_NUMBER = re.compile(r"^(?:(?:Flat|Unit|Apartment)[ \t]+\w+,?[ \t]*)?\d+[A-Za-z]?,?[ \t]+")
_TITLE_WORDS = re.compile(r"^(?i:mr|mrs|ms|miss|dr|dear|to|from|re|fao|attn)\b")
_MOTION_TO = re.compile(
    r"(?i:\b(?:went|go|goes|going|gone|taken?|takes|took|drove|driven|drive|drives|driving|"
    r"deliver\w*|moved?|moving|travel\w*|brought|bring|sent|ran|run|walked|back|trip|"
    r"journey|route|lift|lifts|returned|headed|heading|came|come|comes|coming|train|bus|"
    r"coach)\b[^.]{0,20}?\b(?:to|from)[ \t]+)$")
_IN_TOWN = re.compile(r"(?i:\b(?:in|near|outside|around|towards|into|via|through|across|"
                      r"enter|entering|entered|missing[ \t]+from)[ \t]*:?"
                      r"(?:[ \t]+|[ \t]*\n[ \t]*))$")  # "a house in\nShelthorpe": a wrapped line
#: a later item of a list of places after "in" ("housed in: Millfield, Gladstone or
#: Dogsthorpe", "between Hoyland, Barnsley and Rotherham"), not a list of surnames
_LISTED_AFTER_IN = re.compile(
    r"(?i:\b(?:in|near|enter|entering|between|around|outside|across)[ \t]*:?[ \t]+)"
    r"(?:[A-Z][\w\-]*(?:[ \t]+[A-Z][\w\-]*){0,2}[ \t]*(?:,|(?i:and|or)|&)[ \t]*)+$")
_LIVES_IN = re.compile(r"(?i:\b(?:lives?|living|lived|moved|based|born|resident|grew[ \t]+up)"
                       r"[ \t]+(?:in|at)[ \t]+)$")
_LABEL_TOWN = re.compile(r"(?i:\b(?:station|location|venue|address|town|area|district|ward|"
                         r"parish|suburb|village|"
                         r"location[ \t]+found|found[ \t]+at|seen[ \t]+at|place)[ \t]*:[ \t]*)$")
_AFTER_SITE = re.compile(r"(?i:\b(?:park|centre|center|road|street|lane|estate|station|house|"
                         r"drive|avenue|precinct|market)[ \t]*,[ \t]*)$")
_LOWER_PLACE = re.compile(r"\b(?P<p>in|at|from|to|near|round|around|outside)[ \t]+"
                          r"(?P<n>[a-z][a-z'’\-]{3,}(?:[ \t]+[a-z][a-z'’\-]{3,})?)\b")
_CAP_RUN = re.compile(r"(?<![\w'’\-])(?:[A-Z][a-z'’]+(?:-[a-z]+)*(?:-[A-Z][a-z'’]+)?|[A-Z]{3,})"
                      r"(?:[ \t]+(?:[A-Z][a-z'’]+(?:-[a-z]+)*(?:-[A-Z][a-z'’]+)?|[A-Z]{3,}))*"
                      r"(?![\w\-])")


def _places() -> frozenset[str]:
    return ef.place_names()


def _is_postcode(token: str) -> bool:
    return bool(ef.POSTCODE.match(token)) and any(c.isdigit() for c in token)


def _ambiguous_town(words: str) -> bool:
    """A town that is also a name or an English word ("Nelson", "Sale", "Maltby")."""
    parts = words.split()
    return len(parts) == 1 and (ef.is_known_name(words) or lexicon.is_dictionary_word(words))


class Cues:
    """The cue mentions of one page and the spans they cover."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.cuts = column_cuts(page)
        self.out: list[Mention] = []
        self.spans: list[tuple[int, int, str]] = []  # (start, end, label) of every cue

    def add(self, kind: str, label: str, start: int, end: int, text: str | None = None) -> None:
        if text is None and label in _TAILED:  # "Doreen Platt    Stanley Road" of a petition's
            start, end = split_at(start, end, self.cuts)[-1]  # rows: the street is the cell
        text = self.page.text[start:end] if text is None else text  # its tail word is in
        if not text.strip() or any(s == start and e == end and lab == label
                                   for s, e, lab in self.spans):
            return
        self.spans.append((start, end, label))
        canon = lexicon.fold(lexicon.strip_possessive(" ".join(text.split())))
        self.out.append(Mention(kind, label, text, self.page.number, start, end,
                                boxes_for_span(self.page, start, end), canon, [canon],
                                source="cues"))

    def covered(self, start: int, end: int, labels: frozenset[str] | None = None) -> bool:
        return any(s <= start and end <= e and (labels is None or lab in labels)
                   for s, e, lab in self.spans)


def trim_lead(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading stop words, titles and labels from a capitalised run ("The", "At")."""
    while True:
        m = re.match(r"([\w'’\-&]+)[ \t]+", text[start:end])
        if not m:
            return start, end
        w = m.group(1)
        street = _STREET_WORD.match(text, start + m.end())  # "Lord Street", "Lady Lane"
        if (lexicon.fold(w) in lexicon.stop_words() or ef.is_label(w)
                or _TITLE_WORDS.match(w)) and not (ef.is_title(w) and street):
            start += m.end()
        else:
            return start, end


def street_cues(cues: Cues, text: str) -> None:
    for m in _STREET.finditer(text):
        s, e = trim_lead(text, m.start("n"), m.end("n"))
        words = text[s:e].split()
        if len(words) < 2 or cues.covered(s, e, AGENCY_CUES):
            continue
        if any(w.isupper() and len(w) > 2 for w in words) and not re.search(
                r"\d[ \t]*$", text[max(0, s - 6):s]):
            continue  # a heading in capitals, unless a house number stands before it
        if ef.is_label(words[0]) and not (ef.is_title(words[0]) and len(words) == 2) or (
                ef.is_given_name(words[0]) and len(words) == 2) and (
                text[max(0, s - 3):s].strip() in ("Mr", "Mrs", "Ms")):
            continue
        cues.add("place", STREET, s, e)
    for m in _LOWER_STREET.finditer(text):
        first = m.group("n").split()[0]
        if lexicon.fold(first) in lexicon.stop_words() or (
                lexicon.is_dictionary_word(first) and not ef.is_place_name(first)):
            continue
        cues.add("place", STREET, m.start("n"), m.end("n"))
    for m in _BUILDING_TOWN.finditer(text):
        s, e = trim_lead(text, m.start("b"), m.end("b"))
        town = m.group("t")
        if cues.covered(s, e, AGENCY_CUES):
            continue  # "the Harbour Lights Guest House, Whitby": a business
        if ef.is_place_name(town) and not ef.has_agency_word(text[s:e].split()[:-1]):
            cues.add("place", ADDRESS, s, e)
            cues.add("place", TOWN, m.start("t"), m.end("t"))
    for m in _HOUSE_TOWN.finditer(text):
        s, e = trim_lead(text, m.start("b"), m.end("b"))
        town = m.group("t").split()
        if (cues.covered(s, e, AGENCY_CUES) or ef.has_agency_word(text[s:e].split())
                or ef.is_given_name(town[0]) and not lexicon.is_dictionary_word(town[0])
                or any(ef.is_label(w) or ef.is_title(w) for w in town)):
            continue  # not "Rose Cottage, Mary Hinchcliffe"; "Church Stretton" is a village
        cues.add("place", ADDRESS, s, e)
        cues.add("place", TOWN, m.start("t"), m.end("t"))


def _address_part(part: str) -> tuple[bool, bool]:
    """(is it an address line, did a house number stand before it)."""
    m = HOUSE_NUMBER.match(part)
    numbered = bool(m)
    rest = part[m.end():] if m else part
    words = rest.split()
    if not words or len(words) > 4 or not all(w[:1].isupper() for w in words):
        return False, numbered
    if ef.has_agency_word(words) and not numbered or _TITLE_WORDS.match(rest) or any(
            ef.is_label(w) and not ef.is_place_name(w) for w in words[:1]):
        return False, numbered
    last = lexicon.fold(words[-1])
    streetish = last in ef.STREET_WORDS or last in ef.LOCALITY_WORDS or last in (
        "house", "hall", "centre", "center", "building", "buildings", "tower", "court", "mill")
    return numbered or streetish or ef.is_place_name(rest), numbered


def address_cues(cues: Cues, text: str) -> None:
    """Every line of an address ending in a postcode: "41 Primrose Bank, Middleton, Rochdale
    M24", "City Hall, Bradford BD1 1HY", "Addenbrooke House\\nTelford TF3 4NT"."""
    for m in _POSTCODE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        town = re.search(rf"(?P<t>{W}(?:[ \t]+{W}){{0,2}}),?[ \t]*$", before)
        if not town or not (ef.is_place_name(town.group("t")) or _address_part(
                town.group("t"))[0]):
            continue
        t0 = line_start + town.start("t")
        cues.add("place", ADDRESS, t0, t0 + len(town.group("t")))
        # earlier parts: back along the line by commas, then up the lines
        pos, taken = t0, 0
        while taken < 3:
            head = text[:pos]
            sep = re.search(r"(?:,[ \t]*|[ \t]*\|[ \t]*|[ \t]*\n[ \t]*)$", head)
            if not sep:
                break
            head = head[:sep.start()]
            cut = max(head.rfind(","), head.rfind("\n"), head.rfind("|"), head.rfind(":"))
            part_start = cut + 1
            raw = head[part_start:]
            lead = len(raw) - len(raw.lstrip())
            part = raw.strip()
            ok, _numbered = _address_part(part)
            if not ok:
                break
            num = HOUSE_NUMBER.match(part)
            s = part_start + lead + (num.end() if num else 0)
            cues.add("place", ADDRESS, s, part_start + lead + len(part))
            pos, taken = part_start, taken + 1


def address_field_cues(cues: Cues, text: str) -> None:
    """The parts of an address a form or table gives without a postcode ("Address: 22 Hall
    Bank, Buxton"; an Address column's "Brayton, Selby"): each capitalised part a place."""
    for value in entity_cues.address_values(text):
        pos = value.start
        for part in value.text.split(","):
            raw_start = pos
            pos += len(part) + 1
            num = HOUSE_NUMBER.match(part.strip() + " ")
            bare = part.strip()[num.end():].strip() if num else part.strip()
            words = bare.split()
            if not words or len(words) > 4 or not all(w[:1].isupper() for w in words) or any(
                    ef.is_label(w) or ef.has_digit(w) for w in words):
                continue
            s = text.index(bare, raw_start)
            cues.add("place", ADDRESS, s, s + len(bare))


#: "Flat 9, Gordon Chambers", "Apartment 3, Mill View": a flat's number, then its building
_FLAT_IN = re.compile(rf"(?<![\w'’\-])(?:Flat|Apartment|Apt)\.?[ \t]+\d+[A-Za-z]?,[ \t]*"
                      rf"(?P<b>{W}(?:[ \t]+{W}){{0,2}})(?![\w'’\-])")
#: a letter's address without a postcode: "14 Dawley Bank" on its own line, the town on the
#: next ("Telford")
_NUMBERED_LINE = re.compile(
    rf"(?m)^[ \t]*\d+[A-Za-z]?,?[ \t]+(?P<n>{W}(?:[ \t]+{W}){{0,3}})[ \t]*,?[ \t]*\n"
    rf"[ \t]*(?P<t>{W}(?:[ \t]+{W})?)[ \t]*,?[ \t]*$")


def _building_words(name: str, numbered: bool = False) -> bool:
    """Capitalised words that can name a building or street: no label, title, stop word or
    date word, and no body's word ("Flat 2, Social Services" is no address) unless a house
    number stands before them ("14 Dawley Bank")."""
    words = name.split()
    return not (not numbered and ef.has_agency_word(words) or any(
        ef.is_label(w) or ef.is_title(w) or lexicon.fold(w) in lexicon.stop_words()
        or lexicon.is_month_or_day(w) for w in words))


def unposted_address_cues(cues: Cues, text: str) -> None:
    """Addresses with no postcode that still leave no doubt: a flat's building, and a house
    number's line above a town's line."""
    for m in _FLAT_IN.finditer(text):
        if _building_words(m.group("b")) and not cues.covered(m.start("b"), m.end("b")):
            cues.add("place", ADDRESS, m.start("b"), m.end("b"))
    for m in _NUMBERED_LINE.finditer(text):
        if (ef.is_place_name(m.group("t")) and _building_words(m.group("n"), True)
                and not cues.covered(m.start("n"), m.end("n"))):
            cues.add("place", ADDRESS, m.start("n"), m.end("n"))
            cues.add("place", TOWN, m.start("t"), m.end("t"))


#: the second word of a district's name that is land's shape or a crossing ("Gee Cross",
#: "Lees Bank"): the locality words and a few more a site name does not end in
_TOPO_WORDS = ef.LOCALITY_WORDS | frozenset("cross bank".split())
#: "Upper Dale Road, Rose Hill |", "22 Hawes Lane, Rowley Regis, B65": the words after a
#: street and its comma, closed by a comma, a cell edge, a postcode, the line's end or a
#: bracket's note ("Hopwood Lane, King Cross (leasehold, let)")
_AFTER_STREET_END = re.compile(r"[ \t]*(?:,|\||$|\n|[ \t][A-Z]{1,2}\d|\()", re.M)


def _addressed(text: str, s0: int, e0: int, words: list[str],
               found: list[tuple[int, int]]) -> bool:
    """One or two capitalised words between a street found and the end of the address
    part are its district, though a name finder took them for a person: a given name
    first only when the second word is a locality's word ("Rose Hill") or a postcode
    follows."""
    before = text[max(0, s0 - 60):s0]
    comma = re.search(r",[ \t]*$", before)
    if not comma or len(words) > 2:
        return False
    head = s0 - (len(before) - comma.start())
    street = [(s, e) for s, e in found if e == head and lexicon.fold(
        text[s:e].split()[-1]) in ef.STREET_WORDS]
    end = _AFTER_STREET_END.match(text, e0)
    if not street or not end:
        return False
    names = [w.group() for w in words]
    posted = bool(re.match(r"[ \t]*,?[ \t]*[A-Z]{1,2}\d", text[e0:e0 + 8]))
    return not ef.is_given_name(names[0]) or posted or len(names) == 2 and (
        lexicon.fold(names[1]) in _TOPO_WORDS)


def _two_word_district(words: list[str]) -> bool:
    """Two capitalised words no list has that can only be a district after "in" or
    "enter": the first no given name and no ordinary word unless the second is a
    locality's word ("Low Hill"), and a given name only when it is also an ordinary word
    before a locality's word ("Gee Cross", "King Cross"; not "in Kate Hill"), the second
    no name unless it is one; no label, product or possessive."""
    first, second = words
    local = lexicon.fold(second) in _TOPO_WORDS
    given = ef.is_given_name(first)
    return ((not given or local and lexicon.is_dictionary_word(first))
            and (local or not lexicon.is_dictionary_word(first))
            and (local or not ef.is_known_name(second) and not lexicon.is_dictionary_word(
                second))
            and not any(ef.is_label(w) or ef.is_product(w) or w.isupper()
                        or re.search(r"['’]s?$", w) for w in words))


def _rare_surname(name: str) -> bool:
    """A surname too rare to be meant after "in" ("a shop in Pellon"): no given name, no
    ordinary word, and past the census rank at which a surname is common."""
    from .person_filters import COMMON_SURNAME_RANK

    t = lexicon.fold(name)
    return not ef.is_given_name(name) and lexicon.surname_ranks().get(
        t, 10**6) > COMMON_SURNAME_RANK


def _town_context(text: str, start: int, found: list[tuple[int, int]]) -> str:
    """How strongly the words before a capitalised word say it is a place: "strong" (in,
    lives in, a motion verb and to, Station:), "" (no context)."""
    before = text[max(0, start - 60):start]
    if (_IN_TOWN.search(before) or _LIVES_IN.search(before) or _MOTION_TO.search(before)
            or _LABEL_TOWN.search(before) or _AFTER_SITE.search(before)):
        return "strong"
    comma = re.search(r",[ \t]*\n?[ \t]*$", before)
    if comma and any(e == start - (len(before) - comma.start()) for _s, e in found):
        return "strong"  # "The Bull Inn, Ravensthorpe": after a named site
    return "strong" if _chained(text, start, found) else ""


def _chained(text: str, start: int, found: list[tuple[int, int]]) -> bool:
    """ "in Burnley and Nelson", "in: Millfield, Gladstone or Dogsthorpe": the next item of
    a list that began as places."""
    before = text[max(0, start - 60):start]
    chain = re.search(r"(?:,|[ \t]and|[ \t]or|[ \t]&)[ \t]*$", before)
    if chain:
        head = start - (len(before) - chain.start())
        return any(e == head or text[e:head].strip() == "" for _s, e in found)
    return False


def _inverted_pair(name: str) -> bool:
    """ "Wardle, Birtle" of a list of places, which a name finder took for "Surname, Given":
    a comma with no given name after it is no inverted name."""
    head, comma, tail = name.partition(",")
    return not comma or bool(tail.split()) and ef.is_given_name(tail.split()[0])


#: "Southwick police station", "Moston bus station": the town the station is named after
_STATION = re.compile(r"(?<![\w'’\-])(?P<n>[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*)?)"
                      r"[ \t]+(?:police|bus|railway|train|coach|fire)[ \t]+station\b")


#: "Werrington library", "the Orton neighbourhood team", "Mile Cross community centre": a
#: district's name before a public facility written in lower case (a business's own name
#: is written with capitals: "Holmfirth Medical Centre")
_FACILITY = re.compile(
    r"(?<![\w'’\-])(?P<n>[A-Z][a-z][\w'’\-]*(?:[ \t]+[A-Z][a-z][\w'’\-]*)?)[ \t]+"
    r"(?:library|neighbourhood[ \t]+(?:policing[ \t]+)?team|community[ \t]+(?:centre|hall)|"
    r"leisure[ \t]+centre|health[ \t]+centre|town[ \t]+centre|shopping[ \t]+centre|"
    r"retail[ \t]+park|skate[ \t]+park|youth[ \t]+club|estate)\b")
#: "Leon PRESTON, 26, of Layton": a person, an age and where he lives, as police and press
#: write it
_AGE_OF = re.compile(r",[ \t]*\d{1,2},[ \t]+of[ \t]+(?P<n>[A-Z][a-z][\w'’\-]*"
                     r"(?:[ \t]+[A-Z][a-z][\w'’\-]*)?)(?![\w'’\-])")


def _district_like(words: list[str], given: bool = False) -> bool:
    """Capitalised words that can name a district: no label, stop word, title or body's word
    ("Blackpool Council town centre"), and, unless ``given``, not a lone given name
    ("Shannon library" is nobody's district)."""
    return not (len(words) == 1 and not given and ef.is_given_name(words[0])
                or ef.has_agency_word(words) or any(
                    ef.is_label(w) or ef.is_title(w) or lexicon.fold(w) in lexicon.stop_words()
                    for w in words))


def town_cues(cues: Cues, text: str, people: list[tuple[int, int]]) -> None:
    people = [(s, e) for s, e in people if _inverted_pair(text[s:e])]
    for m in _STATION.finditer(text):
        words = m.group("n").split()
        if not (ef.is_given_name(words[0]) or any(
                ef.is_label(w) or lexicon.fold(w) in lexicon.stop_words() for w in words)):
            cues.add("place", TOWN, m.start("n"), m.end("n"))
    for rx in (_FACILITY, _AGE_OF):  # after an age, a given name is a town ("of Layton")
        for m in rx.finditer(text):
            if _district_like(m.group("n").split(), rx is _AGE_OF) and not (
                    entity_cues.after_title(text, m.start("n"))):
                cues.add("place", TOWN, m.start("n"), m.end("n"))
    places = _places()
    found: list[tuple[int, int]] = [(s, e) for s, e, _lab in cues.spans]
    for run in _CAP_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        s0, e0 = run.start(), run.end()
        # the run must stand alone: no capitalised word before it on the line
        prev = text[max(0, s0 - 40):s0]
        if re.search(r"[A-Z][\w'’\-]*[ \t]+$", prev) and not re.search(r"[:|]\s*$", prev):
            continue
        after = text[e0:e0 + 12]
        nxt = re.match(r"[ \t]+(\S+)", after)
        if nxt and nxt.group(1)[:1].isupper() and not _is_postcode(nxt.group(1).rstrip(",.")):
            continue
        if re.match(r"['’]s\b", after) or re.match(r"['’]s?[ \t]+(?:Law|Act)\b", after):
            continue
        name = run.group()
        before = text[max(0, s0 - 60):s0]
        district = (len(words) == 2 and lexicon.fold(name) not in places
                    and (_IN_TOWN.search(before) or _LISTED_AFTER_IN.search(before)
                         or _LIVES_IN.search(before)) and _two_word_district(name.split()))
        district = district or _addressed(text, s0, e0, words, found) and not any(
            s < e0 and s0 < e and (s < s0 or e > e0) for s, e in people)
        if len(words) > 3 or cues.covered(s0, e0) or any(
                s < e0 and s0 < e for s, e in people) and not district or (
                    entity_cues.after_title(text, s0)):
            continue  # not "PC 2210 Barnsley"; but "in Whitmore Reans", though tagged a name
        if lexicon.fold(name) not in places:
            # a place no list has, where the words leave no doubt: "lives in Manningham"
            before = text[max(0, s0 - 60):s0]
            comma = re.search(r",[ \t]*\n?[ \t]*$", before)
            strong = (_LIVES_IN.search(before) or _MOTION_TO.search(before) or comma and any(
                e == s0 - (len(before) - comma.start()) for _s, e, _lab in cues.spans)
                      or _LISTED_AFTER_IN.search(before))
            if district:
                pass  # "in Whitmore Reans", "enter Whitmore Reans, Low Hill or ..."
            elif not (len(words) == 1 and (strong or _IN_TOWN.search(before)
                                           or _LABEL_TOWN.search(before))  # "Ward: Biscot"
                    and not re.search(r"['’]s?$", name)
                    and not name.isupper() and (not ef.is_given_name(name) or strong
                                                and _LIVES_IN.search(before))
                    and (strong or not ef.is_known_name(name) or _rare_surname(name))
                    and not lexicon.is_dictionary_word(name) and not ef.is_label(name)
                    and not ef.is_product(name) and not lexicon.is_month_or_day(name)):
                continue
        elif (_ambiguous_town(name) or name.isupper()) and not _town_context(text, s0, found):
            continue
        cues.add("place", TOWN, s0, e0)
        found.append((s0, e0))
    for m in _LOWER_PLACE.finditer(text):  # chat in lower case: "going to bradford now"
        name = m.group("n")
        words = name.split()
        for k in (2, 1):
            cand = " ".join(words[:k])
            if len(words) < k or lexicon.fold(cand) in lexicon.stop_words():
                continue
            plain = lexicon.strip_possessive(cand)
            if lexicon.fold(cand) in places and (lexicon.fold(cand) not in lexicon.given_names()
                                                 or lexicon.fold(cand) in area_names()) and (
                    k > 1 or not lexicon.is_dictionary_word(cand)):
                pass
            elif k == 1 and m.group("p") in ("in", "at") and len(plain) >= 5 and not (
                    ef.is_known_name(plain) or lexicon.is_dictionary_word(plain)
                    or lexicon.fold(plain) in lexicon.nicknames() or ef.is_product(plain)
                    or ef.is_label(plain)):
                pass
            else:
                continue
            start = m.start("n")
            cues.add("place", TOWN, start, start + len(cand))
            break
