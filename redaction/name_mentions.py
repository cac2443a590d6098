"""People the statistical tagger missed, for search facets: the model-free name finders.

spaCy's small model misses most names in chat exports, lower-case notes, tables and
signatures ("Morgan Leach: cant my mum took my phone", "mrs jowett (head)"). The redaction
engine finds those with :func:`redaction.names.find_name_like` (titles, relations, "known as",
chat speakers, the name lists); the same finders add person mentions here, so counsel's
``person:`` filter finds a name wherever the redaction engine would. Only whole, standalone
spans are taken: not a word cut out of a longer one ("MISSING" read as "Miss" + "ING"), not
the first word of a street, school or company ("Fenton Road", "Unity College"), not a word
inside something spaCy already tagged as a place or agency. What is left is still cleaned and
resolved with every other mention (:mod:`redaction.entity_resolution`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import entity_filters as ef
from . import lexicon
from .entities import Mention, boxes_for_span
from .names import area_names, find_name_like

LABEL = ef.NAME  # the label stored for these mentions (spaCy's are PERSON, GPE, ORG...)
_NEXT_WORD = re.compile(r"[ \t]*([\w'’&-]+)")
_PLACE_TAILS = frozenset(
    "road street lane avenue close court drive way crescent grove gardens place terrace walk "
    "row mews hill park square view rise green parade fold gate vale bank croft mount estate "
    "house lodge valley moor bridge retail shopping centre center".split())


def _followed_by_tail(text: str, end: int) -> bool:
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    word = lexicon.fold(m.group(1))
    return word in _PLACE_TAILS or word in ef.AGENCY_TAILS or word in (
        "law", "laws", "act", "scheme")


def _preceded_by_article(text: str, start: int) -> bool:
    before = text[max(0, start - 5):start].casefold()
    return bool(re.search(r"\bthe[ \t]+$", before))


def name_finder_mentions(pages: Sequence[Page], mentions: Sequence[Mention]) -> list[Mention]:
    """Person mentions found by the name finders and not already tagged by spaCy.

    ``mentions`` are :func:`redaction.entities.tag_pages`'s for the same pages: a hit inside
    one of its places or agencies is part of that name; a hit that is exactly one of its
    people adds nothing.
    """
    by_page: dict[int, list[Mention]] = {}
    for m in mentions:
        by_page.setdefault(m.page, []).append(m)
    out: list[Mention] = []
    for page in pages:
        tagged = by_page.get(page.number, [])
        people = _joined(page, _page_mentions(page, tagged))
        cues = context_mentions(page, tagged, [(m.start, m.end) for m in people
                                               if " " in m.text.strip()])
        named = [(c.start, c.end) for c in cues if c.label in AGENCY_CUES | {ADDRESS, STREET}]
        out.extend(m for m in people  # "Middleton" of "Middleton Technology School"
                   if not any(s <= m.start and m.end <= e for s, e in named))
        out.extend(cues)
    return out


def _joined(page: Page, found: list[Mention]) -> list[Mention]:
    """Adjacent one-word hits on a line as one name: "ashraf sadiq" in lower-case notes."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.source == "names" and m.source == "names"
                and " " not in prev.text and " " not in m.text
                and page.text[prev.end:m.start] == " "):
            out[-1] = _mention(page, prev.start, m.end)
            continue
        out.append(m)
    return out


def _page_mentions(page: Page, tagged: list[Mention]) -> list[Mention]:
    """One page's name-finder hits: the longest of overlapping ones, whole words only,
    none inside a tagged place or agency or naming a street, school or company."""
    out: list[Mention] = []
    text = page.text
    # a place or agency span the name finders stay out of; not one that runs across a
    # separator ("Shaw - Risky Business", a person and her organisation in one span), nor
    # a lone given name the model called a place ("known as Shannon")
    others = [(m.start, m.end) for m in tagged if m.kind != "person"
              and len(ef.segments(m.text)) < 2
              and not (m.kind == "place" and " " not in m.text.strip()
                       and ef.is_given_name(m.text.strip()))]
    people = {(m.start, m.end) for m in tagged if m.kind == "person"}
    hits = find_name_like(text, exclude=others)
    taken: list[tuple[int, int]] = []
    for h in sorted(hits, key=lambda h: -(h.end - h.start)):
        if any(h.start < e and s < h.end for s, e in taken):
            continue  # the longest of overlapping hits: "Kayleigh Dawn BRAMMER"
        if h.start and text[h.start - 1].isalnum():
            continue  # "ING EPISODES" out of "MISSING EPISODES"
        if any(h.start < e and s < h.end for s, e in others):
            continue
        if (_followed_by_tail(text, h.end) or _preceded_by_article(text, h.start)
                or _INSTRUMENT.match(text[h.end:h.end + 16])
                or lexicon.fold(h.text.split()[-1]) in ef.INSTRUMENT_WORDS):
            continue  # "Sarah's Law" is a scheme's name
        last = lexicon.fold(h.text.split()[-1])
        if len(h.text.split()) > 1 and (last in _PLACE_TAILS or last in ef.AGENCY_TAILS):
            continue  # "Unity College", "Lister Lane"
        taken.append((h.start, h.end))
        if (h.start, h.end) in people:
            continue
        out.append(_mention(page, h.start, h.end))
    return out


