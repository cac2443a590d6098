"""Organisations, aliases and form names the tagger missed or mis-kinded: the context finders.

spaCy's small model tags "Pizza Palace" as a place, a form's "Surname: OKORO" as an
organisation and misses most businesses and nicknames. The page says what they are: "a
takeaway called", "Kebabs" or "Taxis" after a name, a bank's "Halifax current account",
"aka", "Forename(s):". Each finder stores a mention under its own label; a mention so
labelled is a *cue*, and resolution (:mod:`redaction.entity_resolution`) lets a cue decide the
kind of every mention of the same words in the document. ``INSIDE`` marks a tagged span that
only lies inside a cue's name ("Bradford" of "Bradford MASH", "Clare" of "Clare's Law"): no
entity of its own unless the document names it on its own. Streets, addresses and towns are
found by :mod:`redaction.place_cues`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.pages import Page

from . import entity_cues, lexicon
from . import entity_filters as ef
from . import person_filters as pf
from .entities import Mention, boxes_for_span
from .place_cues import (
    Cues,
    W,
    address_cues,
    address_field_cues,
    street_cues,
    town_cues,
    trim_lead,
    unposted_address_cues,
)

FORM, ALIAS, NICK, KIN, ADDRESS, STREET, TOWN, ORG, BANK, INSIDE = (
    ef.FORM, ef.ALIAS, ef.NICK, ef.KIN, ef.ADDRESS, ef.STREET, ef.TOWN, ef.ORG, ef.BANK,
    ef.INSIDE)
PLACE_CUES, AGENCY_CUES = ef.PLACE_CUES, ef.AGENCY_CUES
SEGMENT = "SEGMENT"  # a later part of a tagged span that ran across a separator

NEXT_WORD = re.compile(r"[ \t]*([\w'’&-]+)")
_BUSINESS_TAILS = (  # a longer tail before its start: "Kebab House" before "Kebab"
    "Kebab House", "Pizza House", "Curry House", "Guest House", "Kebabs", "Kebab", "Pizza",
    "Pizzeria", "Takeaway", "Take Away", "Taxis", "Taxi", "Cars", "Cabs", "Private Hire",
    "Hotel", "Inn", "Arms", "Tavern", "Bar", "Cafe", "Café", "Restaurant", "Grill", "Motors",
    "Garage", "Stores", "Store", "Supermarket", "Pharmacy", "Chemists", "Chemist", "Barbers",
    "Barber", "Salon", "Lounge", "Nightclub", "Club", "Building Society", "Solicitors", "Ltd",
    "Limited", "Plc", "LLP", "Prison", "Surgery", "Foods", "Fisheries", "Chippy", "Car Wash",
    "Lettings")
_BUSINESS_TAIL = "(?:" + "|".join(
    [t.replace(" ", r"[ \t]") for t in _BUSINESS_TAILS] + ["PLC", r"(?<=& )Co\b\.?"]) + ")"
_BUSINESS = re.compile(rf"(?<![\w'’\-])(?P<n>(?:{W}[ \t]+(?:&[ \t]+)?){{1,3}}{_BUSINESS_TAIL})"
                       r"(?![\w'’\-])")
_BUSINESS_CAPS = re.compile(  # a heading or a bank statement: "HEATON LODGE HOTEL"
    r"(?<![\w'’\-])(?P<n>(?:[A-Z][A-Z'’\-]+[ \t]+(?:&[ \t]+)?){1,4}(?:"
    + "|".join(t.upper().replace(" ", r"[ \t]") for t in _BUSINESS_TAILS) + r"))(?![\w'’\-])")
_LAW_FIRM = re.compile(rf"(?<![\w'’\-])(?P<n>(?:{W}[ \t]+){{1,2}}Law)(?![\w'’\-])")
_CALLED = re.compile(
    r"(?i:\b(?:takeaway|take-away|shop|pub|bar|restaurant|cafe|café|hotel|firm|company|club|"
    r"garage|salon|business|store|supermarket|nightclub|lounge|car\s+wash|b&b|guest\s*house|"
    r"chippy|premises|venue|hostel))\b[^.\n]{0,40}?\b(?:called|named)[ \t]+"
    rf"(?:the[ \t]+)?(?P<n>{W}(?:[ \t]*\n?[ \t]*(?:&[ \t]+)?{W}){{0,3}})")
_BRANDS = re.compile(  # in any case: "TESCO DUDLEY" on a statement, "tesco" in a chat
    r"(?<![\w'’\-])(?P<n>(?i:Asda|Tesco|Sainsbury['’]?s|Morrisons|Aldi|Lidl|"
    r"Co-op|Co-Op|Waitrose|Greggs|McDonald['’]?s|KFC|Primark|Argos|Poundland|Costcutter|"
    r"Londis|Premier[ \t]Inn|Travelodge|Holiday[ \t]Inn|Barclays|HSBC|Lloyds(?:[ \t]Bank)?|"
    r"NatWest|Natwest|Santander|Nationwide|TSB|Monzo|Starling|Metro[ \t]Bank|"
    r"Yorkshire[ \t]Bank|Royal[ \t]Mail|Domino['’]?s|Uber))(?![\w'’\-])")
_GROUP_TAIL = re.compile(r"(?:[ \t]+[A-Z][\w'’\-]*){1,3}")
_BANK_TOWN = re.compile(  # "Halifax" the bank, not the town
    r"(?<![\w'’\-])(?P<n>Halifax|Bank[ \t]of[ \t]Scotland|Clydesdale)(?=[ \t]+(?:Bank|bank|"
    r"current|savings|account|a/c|branch|plc|PLC|Building[ \t]Society))"
    r"|(?i:\bbank(?:[ \t]+name)?[ \t]*:[ \t]*)(?P<m>Halifax|Bank[ \t]of[ \t]Scotland)\b")
_AREA_SERVICE = re.compile(rf"(?<![\w'’\-])(?P<n>(?:{W}[ \t]+){{1,2}}(?:MASH|YOT|CAMHS))\b")
_PRISON = re.compile(rf"\b(?P<n>(?:HMP(?:[ \t]*/[ \t]*YOI)?|HMYOI|HM[ \t]+Prison)[ \t]+{W}"
                     rf"(?:[ \t]+{W})?)")
_PAREN_ORG = re.compile(rf"(?P<p>[A-Z][a-z]+[ \t]+{W})[ \t]*\((?P<n>{W}(?:[ \t]+(?:&[ \t]+)?"
                        rf"{W}){{0,3}})\)")
INSTRUMENT = re.compile(r"^(?:['’]s)?[ \t]+(?:Law|Act|Rules|Regulations|Scheme|Order)\b")
_FORENAME = re.compile(r"(?i:\b(?:fore[ \t]*names?|first[ \t]+names?|given[ \t]+names?)(?:\(s\))?)"
                       r"[ \t]*:[ \t]*(?P<n>[A-Za-z][\w'’\-]+(?:[ \t]+[A-Z][\w'’\-]+){0,3})")
_SURNAME = re.compile(r"(?i:\b(?:surname|last[ \t]+name|family[ \t]+name))[ \t]*:[ \t]*"
                      r"(?P<n>[A-Za-z][\w'’\-]+)")
_ALIAS = re.compile(
    rf"(?P<x>{W}(?:[ \t]+{W}){{0,2}})(?:[ \t]*\([^)\n]{{0,30}}\))?[ \t]*,?[ \t]*\(?"
    r"(?:aka|a\.k\.a\.?|also[ \t]+known[ \t]+as|known[ \t]+as|nicknamed|alias)[ \t]+"
    r"[\"“‘']?(?P<y>[A-Z][\w'’\-]+)[\"”’']?")
#: someone unnamed, then the one name the writer has for him, unquoted: "a man called Sully",
#: "an older lad named Kez", "a woman known as Tash"
_CALLED_BARE = re.compile(
    r"(?i:\b(?:a|an|one|another)[ \t]+(?:[a-z]+[ \t]+)?(?:man|lad|bloke|guy|boy|male|woman|"
    r"girl|female|driver)[ \t]+(?:called|named|known[ \t]+as|who[ \t]+calls[ \t]+himself|"
    r"who[ \t]+calls[ \t]+herself))[ \t]+(?P<y>[A-Z][a-z][\w'’\-]*)(?![\w'’\-])"
    r"(?![ \t]+[A-Z])")
#: a key to names a document uses, one a line: 'Adnan Crown = Adnan Farooq', 'Karen (accounts)
#: = Karen Schofield' (a chat export's display names, an exhibit's contact names)
_KEY_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<y>{W}(?:[ \t]+(?:{W}|\([^)\n]{{1,20}}\)))*)[ \t]+=[ \t]+"
    rf"(?P<x>{W}(?:[ \t]+{W}){{1,2}})(?![\w'’\-])")
_ALIAS_AFTER = re.compile(
    r"(?:known[ \t]+as|called|nicknamed)[ \t]+[\"“‘'](?P<y>[A-Z][\w'’\-]+)[\"”’'],?[ \t]+"
    r"(?:who[ \t]+is[ \t]+|is[ \t]+|was[ \t]+)?(?:now[ \t]+)?(?:believed|thought|understood|"
    r"known|identified|confirmed|suspected)[ \t]+(?:to[ \t]+be|as)[ \t]+"
    rf"(?P<x>{W}(?:[ \t]*\n?[ \t]*{W}){{0,2}})")
_KIN = re.compile(
    r"(?P<o>[A-Z][a-z]+)['’]s[ \t]+(?:mum|mother|mam|dad|father|step-?dad|step-?mum|"
    r"step-?father|step-?mother|nan|gran|grandmother|grandfather|aunt|auntie|uncle|brother|"
    r"sister)[ \t]*,?[ \t]*(?P<n>(?:Mr|Mrs|Ms|Miss)\.?[ \t]+[A-Z][\w'’\-]+)")
_RELATIVE = (r"(?:mum|mother|mam|dad|father|step-?dad|step-?mum|step-?father|step-?mother|"
             r"nan|gran|grandmother|grandfather|grandma|grandad|aunt|auntie|uncle|"
             r"kinship[ \t]+carer|guardian)")
_TITLED_SURNAME = (r"(?P<n>(?P<t>Mr|Mrs|Ms|Miss)\.?[ \t]+(?P<s>[A-Z][\w'’\-]+))"
                   r"(?![\w'’\-])(?![ \t]+[A-Z])")
#: a titled surname the page calls someone's relative, with no given name: another person
#: than the named one who shares it ("Lives with mother (Mrs Fenwick)", "Mother: Mrs Pascoe",
#: "Mrs Dronfield (paternal aunt)", a letter to "Mr and Mrs Ogunleye" about their son)
_KIN_MORE = (
    re.compile(rf"(?i:\b{_RELATIVE})[ \t]*[:(,][ \t]*(?-i:{_TITLED_SURNAME})"),
    re.compile(rf"{_TITLED_SURNAME}[ \t]*\((?i:(?:[a-z]+[ \t]+)?{_RELATIVE})\b"),
    re.compile(rf"\bMr\.?[ \t]+(?:and|&)[ \t]+{_TITLED_SURNAME}"),
)




#: "Colin and Denise Ormerod", "Mr and Mrs Colin and Denise Ormerod": two given names that
#: share the surname written once after them
_SHARED_SURNAME = re.compile(
    r"(?<![\w'’\-])(?P<g>[A-Z][a-z][\w'’\-]*)[ \t]+(?:and|&)[ \t]+[A-Z][a-z][\w'’\-]*[ \t]+"
    r"(?P<s>[A-Z][\w'’\-]+)(?![\w'’\-])(?![ \t]+[A-Z])")


def _shared_surname_cues(cues: Cues, text: str) -> None:
    """The first of two given names before one surname is that surname's person too; not
    the surname ending a name before "and" ("Craig Fenwick and Liam Dunhill")."""
    for start in (w.start() for w in re.finditer(r"(?<![\w'’\-])[A-Z][a-z]", text)):
        m = _SHARED_SURNAME.match(text, start)
        if m is None:
            continue
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, start - 30):start])
        if before and before.group(1)[:1].isupper() and not ef.is_title(before.group(1)):
            continue
        first, second = m.group("g"), m.group().split()[2]
        if (ef.is_given_name(first) and ef.is_given_name(second)
                and not lexicon.is_dictionary_word(first) and not ef.is_place_name(first)
                and not ef.is_label(m.group("s")) and not lexicon.is_dictionary_word(
                    m.group("s"))):
            cues.add("person", ef.NAME, m.start(), m.end(), f"{first} {m.group('s')}")


def _titled_in_full(text: str, title: str, surname: str) -> bool:
    """Whether the page writes the same title before a given name and this surname ("Mrs
    Beverley Froggatt" beside "Mrs Froggatt (mother)"): then the relative is that person."""
    return re.search(rf"\b{title}\.?[ \t]+[A-Z][a-z][\w'’\-]*[ \t]+(?i:{re.escape(surname)})"
                     r"(?![\w'’\-])", text) is not None


def _org_cues(cues: Cues, text: str) -> None:
    from .places import find_child_places

    for h in find_child_places(text):
        words = h.text.split()
        if h.kind == "school" and "\n" not in h.text and all(
                w[:1].isupper() and not ef.has_digit(w) and w[-2:] not in ("'s", "’s")
                for w in words):
            cues.add("agency", ORG, h.start, h.end)
    for rx in (_BUSINESS, _BUSINESS_CAPS, _AREA_SERVICE, _PRISON):
        for m in rx.finditer(text):
            s, e = trim_lead(text, m.start("n"), m.end("n"))
            if len(text[s:e].split()) > 1:
                cues.add("agency", ORG, s, e)
    for m in _LAW_FIRM.finditer(text):  # "Rahman Law" is a firm; "Sarah's Law", "Case Law" not
        before = m.group("n").split()[-2]
        if not (lexicon.is_dictionary_word(before) or ef.is_label(before)):
            cues.add("agency", ORG, m.start("n"), m.end("n"))
    for m in _CALLED.finditer(text):
        name = m.group("n")
        if not all(ef.is_label(w) or lexicon.fold(w) in lexicon.stop_words()
                   for w in name.split()):
            cues.add("agency", ORG, m.start("n"), m.end("n"))
    for m in _BRANDS.finditer(text):
        name = m.group("n")
        if name.islower() and lexicon.is_dictionary_word(name):
            continue  # "nationwide", "starling": words
        end = m.end("n")
        more = _GROUP_TAIL.match(text, end)  # "Lloyds Banking Group"
        if more and lexicon.fold(more.group().split()[-1]) in ef.AGENCY_TAILS:
            end = more.end()
        cues.add("agency", ORG, m.start("n"), end)
    for m in _BANK_TOWN.finditer(text):
        g = "n" if m.group("n") else "m"
        cues.add("agency", BANK, m.start(g), m.end(g))
    for m in _PAREN_ORG.finditer(text):  # "Dr Faisal Mirza (Locala)": someone's organisation
        name = m.group("n")
        words = name.split()
        if not (ef.is_given_name(words[0]) or any(ef.is_label(w) for w in words)
                or lexicon.fold(words[-1]) in ef.ROLE_WORDS or ef.is_place_name(name)
                or len(words) == 1 and lexicon.is_dictionary_word(name)
                or any(ef.is_product(w) or ef.has_digit(w) for w in words)  # "(CRN X442190)"
                or ef.has_agency_word(m.group("p").split())):  # "Walker LLP (MARSDEN)": a client
            cues.add("agency", ORG, m.start("n"), m.end("n"))


def _person_cues(cues: Cues, text: str, people: list[tuple[int, int]]) -> None:
    fores = list(_FORENAME.finditer(text))
    for sm in _SURNAME.finditer(text):
        near = [f for f in fores if abs(f.start() - sm.start()) < 160]
        if not near:
            continue
        fm = min(near, key=lambda f: abs(f.start() - sm.start()))
        given, family = _given_names(text, fm), sm.group("n")
        if ef.is_label(given) or ef.is_label(family) or lexicon.fold(given) in ("n/a", "na"):
            continue
        s, e = min(fm.start("n"), sm.start("n")), max(fm.end("n"), sm.end("n"))
        cues.add("person", FORM, s, e, f"{given} {family}")
    for span in entity_cues.table_names(text):  # "First name | Surname" columns
        cues.add("person", FORM, span.start, span.end, span.text)
    for rx in (_ALIAS, _ALIAS_AFTER):
        for m in rx.finditer(text):
            x, y = " ".join(m.group("x").split()), m.group("y")
            xs = [w for w in x.split() if not (ef.is_label(w) or lexicon.fold(w) in
                                               lexicon.stop_words())]
            if not xs or ef.is_cipher(" ".join(xs)) or ef.is_label(y) or lexicon.fold(
                    xs[-1]) in ef.AGENCY_TAILS:
                continue
            cues.add("person", ALIAS, m.start(), m.end(), f"{' '.join(xs)} aka {y}")
    for m in _CALLED_BARE.finditer(text):  # "a man called Sully who drives a silver car"
        name = m.group("y")
        if not (ef.is_label(name) or ef.is_title(name) or ef.is_product(name)
                or ef.is_place_name(name) or lexicon.is_dictionary_word(name)
                and not ef.is_known_name(name)):
            cues.add("person", NICK, m.start("y"), m.end("y"))
    for m in _KEY_LINE.finditer(text):  # "Tariq Boss = Tariq Mahmood (owner)"
        full, shown = m.group("x"), re.sub(r"[ \t]*\([^)]*\)", "", m.group("y"))
        if (ef.is_given_name(full.split()[0]) and lexicon.fold(shown) != lexicon.fold(full)
                and not ef.is_label(shown.split()[0])):
            cues.add("person", ALIAS, m.start(), m.end(), f"{full} aka {shown}")
    for m in _KIN.finditer(text):
        cues.add("person", KIN, m.start("n"), m.end("n"))
    _shared_surname_cues(cues, text)
    for rx in _KIN_MORE:
        for m in rx.finditer(text):
            if not re.match(r"[ \t]+(?:and|&)[ \t]+[A-Z]", text[m.end():]) and not (
                    _titled_in_full(text, m.group("t"), m.group("s"))):
                cues.add("person", KIN, m.start("n"), m.end("n"))  # not "Mr and Mrs Colin
                # and Denise Orme", given names both
    for what, span in entity_cues.nicknames(text, people):
        cues.add("person", ALIAS if what == "alias" else NICK, span.start, span.end, span.text)
    for span in entity_cues.row_aliases(text, people):  # a phone's contact list
        cues.add("person", ALIAS, span.start, span.end, span.text)


def _given_names(text: str, m: re.Match) -> str:
    """Every given name in a Forename(s): field ("Kamran Ali"), not the next field's label
    ("Tobias Gender: M") or a word running on."""
    out: list[str] = []
    for w in re.finditer(r"\S+", m.group("n")):
        after = text[m.start("n") + w.end():m.start("n") + w.end() + 1]
        if out and (after == ":" or ef.is_label(w.group()) or pf.is_plain_word(w.group())
                    or lexicon.is_dictionary_word(w.group()) and not ef.is_given_name(w.group())):
            break
        out.append(w.group())
    return " ".join(out)


def _job_title(m: Mention, text: str) -> bool:
    """An organisation-like span that is the front of a job title: "Licensing Enforcement"
    of "Licensing Enforcement Officer", "Digital Media" of "Digital Media Investigator"."""
    nxt = NEXT_WORD.match(text, m.end)
    words = ef.agency_words(m.text)
    return bool(m.kind == "agency" and nxt and lexicon.fold(nxt.group(1)) in ef.ROLE_WORDS
                and not ef.has_agency_word(words)
                and lexicon.fold(" ".join(words)) not in ef.gazetteer())


def _only_filler(text: str) -> bool:
    """Nothing but articles, labels and department words: "the\n", "School - "."""
    return all(ef.is_generic(w) or lexicon.fold(w) in lexicon.stop_words()
               for w in (ef.clean_token(t) for t in text.split()) if w)


def context_mentions(page: Page, tagged: Sequence[Mention],
                     people: Sequence[tuple[int, int]] = ()) -> list[Mention]:
    """One page's cue mentions (see the labels above) and ``INSIDE`` marks for the tagged
    mentions that lie inside or across a cue's name."""
    text = page.text
    cues = Cues(page)
    _org_cues(cues, text)
    for kind, span in entity_cues.appositions(text):  # "Meadowbank, a children's home"
        cues.add(kind, ORG if kind == "agency" else TOWN, span.start, span.end)
    address_cues(cues, text)
    address_field_cues(cues, text)
    unposted_address_cues(cues, text)
    street_cues(cues, text)
    for span in entity_cues.bare_streets(text):  # "parks on Kirkgate"
        if not cues.covered(span.start, span.end):
            cues.add("place", STREET, span.start, span.end)
    for m in tagged:  # "Calderdale and Huddersfield NHS Foundation Trust", split by the model
        lead = max(0, m.start - 40)
        joined = re.search(r"(?<![\w'’\-])([A-Z][a-z]+)[ \t]+(?:and|&)[ \t]+$",
                           text[lead:m.start])
        if m.kind == "agency" and joined and ef.is_place_name(joined.group(1)) and (
                ef.is_place_name(m.text.split()[0])):
            cues.add("agency", ORG, lead + joined.start(1), m.end)
    person_spans = [(m.start, m.end) for m in tagged if m.kind == "person"
                    and len(m.text.split()) > 1] + list(people)
    town_cues(cues, text, person_spans)
    _person_cues(cues, text, person_spans)
    named = [(s, e) for s, e, lab in cues.spans if lab in AGENCY_CUES | {ADDRESS, STREET}]
    forms = [(s, e) for s, e, lab in cues.spans if lab == FORM]
    marks: list[Mention] = []
    for m in tagged:  # "Shaw - Risky Business": the organisation after the separator
        if m.kind != "agency" or len(ef.segments(m.text)) < 2 or lexicon.fold(
                " ".join(m.text.split())) in ef.gazetteer():
            continue  # not "Crown\nProsecution Service", one listed name wrapped
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
        instrument = INSTRUMENT.match(text[m.end:m.end + 16]) or _job_title(m, text)
        in_form = m.kind == "person" and (any(  # "Ali\nVisit" of "Forename(s): Mehmet Ali"
            (m.start, m.end) != (s, e) and m.start < e and s < m.end for s, e in forms)
            or entity_cues.is_field_label(text, m.start, m.end))  # "Wing: B"
        if crossing or instrument or in_form:
            marks.append(Mention(m.kind, INSIDE, m.text, m.page, m.start, m.end, m.boxes,
                                 m.canonical, m.variants, source="cues"))
    return cues.out + marks