def _mention(page: Page, start: int, end: int) -> Mention:
    text = page.text[start:end]
    return Mention("person", LABEL, text, page.number, start, end,
                   boxes_for_span(page, start, end), lexicon.canonical_name(text),
                   lexicon.name_variants(text), source="names")


# --- places, agencies and aliases the tagger missed or mis-kinded: the context finders ---
#
# spaCy's small model tags "Maltby" in "I live in Maltby" as a person, "Dunstable Road" as an
# agency, "Pizza Palace" as a place and misses most streets, addresses and businesses. The
# page says what they are: a house number and a postcode, a street word, "in" before a town,
# "a takeaway called", "Kebabs" or "Taxis" after a name. Each finder below stores a mention
# under its own label; a mention so labelled is a *cue*, and resolution
# (:mod:`redaction.entity_resolution`) lets a cue decide the kind of every mention of the same
# words in the document. ``INSIDE`` marks a tagged span that only lies inside a cue's name
# ("Bradford" of "Bradford MASH", "Clare" of "Clare's Law"): no entity of its own unless the
# document names it on its own.
FORM, ALIAS, KIN, ADDRESS, STREET, TOWN, ORG, INSIDE = (
    ef.FORM, ef.ALIAS, ef.KIN, ef.ADDRESS, ef.STREET, ef.TOWN, ef.ORG, ef.INSIDE)
PLACE_CUES, AGENCY_CUES = ef.PLACE_CUES, ef.AGENCY_CUES
SEGMENT = "SEGMENT"  # a later part of a tagged span that ran across a separator

_W = r"[A-Z][\w'’\-]*"  # a capitalised word
_STREET_TAIL = (r"(?:Road|Street|Lane|Avenue|Close|Drive|Way|Crescent|Grove|Gardens|Terrace|"
                r"Walk|Row|Mews|Square|Parade|Place|Rd|St)")
_STREET = re.compile(rf"(?<![\w'’\-])(?P<n>(?:{_W}[ \t]+){{1,3}}{_STREET_TAIL})(?![\w'’\-])"
                     r"(?![ \t]*\n?[ \t]*[A-Z][a-z])")
_LOWER_STREET = re.compile(
    r"\b(?:on|in|at|near|off|along|down|up|from|to|of|onto)[ \t]+(?P<n>[a-z][a-z'’\-]+"
    r"(?:[ \t]+[a-z][a-z'’\-]+)?[ \t]+(?:road|street|lane|avenue|close|drive|crescent|grove|"
    r"terrace))\b")
_BUILDING_TAIL = (r"(?:House|Hall|Centre|Center|Building|Buildings|Tower|Park|Estate|Plaza|"
                  r"Precinct|Arcade|Mill|Works|Chambers|Exchange)")
_BUILDING_TOWN = re.compile(
    rf"(?<![\w'’\-])(?P<b>(?:{_W}[ \t]+){{1,3}}{_BUILDING_TAIL}),[ \t]*\n?[ \t]*"
    rf"(?P<t>{_W}(?:[ \t]+{_W})?)")
_POSTCODE = re.compile(r"(?<![\w/])(?P<pc>[A-Z]{1,2}\d[A-Z\d]?(?:[ \t]+\d[A-Z]{2})?)(?![\w/])")
_HOUSE_NUMBER = re.compile(r"^(?:(?:Flat|Unit|Apartment)[ \t]+\w+,?[ \t]*)?\d+[A-Za-z]?,?[ \t]+")
_TITLE_WORDS = re.compile(r"^(?i:mr|mrs|ms|miss|dr|dear|to|from|re|fao|attn)\b")
_BUSINESS_TAIL = (
    r"(?:Kebabs?|Pizza|Pizzeria|Takeaway|Take[ \t]Away|Taxis?|Cars|Cabs|Private[ \t]Hire|"
    r"Hotel|Inn|Arms|Tavern|Bar|Cafe|Café|Restaurant|Grill|Motors|Garage|Stores?|Supermarket|"
    r"Pharmacy|Chemists?|Barbers?|Salon|Lounge|Nightclub|Club|Building[ \t]Society|Solicitors|"
    r"Ltd|Limited|Plc|PLC|Prison|Surgery|Foods|Fisheries|Chippy|Car[ \t]Wash|Lettings)")
_BUSINESS = re.compile(rf"(?<![\w'’\-])(?P<n>(?:{_W}[ \t]+(?:&[ \t]+)?){{1,3}}{_BUSINESS_TAIL})"
                       r"(?![\w'’\-])")
_CALLED = re.compile(
    r"(?i:\b(?:takeaway|take-away|shop|pub|bar|restaurant|cafe|café|hotel|firm|company|club|"
    r"garage|salon|business|store|supermarket|nightclub|lounge|car\s+wash|b&b|guest\s*house|"
    r"chippy|premises|venue|hostel))\b[^.\n]{0,40}?\b(?:called|named)[ \t]+"
    rf"(?:the[ \t]+)?(?P<n>{_W}(?:[ \t]*\n?[ \t]*(?:&[ \t]+)?{_W}){{0,3}})")
_BRANDS = re.compile(
    r"(?<![\w'’\-])(?P<n>Asda|ASDA|Tesco|TESCO|Sainsbury['’]?s|Morrisons|Aldi|ALDI|Lidl|LIDL|"
    r"Co-op|Co-Op|Waitrose|Greggs|McDonald['’]?s|KFC|Primark|Argos|Poundland|Costcutter|"
    r"Londis|Premier[ \t]Inn|Travelodge|Holiday[ \t]Inn|Barclays|HSBC|Lloyds(?:[ \t]Bank)?|"
    r"NatWest|Natwest|Santander|Nationwide|TSB|Monzo|Starling|Metro[ \t]Bank|"
    r"Yorkshire[ \t]Bank|Royal[ \t]Mail|Domino['’]?s|Uber)(?![\w'’\-])")
_BANK_TOWN = re.compile(  # "Halifax" the bank, not the town
    r"(?<![\w'’\-])(?P<n>Halifax|Bank[ \t]of[ \t]Scotland|Clydesdale)(?=[ \t]+(?:Bank|bank|"
    r"current|savings|account|a/c|branch|plc|PLC|Building[ \t]Society))"
    r"|(?i:\bbank(?:[ \t]+name)?[ \t]*:[ \t]*)(?P<m>Halifax|Bank[ \t]of[ \t]Scotland)\b")
_AREA_SERVICE = re.compile(rf"(?<![\w'’\-])(?P<n>(?:{_W}[ \t]+){{1,2}}(?:MASH|YOT|CAMHS))\b")
_PRISON = re.compile(rf"\b(?P<n>(?:HMP(?:[ \t]*/[ \t]*YOI)?|HMYOI|HM[ \t]+Prison)[ \t]+{_W}"
                     rf"(?:[ \t]+{_W})?)")
_PAREN_ORG = re.compile(rf"(?P<p>[A-Z][a-z]+[ \t]+{_W})[ \t]*\((?P<n>{_W}(?:[ \t]+(?:&[ \t]+)?"
                        rf"{_W}){{0,3}})\)")
_INSTRUMENT = re.compile(r"^(?:['’]s)?[ \t]+(?:Law|Act|Rules|Regulations|Scheme|Order)\b")
_MOTION_TO = re.compile(
    r"(?i:\b(?:went|go|goes|going|gone|taken?|takes|took|drove|driven|drive|drives|driving|"
    r"deliver\w*|moved?|moving|travel\w*|brought|bring|sent|ran|run|walked|back|trip|"
    r"journey|route|lift|lifts|returned|headed|heading)\b[^.]{0,20}?\bto[ \t]+)$")
_IN_TOWN = re.compile(r"(?i:\b(?:in|near|outside|around|towards|into|via|through|across)"
                      r"[ \t]+)$")
_LIVES_IN = re.compile(r"(?i:\b(?:lives?|living|lived|moved|based|born|resident|grew[ \t]+up)"
                       r"[ \t]+(?:in|at)[ \t]+)$")
_LABEL_TOWN = re.compile(r"(?i:\b(?:station|location|venue|address|town|area|district|"
                         r"location[ \t]+found|found[ \t]+at|seen[ \t]+at|place)[ \t]*:[ \t]*)$")
_AFTER_SITE = re.compile(r"(?i:\b(?:park|centre|center|road|street|lane|estate|station|house|"
                         r"drive|avenue|precinct|market)[ \t]*,[ \t]*)$")
_LOWER_PLACE = re.compile(r"\b(?P<p>in|at|from|to|near|round|around|outside)[ \t]+"
                          r"(?P<n>[a-z][a-z'’\-]{3,}(?:[ \t]+[a-z][a-z'’\-]{3,})?)\b")
_CAP_RUN = re.compile(r"(?<![\w'’\-])(?:[A-Z][a-z'’]+(?:-[a-z]+)*(?:-[A-Z][a-z'’]+)?|[A-Z]{3,})"
                      r"(?:[ \t]+(?:[A-Z][a-z'’]+(?:-[a-z]+)*(?:-[A-Z][a-z'’]+)?|[A-Z]{3,}))*"
                      r"(?![\w\-])")
_FORENAME = re.compile(r"(?i:\b(?:fore[ \t]*names?|first[ \t]+names?|given[ \t]+names?)(?:\(s\))?)"
                       r"[ \t]*:[ \t]*(?P<n>[A-Za-z][\w'’\-]+)")
_SURNAME = re.compile(r"(?i:\b(?:surname|last[ \t]+name|family[ \t]+name))[ \t]*:[ \t]*"
                      r"(?P<n>[A-Za-z][\w'’\-]+)")
_ALIAS = re.compile(
    rf"(?P<x>{_W}(?:[ \t]+{_W}){{0,2}})(?:[ \t]*\([^)\n]{{0,30}}\))?[ \t]*,?[ \t]*\(?"
    r"(?:aka|a\.k\.a\.?|also[ \t]+known[ \t]+as|known[ \t]+as|nicknamed|alias)[ \t]+"
    r"[\"“‘']?(?P<y>[A-Z][\w'’\-]+)[\"”’']?")
_ALIAS_AFTER = re.compile(
    r"(?:known[ \t]+as|called|nicknamed)[ \t]+[\"“‘'](?P<y>[A-Z][\w'’\-]+)[\"”’'],?[ \t]+"
    r"(?:who[ \t]+is[ \t]+|is[ \t]+|was[ \t]+)?(?:now[ \t]+)?(?:believed|thought|understood|"
    r"known|identified|confirmed|suspected)[ \t]+(?:to[ \t]+be|as)[ \t]+"
    rf"(?P<x>{_W}(?:[ \t]*\n?[ \t]*{_W}){{0,2}})")
_KIN = re.compile(
    r"(?P<o>[A-Z][a-z]+)['’]s[ \t]+(?:mum|mother|mam|dad|father|step-?dad|step-?mum|"
    r"step-?father|step-?mother|nan|gran|grandmother|grandfather|aunt|auntie|uncle|brother|"
    r"sister)[ \t]*,?[ \t]*(?P<n>(?:Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z][\w'’\-]+)")


def _places() -> frozenset[str]:
    return ef.place_names()


def _is_postcode(token: str) -> bool:
    return bool(ef.POSTCODE.match(token)) and any(c.isdigit() for c in token)


def _ambiguous_town(words: str) -> bool:
    """A town that is also a name or an English word ("Nelson", "Sale", "Maltby")."""
    parts = words.split()
    return len(parts) == 1 and (ef.is_known_name(words) or lexicon.is_dictionary_word(words))


class _Cues:
    """The cue mentions of one page and the spans they cover."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.out: list[Mention] = []
        self.spans: list[tuple[int, int, str]] = []  # (start, end, label) of every cue

    def add(self, kind: str, label: str, start: int, end: int, text: str | None = None) -> None:
        text = self.page.text[start:end] if text is None else text
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


def _trim_lead(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading stop words, titles and labels from a capitalised run ("The", "At")."""
    while True:
        m = re.match(r"([\w'’\-&]+)[ \t]+", text[start:end])
        if not m:
            return start, end
        w = m.group(1)
        if lexicon.fold(w) in lexicon.stop_words() or ef.is_label(w) or _TITLE_WORDS.match(w):
            start += m.end()
        else:
            return start, end


def _org_cues(cues: _Cues, text: str) -> None:
    from .places import find_child_places

    for h in find_child_places(text):
        words = h.text.split()
        if h.kind == "school" and "\n" not in h.text and all(
                w[:1].isupper() and not ef.has_digit(w) and w[-2:] not in ("'s", "’s")
                for w in words):
            cues.add("agency", ORG, h.start, h.end)
    for rx in (_BUSINESS, _AREA_SERVICE, _PRISON):
        for m in rx.finditer(text):
            s, e = _trim_lead(text, m.start("n"), m.end("n"))
            if len(text[s:e].split()) > 1:
                cues.add("agency", ORG, s, e)
    for m in _CALLED.finditer(text):
        name = m.group("n")
        if not all(ef.is_label(w) or lexicon.fold(w) in lexicon.stop_words()
                   for w in name.split()):
            cues.add("agency", ORG, m.start("n"), m.end("n"))
    for m in _BRANDS.finditer(text):
        cues.add("agency", ORG, m.start("n"), m.end("n"))
    for m in _BANK_TOWN.finditer(text):
        g = "n" if m.group("n") else "m"
        cues.add("agency", ORG, m.start(g), m.end(g))
    for m in _PAREN_ORG.finditer(text):  # "Dr Faisal Mirza (Locala)": someone's organisation
        name = m.group("n")
        words = name.split()
        if not (ef.is_given_name(words[0]) or any(ef.is_label(w) for w in words)
                or lexicon.fold(words[-1]) in ef.ROLE_WORDS or ef.is_place_name(name)
                or len(words) == 1 and lexicon.is_dictionary_word(name)
                or any(ef.is_product(w) for w in words)):
            cues.add("agency", ORG, m.start("n"), m.end("n"))


def _street_cues(cues: _Cues, text: str) -> None:
    for m in _STREET.finditer(text):
        s, e = _trim_lead(text, m.start("n"), m.end("n"))
        words = text[s:e].split()
        if len(words) < 2 or cues.covered(s, e, AGENCY_CUES):
            continue
        if any(w.isupper() and len(w) > 2 for w in words) and not re.search(
                r"\d[ \t]*$", text[max(0, s - 6):s]):
            continue  # a heading in capitals, unless a house number stands before it
        if ef.is_label(words[0]) or ef.is_given_name(words[0]) and len(words) == 2 and (
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
        s, e = _trim_lead(text, m.start("b"), m.end("b"))
        town = m.group("t")
        if ef.is_place_name(town) and not ef.has_agency_word(text[s:e].split()[:-1]):
            cues.add("place", ADDRESS, s, e)
            cues.add("place", TOWN, m.start("t"), m.end("t"))


def _address_part(part: str) -> tuple[bool, bool]:
    """(is it an address line, did a house number stand before it)."""
    m = _HOUSE_NUMBER.match(part)
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


def _address_cues(cues: _Cues, text: str) -> None:
    """Every line of an address ending in a postcode: "41 Primrose Bank, Middleton, Rochdale
    M24", "City Hall, Bradford BD1 1HY", "Addenbrooke House\\nTelford TF3 4NT"."""
    for m in _POSTCODE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        town = re.search(rf"(?P<t>{_W}(?:[ \t]+{_W}){{0,2}}),?[ \t]*$", before)
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
            num = _HOUSE_NUMBER.match(part)
            s = part_start + lead + (num.end() if num else 0)
            cues.add("place", ADDRESS, s, part_start + lead + len(part))
            pos, taken = part_start, taken + 1


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
    chain = re.search(r"(?:,|[ \t]and|[ \t]or|[ \t]&)[ \t]*$", before)
    if chain:  # "in Burnley and Nelson": a list that began as places
        head = start - (len(before) - chain.start())
        if any(e == head or text[e:head].strip() == "" for _s, e in found):
            return "strong"
    return ""


def _town_cues(cues: _Cues, text: str, people: list[tuple[int, int]]) -> None:
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
        if len(words) > 3 or cues.covered(s0, e0) or any(
                s < e0 and s0 < e for s, e in people):
            continue
        name = run.group()
        if lexicon.fold(name) not in places:
            # a place no list has, where the words leave no doubt: "lives in Manningham"
            before = text[max(0, s0 - 60):s0]
            comma = re.search(r",[ \t]*\n?[ \t]*$", before)
            strong = (_LIVES_IN.search(before) or _MOTION_TO.search(before) or comma and any(
                e == s0 - (len(before) - comma.start()) for _s, e, _lab in cues.spans))
            if not (len(words) == 1 and (strong or _IN_TOWN.search(before))
                    and not name.isupper() and not ef.is_given_name(name)
                    and (strong or not ef.is_known_name(name))
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


def _person_cues(cues: _Cues, text: str) -> None:
    fores = list(_FORENAME.finditer(text))
    for sm in _SURNAME.finditer(text):
        near = [f for f in fores if abs(f.start() - sm.start()) < 160]
        if not near:
            continue
        fm = min(near, key=lambda f: abs(f.start() - sm.start()))
        given, family = fm.group("n"), sm.group("n")
        if ef.is_label(given) or ef.is_label(family) or lexicon.fold(given) in ("n/a", "na"):
            continue
        s, e = min(fm.start("n"), sm.start("n")), max(fm.end("n"), sm.end("n"))
        cues.add("person", FORM, s, e, f"{given} {family}")
    for rx in (_ALIAS, _ALIAS_AFTER):
        for m in rx.finditer(text):
            x, y = " ".join(m.group("x").split()), m.group("y")
            xs = [w for w in x.split() if not (ef.is_label(w) or lexicon.fold(w) in
                                               lexicon.stop_words())]
            if not xs or ef.is_cipher(" ".join(xs)) or ef.is_label(y) or lexicon.fold(
                    xs[-1]) in ef.AGENCY_TAILS:
                continue
            cues.add("person", ALIAS, m.start(), m.end(), f"{' '.join(xs)} aka {y}")
    for m in _KIN.finditer(text):
        cues.add("person", KIN, m.start("n"), m.end("n"))


def _only_filler(text: str) -> bool:
    """Nothing but articles, labels and department words: "the\n", "School - "."""
    return all(ef.is_generic(w) or lexicon.fold(w) in lexicon.stop_words()
               for w in (ef.clean_token(t) for t in text.split()) if w)


def context_mentions(page: Page, tagged: Sequence[Mention],
                     people: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """One page's cue mentions (see the labels above) and ``INSIDE`` marks for the tagged
    mentions that lie inside or across a cue's name."""
    text = page.text
    cues = _Cues(page)
    _org_cues(cues, text)
    _address_cues(cues, text)
    _street_cues(cues, text)
    for m in tagged:  # "Calderdale and Huddersfield NHS Foundation Trust", split by the model
        lead = max(0, m.start - 40)
        joined = re.search(r"(?<![\w'’\-])([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+$",
                           text[lead:m.start])
        if m.kind == "agency" and joined and ef.is_place_name(joined.group(1)) and (
                ef.is_place_name(m.text.split()[0])):
            cues.add("agency", ORG, lead + joined.start(1), m.end)
    person_spans = [(m.start, m.end) for m in tagged if m.kind == "person"
                    and len(m.text.split()) > 1] + list(people)
    _town_cues(cues, text, person_spans)
    _person_cues(cues, text)
    named = [(s, e) for s, e, lab in cues.spans if lab in AGENCY_CUES | {ADDRESS, STREET}]
    marks: list[Mention] = []
    for m in tagged:  # "Shaw - Risky Business": the organisation after the separator
        if m.kind != "agency" or len(ef.segments(m.text)) < 2:
            continue
        for seg in re.finditer(r"[^\n|:]+", m.text):
            part = re.sub(r"^.*\s[-–—]\s", "", seg.group()).strip()
            if not part or seg.start() == 0 and part == seg.group().strip():
                continue
            s = m.start + seg.start() + seg.group().rfind(part)
            words = part.split()
            if (1 < len(words) <= 4 and all(
                    w[:1].isupper() and len(ef.clean_token(w)) > 1 and ef.is_name_word(w)
                    for w in words)
                    and not any(a < s + len(part) and s < b for a, b, _lab in cues.spans)):
                marks.append(Mention("agency", SEGMENT, part, m.page, s, s + len(part),
                                     boxes_for_span(page, s, s + len(part)),
                                     lexicon.fold(part), [lexicon.fold(part)], source="cues"))
    for m in tagged:
        crossing = any((m.start, m.end) != (s, e) and m.start < e and s < m.end and (
            s == m.start or _only_filler(text[m.start:max(m.start, s)])
            and _only_filler(text[min(m.end, e):m.end])) for s, e in named)
        instrument = _INSTRUMENT.match(text[m.end:m.end + 16])
        if crossing or instrument:
            marks.append(Mention(m.kind, INSIDE, m.text, m.page, m.start, m.end, m.boxes,
                                 m.canonical, m.variants, source="cues"))
    return cues.out + marks
