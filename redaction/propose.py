"""The policy that turns entities, identifier hits and register matches into proposals.

Default policy, tuned for recall because a missed complainant name is a crime to
publish and a false alarm costs one click:

* every person not on the keep list -> PD; registered persons -> VA, labelled by cipher;
* every personal identifier (phone, email, address, NI/NHS number, ...) -> PD;
* a school or care placement where a child studies or lives -> PD;
* values that a form or table labels as a name, date of birth, address... -> PD;
* agencies, places, kept public figures, ciphers, operation names, vehicles, descriptions
  and form labels are tagged or left alone, never proposed;
* words the rules left that the trained recall model reads as personal data -> PD, as a
  labelled guess (``redaction.recall_model``);
* every other occurrence in the document of a proposed name is proposed too
  (``redaction.propagation``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ingest.pages import Page

from . import (
    context_names,
    fields,
    id_columns,
    lexicon,
    model_shield,
    name_links,
    names,
    places,
    recall_model,
    rules,
    street_names,
    thing_names,
)
from .codes import Codes
from .entities import DEFAULT_MODEL, Mention, tag_pages
from .keepnames import document_keep_spans
from .propagation import (
    DETERMINER_BEFORE,
    is_casual,
    noun_in_use,
    propagate,
    propagate_identifiers,
    propagate_names,
    propagate_places,
    propagate_vehicles,
    propagation_forms,
)
from .proposal import Cand, Proposal, merge
from .register import KeepList, Register

__all__ = ["Policy", "Proposal", "propagate", "propagation_forms", "propose"]


@dataclass(frozen=True)
class Policy:
    """Which code each kind of finding gets; agencies and places are never proposed."""

    person_code: str = "PD"
    victim_code: str = "VA"
    identifier_code: str = "PD"
    propagate_names: bool = True
    name_heuristics: bool = True
    recall_model: bool = True
    codes: Codes = field(default_factory=Codes)


def rule_candidates(
    pages: Sequence[Page],
    *,
    register: Register | None = None,
    keep: KeepList | None = None,
    mentions: Sequence[Mention] | None = None,
    policy: Policy | None = None,
    model: str = DEFAULT_MODEL,
) -> tuple[dict[int, list[Cand]], dict[int, list[Mention]], dict[int, list[tuple[int, int]]]]:
    """What the rules find on each page before propagation: (candidates, mentions, kept
    spans), each by page number.  The recall model reads these."""
    policy = policy or Policy()
    if mentions is None:
        mentions = tag_pages(pages, model=model)
    by_page: dict[int, list[Mention]] = {}
    for m in mentions:
        by_page.setdefault(m.page, []).append(m)
    keep = keep or KeepList()
    kept = document_keep_spans(pages, keep)
    if register is not None:
        for page in pages:
            kept[page.number] += register.cipher_spans(page.text)
    cands: dict[int, list[Cand]] = {}
    for page in pages:
        cands[page.number] = _page_candidates(
            page, by_page.get(page.number, []), register, keep, kept.get(page.number, []),
            policy)
    return cands, by_page, kept


def propose(
    pages: Sequence[Page],
    *,
    register: Register | None = None,
    keep: KeepList | None = None,
    mentions: Sequence[Mention] | None = None,
    policy: Policy | None = None,
    model: str = DEFAULT_MODEL,
) -> list[Proposal]:
    """Proposals for a whole document (names propagate across its pages)."""
    policy = policy or Policy()
    pages = list(pages)
    cands, by_page, kept = rule_candidates(pages, register=register, keep=keep,
                                           mentions=mentions, policy=policy, model=model)
    pages_by_number = {p.number: p for p in pages}
    # a name proposed once is not proposed again inside an agency's or a place's exact
    # name ("Police Scotland", "Sandwell Children's Trust")
    shielded = {p.number: kept.get(p.number, []) + [
        (m.start, m.end) for m in by_page.get(p.number, [])
        if m.kind != "person" and m.source == "gazetteer"] for p in pages}
    if policy.recall_model:
        placed = _placement_forms(pages, cands)
        for number, found in recall_model.model_candidates(
                pages, cands, by_page, model_shield.model_kept(pages, kept),
                policy.person_code).items():
            text = pages_by_number[number].text
            cands[number] += [c for c in found if not _model_misread(text, c.start, c.end)
                              and lexicon.fold(text[c.start:c.end]) not in placed]
    for page in pages:  # before propagation, so "TJ" is found wherever it is written
        cands[page.number] += _nicknames_after_names(page.text, cands[page.number], policy)
        cands[page.number] += [c for c in name_links.described_nicknames(page.text)
                               if not any(a < c.end and c.start < b
                                          for a, b in shielded[page.number])]
    name_links.coordinated_names(pages, cands, shielded)
    name_links.surnames_after_given_names(pages, cands, shielded)
    street_names.initials_of_named_people(pages, cands)
    context_names.variant_lines(pages, cands)
    if policy.propagate_names:
        propagate_names(pages, cands, shielded)
        propagate_places(pages, cands, kept)
        propagate_vehicles(pages, cands)
        propagate_identifiers(pages, cands)
        context_names.variant_lines(pages, cands)  # "Bugsy, bugs" once Bugsy has spread
        name_links.surnames_after_given_names(pages, cands, shielded)  # "Hope" has spread
    cued, streets = thing_names.cued_places(pages), thing_names.street_words(pages)
    for page in pages:
        _with_initials(page.text, cands[page.number])
        cands[page.number] = [c for c in cands[page.number]
                              if not _word_in_a_name_of_a_thing(page.text, c)
                              and not thing_names.part_of_a_things_name(page.text, c, cued,
                                                                        streets)]
        cands[page.number] += _dates_after_names(page.text, cands[page.number], policy)
        cands[page.number] += id_columns.column_identifiers(page, cands[page.number],
                                                            policy.identifier_code)
    out: list[Proposal] = []
    for page in pages:
        out.extend(merge(page, cands[page.number], policy.codes))
    return out


def _placement_forms(pages: Sequence[Page], cands: dict[int, list[Cand]]) -> set[str]:
    """The forms of every school or placement the rules proposed ("hawthorn lodge",
    "hawthorn"): the model's guess at one of them would make a person of a placement, and
    place propagation finds them as what they are."""
    return {lexicon.fold(f) for page in pages for c in cands[page.number]
            if c.kind in ("school", "care_placement")
            for f in places.place_forms(page.text[c.start:c.end])}


def _model_misread(text: str, start: int, end: int) -> bool:
    """What the recall model proposes that is no one: a cipher ("LP-11"), a town
    ("Luton") that is not also a first name, a word in lower case in formal writing
    ("a tiny room")."""
    span = text[start:end].strip()
    word = lexicon.fold(span)
    before = re.search(r"([A-Z][\w'’\-]+)[ \t]+$", text[max(0, start - 30):start])
    return fields.is_cipher(span) or (
        word in names.town_names() and word not in lexicon.given_names()) or _word_in_use(
        text, start, end) or noun_in_use(text, start, end) or bool(
        before and _town_first(lexicon.fold(before.group(1)), word))



def _word_in_use(text: str, start: int, end: int) -> bool:
    """A lower-case ordinary word used as a word in formal writing: "one tiny bedroom",
    "a major incident" (not "'tee'" in quotes, nor "tell tiny" in a chat)."""
    span = text[start:end]
    return (span.islower() and " " not in span.strip()
            and lexicon.is_dictionary_word(lexicon.fold(span))
            and bool(DETERMINER_BEFORE.search(text, max(0, start - 12), start))
            and not is_casual(text, start))


_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.?\s+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+|[A-Z]{2,})\b")


def _word_in_a_name_of_a_thing(text: str, c: Cand) -> bool:
    """A nickname that is an ordinary word, written as the first word of the name of a
    thing: "Major Investigation Team", "Duke Street", "Ace Couriers Ltd", "Chief Executive"
    (but "Honey Brannigan", "Tiny said")."""
    if c.kind not in ("person", "protected_person"):
        return False
    word = lexicon.fold(lexicon.strip_possessive(text[c.start:c.end]).strip("'’\"“”"))
    if " " in word or not (lexicon.is_dictionary_word(word) or word in lexicon.name_words()):
        return False
    if c.source.startswith("field:"):
        return False
    m = _CAPITAL_AFTER.match(text, c.end)
    if not m:
        return False
    nxt = lexicon.fold(m.group(1))
    return (lexicon.is_dictionary_word(nxt) and nxt not in lexicon.given_names()
            and nxt not in lexicon.surnames() and nxt not in lexicon.name_words())


def _with_initials(text: str, cands: list[Cand]) -> None:
    """"L Marsh", "J. Ogden": the initial before a proposed name goes with it."""
    for c in cands:
        if c.kind in ("person", "protected_person"):
            m = _INITIAL_BEFORE.search(text, max(0, c.start - 4), c.start)
            if m and (lexicon.fold(m.group().strip(" .\t")) not in ("a", "i")
                      or "." in m.group()):  # "by A. Senior": an initial, not "a"
                c.start = m.start()


_OPERATION_BEFORE = re.compile(r"(?i)\b(?:operation|op\.?|project)\s+$")
_INSTRUMENT_AFTER = re.compile(r"^(?:['’]s)?\s+(?:Law|Act|Order|Scheme|Rule)\b")
_BODY_WORDS = frozenset(
    "police constabulary council law act order notice scheme press office public team "
    "service services trust board ltd limited plc llp cars taxis cabs group panel unit "
    "partnership agency inquiry commission commissioner court cymru".split()
)
# a word after the first that makes a labelled "name" an organisation's
_ORGANISATION_WORDS = _BODY_WORDS | {"bureau", "department", "division", "directorate"}
# bodies named with their kind first: Welsh ("Cyngor Sir ...", "Heddlu ...") and prisons
_BODY_FIRST = frozenset(
    "cyngor heddlu neuadd bwrdd llywodraeth gwasanaeth swyddfa llys hmp hmyoi hmp/yoi "
    "hmip hmicfrs".split())
_BODY_FIRST_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(
    re.escape(w) for w in sorted(_BODY_FIRST)) + r")(?:[ \t]+(?:sir|y|yr))?[ \t]+$")


def _named_body(text: str, start: int, end: int) -> bool:
    """A span that is (part of) a body named kind first: "HMP Forest Bank", "Heddlu ..."."""
    first = text[start:end].split()
    return bool(first) and lexicon.fold(first[0]) in _BODY_FIRST or bool(
        _BODY_FIRST_BEFORE.search(text, max(0, start - 12), start))


_PLACE_WORDS = frozenset(
    "house lodge road street lane avenue close court drive way crescent grove gardens place "
    "terrace walk row mews hill park square view rise green parade fold gate vale bank croft "
    "mount estate centre center hall station surgery practice hospital school academy college "
    "university church mosque chapel precinct market shops arcade retail ward unit wing "
    "hotel inn pub bar cafe restaurant takeaway kebab pizza chippy garage".split()
)


def _line_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A span across lines ("Halifax\nLorraine Sugden", table cells read as one) is judged
    line by line: each part must be a name on its own."""
    out, start = [], s
    for m in re.finditer(r"\n", text[s:e]):
        out.append((start, s + m.start()))
        start = s + m.end()
    out.append((start, e))
    return [(a, b) for a, b in out if b > a]


_PLACE_AFTER = re.compile(r"(?i)^[ \t]+(?:area|estate|district|ward|village|town|city|centre)\b")


def _town_first(town: str, after: str) -> bool:
    """A town that is no one's first name, then the name of one of its stations or teams:
    "Manchester Victoria", "Bradford Interchange", "Leeds United" name no one."""
    return (after in _STATION_WORDS and town in names.town_names()
            and town not in lexicon.given_names())


_STATION_WORDS = frozenset(
    "victoria piccadilly central interchange parkway airport arena international city "
    "united town rovers wanderers athletic albion county exchange".split())


_ROLE_ENDING = re.compile(r"(?:er|or|ant|ent|ee|ist|ian)$")  # "Hirer", "Respondent"
_LABEL_AFTER = re.compile(r"(?:['’]s)?[ \t]*:")
_COMPASS = frozenset("north south east west northern southern eastern western central "
                     "mid upper lower greater".split())


def _not_a_person(text: str, start: int, end: int, strict: bool = True) -> bool:
    """Spans that name no one: "Operation Clover", "Child A", "Clare's Law", "Astra",
    "Larkfield House", "01/12/2015", "the Westwood area". Without ``strict`` (a name by
    its context) an ordinary word or a month may still be one ("called Dec")."""
    span = text[start:end]
    if names.is_dotted_initials(span):
        return False  # "R.T.": a person named by initials
    if not re.search(r"[^\W\d_]{2,}", span) or fields.is_cipher(span):
        return True
    if strict and lexicon.is_not_a_name(span) or not strict and all(
            lexicon.fold(w.strip(".,;:()'\"")) in lexicon.not_names() for w in span.split()):
        return True
    if any(re.search(r"\d", w) and re.search(r"[^\W\d_]", w) for w in span.split()):
        return True  # "C3/001", "SYP-160117-0642": references, not names
    if strict and _PLACE_AFTER.match(text[end:end + 12]):
        return True
    words = span.split()
    if len(words) > 1 and lexicon.fold(lexicon.strip_possessive(words[-1])) in (
            _PLACE_WORDS | _BODY_WORDS):
        return True  # "Larkfield House", "Sarah's Law", "GMP Press Office"
    folded = [lexicon.fold(w.strip(",.;:()")) for w in words]
    if strict and len(words) == 1 and _LABEL_AFTER.match(text, end) and (
            lexicon.is_dictionary_word(folded[0]) or _ROLE_ENDING.search(folded[0])) and (
            folded[0] not in lexicon.given_names() and folded[0] not in lexicon.surnames()
            and not text[max(0, start - 1):start].strip()):
        return True  # "Hirer:", "Applicant:": a form's label, not a speaker's name
    if all(w in _COMPASS for w in folded):
        return True  # "NORTH WEST AMBULANCE SERVICE": a region, whatever the name lists say
    if len(words) == 2 and _town_first(folded[0], folded[1]):
        return True  # "Manchester Victoria", "Leeds Bradford": a station or an airport
    if lexicon.fold(words[0]) in _BODY_FIRST or _BODY_FIRST_BEFORE.search(
            text, max(0, start - 12), start):
        return True  # "Heddlu Gogledd Cymru", "Cyngor Sir Glanmorfa", "HMP Risley"
    plain = [w for w in words if len(w.strip(",.;:()")) > 1  # an initial is no word
             and lexicon.is_dictionary_word(w.strip(",.;:()"))
             and lexicon.fold(w.strip(",.;:()")) not in lexicon.given_names()
             and lexicon.fold(w.strip(",.;:()")) not in lexicon.name_words()]
    if len(words) > 1 and len(plain) >= 2 and not any(
            lexicon.fold(w.strip(",.;:()")) in lexicon.given_names() for w in words):
        return True  # "Humber Sexual Assault": two ordinary words and no first name
    if re.search(r"(?:^|\W)(?:St|Saint)\.?\s+$", text[max(0, start - 7):start]) or re.match(
            r"(?:St|Saint)\.?\s", span):
        return True  # "St Mary's": a saint's name is a church, a school or a hospital
    if _OPERATION_BEFORE.search(text[max(0, start - 12):start]):
        return True
    if _INSTRUMENT_AFTER.match(text[end:end + 14]) or (
            span.endswith(("'s", "’s")) and _INSTRUMENT_AFTER.match(text[end - 2:end + 12])
    ) or re.search(r"\w['’]s\s+(?:Law|Scheme)\b", span):
        return True  # "Clare's Law Right to Ask"
    nxt = re.match(r"[ \t]+([A-Z0-9]{1,3})\b", text[end:end + 6])
    return bool(nxt and fields.is_cipher(f"{span} {nxt.group(1)}"))


def _trim_title(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave "Mr"/"DC"/"Mother" and stray times or numbers visible: only the name itself
    is personal data."""
    while True:
        m = re.match(r"([A-Za-z]+\.?|[\d:.\[\]()]+)\s+", text[start:end])
        if not m:
            break
        word = lexicon.fold(m.group(1)).rstrip(".")
        if len(word) == 1 and m.group(1).endswith("."):
            break  # "A. Senior": an initial, not the article
        sentence_word = (lexicon.is_dictionary_word(word) and word not in lexicon.given_names()
                         and word not in lexicon.name_words())  # "Later Mahmod drove off"
        month = lexicon.is_month_or_day(word) and bool(_DATE_WORD_BEFORE.search(
            text, max(0, start - 12), start))  # "In August Daisy gave ...": the month
        if not (word in lexicon.titles() or word in lexicon.relation_words() or sentence_word
                or street_names.is_role_abbreviation(word)  # "HoY Mrs P. Quayle"
                or not any(c.isalpha() for c in word) or month):
            break
        start += m.end()
    while True:
        m = re.search(r"\s+([\d:./\-\[\]()]+)$", text[start:end])
        if not m:
            break
        end = start + m.start()
    cipher = _LEADING_CIPHER.match(text, start, end)
    if cipher and fields.is_cipher(cipher.group("c")):
        start = cipher.end()  # "Child B. Lacey is": the cipher stays
    return start, end


_DATE_WORD_BEFORE = re.compile(r"(?i)\b(?:in|since|until|during|early|late|mid|by|last|next|"
                               r"every|each|on)[ \t]+$")
_LEADING_CIPHER = re.compile(r"(?P<c>[A-Z][a-z]*(?:\s+[A-Z][a-z]+)?\s?[A-Z0-9]{1,3})[.,;:]?\s+")


def _page_candidates(
    page: Page, mentions: list[Mention], register: Register | None, keep: KeepList,
    kept: list[tuple[int, int]], policy: Policy
) -> list[Cand]:
    text = page.text
    # only exact gazetteer names shield a name-list word; spaCy's ORG spans often swallow
    # people ("Hodan Warsame (Youth Offending Team)")
    bodies = [(m.start, m.end) for m in mentions if m.kind != "person"
              and m.source == "gazetteer"]
    out: list[Cand] = []

    def inside_kept(s: int, e: int) -> bool:
        return any(a <= s and e <= b for a, b in kept)

    def person(s: int, e: int, source: str, conf: float, context: bool = False) -> None:
        """A person's name from ``source``; ``context`` when the words around it say it is
        a name ("known as Shady", "DC Fitton"), so an ordinary word may be one."""
        for ls, le in _line_parts(text, s, e):
            ls, le = _outside_kept(text, ls, le, kept)
            ls, le = _trim_title(text, ls, le)
            if ls < le and not keep.is_kept(text[ls:le]) and not _not_a_person(
                    text, ls, le, strict=not context):
                out.append(Cand(ls, le, policy.person_code, policy.person_code, source, conf,
                                "person"))

    areas = names.town_names()
    others = [(m.start, m.end) for m in mentions if m.kind != "person"]
    for m in mentions:
        if m.kind == "person" and m.canonical not in areas:
            person(m.start, m.end, "spacy", 0.8)
        elif m.source != "gazetteer" and _org_made_of_names(m, areas) and not (
                text[m.end:m.end + 1] == "-" or text[m.start - 1:m.start] == "-"):
            # not a piece of "Ashton-under-Lyne"
            person(m.start, m.end, "heuristic:name_read_as_body", 0.6)
    for h in rules.find_identifiers(text):
        if h.kind == "address" and _named_body(text, h.start, h.end):
            continue  # "moved to HMP Forest Bank": a prison, not a street
        if inside_kept(h.start, h.end):
            continue  # a register's cipher shaped like a record number ("C-1101")
        out.append(Cand(h.start, h.end, policy.identifier_code, policy.identifier_code,
                        f"rule:{h.rule}", h.confidence, h.kind))
    for p in places.find_child_places(text):
        if inside_kept(p.start, p.end) or _named_body(text, p.start, p.end) or (
                lexicon.fold(p.text) in areas):
            continue  # "Luton" alone is the town, whatever the words around it
        if any(a < p.end and p.start < b and (p.rule == "place_context" or (
                a <= p.start and p.end <= b)) for a, b in bodies):
            continue  # a town named bare is the town; "Aylestone Court" (a unit) is not
        if p.rule == "place_context" and (lexicon.fold(p.text) in areas or keep.is_kept(p.text)
                                          or (_person_like(p.text)
                                              and not places.has_place_tail(p.text))):
            continue
        out.append(Cand(p.start, p.end, policy.identifier_code, policy.identifier_code,
                        f"place:{p.rule}", p.confidence, p.kind))
    if policy.name_heuristics:
        for n in names.find_name_like(text, exclude=bodies):
            if n.rule in ("name_list", "lower_name_list") and any(
                    a <= n.start and n.end <= b and not _has_given_name(text[a:b])
                    and not (n.rule == "lower_name_list" and (a, b) == (n.start, n.end))
                    for a, b in others):  # spaCy's guess at one lower-case word is weak
                continue  # "lives in Middleton", "Royal Oldham": spaCy read no person
            if n.rule == "chat_speaker" and re.search(r"\d", n.text):
                out.append(Cand(n.start, n.end, policy.identifier_code, policy.identifier_code,
                                "heuristic:chat_handle", n.confidence, "social_handle"))
                continue  # "connorbuilds2006: thx": a user name that writes, not a code
            person(n.start, n.end, f"heuristic:{n.rule}", n.confidence,
                   context=n.rule not in ("name_list", "lower_name_list", "label_context"))
        for n in street_names.find(text) + context_names.find(text):  # whole as written:
            # "Uncle N" is the name
            if not inside_kept(n.start, n.end) and not keep.is_kept(n.text):
                out.append(Cand(n.start, n.end, policy.person_code, policy.person_code,
                                f"heuristic:{n.rule}", n.confidence, "person"))
    for fv in fields.find_fields(page):
        out += _field_candidates(text, fv, policy, person, inside_kept)
    if register is not None:
        out += _register_candidates(text, register, policy, inside_kept)
    return out


_DATE_IN_BRACKETS = re.compile(
    r"^[ \t]*\([ \t]*(?:[\"'“‘][^\"'”’)\n]{1,25}[\"'”’][ \t]*,[ \t]*)?"
    r"(?:(?:DOB|D\.O\.B\.?|born|b\.)[ \t:]*)?(?P<d>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    r"|\d{1,2}[ \t\-](?i:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[ \t\-]"
    r"(?:19|20)\d\d)[ \t]*\)")  # "QADERI, Nadia (27-Jan-2005)"
_CIPHER_BEFORE = re.compile(r"(?:\b(?:YP|C|V|W|Child|Complainant|Victim|Witness|Young Person)"
                            r"[\s\-]?(?:[A-Z]|\d{1,3}))\s*$")


# "(PICKSY)", "(Mo)", "(Tiny - in fact a very large man)"; in a table cell the bracket may
# wrap to the next line ("HUSSAIN, Abid\n(Bid)")
_NICK_IN_BRACKETS = re.compile(
    r"^[ \t]*\n?[ \t]*\([ \t]*(?P<n>[A-Z][A-Za-z'’\-]{2,15}|[A-Z][a-zA-Z])[ \t]*(?:\)|[-–—][ \t])")


# what minutes, statements and lists put in brackets after a name besides a street name
_BRACKET_ROLES = frozenset(
    "chair chairman chairperson chairwoman vice secretary treasurer manager director head "
    "lead officer worker social police solicitor counsel barrister interpreter witness victim "
    "suspect defendant complainant mother father parent carer guardian advocate nurse doctor "
    "teacher minutes note notes apologies absent present observer student trainee deceased "
    "retired acting interim deputy senior junior former now nee née deaf adult child youth "
    "juvenile male female british white black asian mixed other unknown redacted withheld "
    "author caller reporter writer driver owner landlord tenant employer employee volunteer "
    "presenting reviewing allocated named designated duty area team agency council health "
    "education housing probation ambulance fire prison court judge magistrate clerk "
    # what a document prints under a name: "Statement of Jo Bloggs\n(Continued)"
    "continued cont contd overleaf signed unsigned draft copy original attached see page "
    "exhibit statement transcript summary extract".split())


def _nicknames_after_names(text: str, cands: list[Cand], policy: Policy) -> list[Cand]:
    """"PICKLES, Darren (PICKSY)", "Rebaz HAMID (REB)": a name in brackets after a name is
    what the person is called; not an acronym of the words before it, a role or a team."""
    out = []
    for c in cands:
        if c.kind not in ("person", "protected_person"):
            continue
        m = _NICK_IN_BRACKETS.match(text[c.end:c.end + 24])
        if not m:
            continue
        nick = m.group("n")
        named = text[c.start:c.end]
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’\-]*", named))
        folded = lexicon.fold(nick)
        if len(named.split()) > 1 and lexicon.fold(named.split()[0]) in lexicon.given_names() \
                and nick.upper() in (initials.upper(), street_names.name_initials(named)):
            initials = ""  # "Priya Lal-Sandhu (PLS)": a person's initials stand for her
        # an ordinary word ("Ace", "Tiny") is a street name after a full name, but a role
        # after any name ("Jo Bloggs (Chair)")
        word_ok = len(text[c.start:c.end].split()) > 1 and folded not in _BRACKET_ROLES \
            and folded not in lexicon.relation_words() and nick[1:].islower()
        if (nick.upper() == initials.upper()
                or lexicon.is_not_a_name(nick) and not (
                    word_ok and folded not in lexicon.not_names()
                    and lexicon.is_dictionary_word(folded))
                or folded in lexicon.titles() or names.is_abbreviation(nick)
                or folded in names.town_names()):
            continue
        out.append(Cand(c.end + m.start("n"), c.end + m.end("n"), c.code, c.label,
                        "heuristic:nickname_in_brackets", 0.7, c.kind))
    return out


def _dates_after_names(text: str, cands: list[Cand], policy: Policy) -> list[Cand]:
    """"Rafiqul ISLAM (11/03/1987)": a date in brackets right after a name is the
    person's date of birth."""
    out = []
    ends = [c.end for c in cands if c.kind in ("person", "protected_person")]
    # a cipher stands for a person too: "YP1 (16/04/1988)"
    for m in re.finditer(r"\(", text):
        if _CIPHER_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            ends.append(m.start())
    years = [int(y) for y in _YEAR.findall(text)]
    latest = max(years, default=0)
    for end in ends:
        m = _DATE_IN_BRACKETS.match(text[end:end + 50])
        if m:
            out.append(Cand(end + m.start("d"), end + m.end("d"), policy.identifier_code,
                            policy.identifier_code, "rule:dob_after_name", 0.85,
                            "date_of_birth"))
            continue
        m = _DATE_AFTER_COMMA.match(text[end:end + 20])
        year = m and (m.group("y") or m.group("i") or m.group("s") or m.group("w"))
        if m and _year_of(year, latest) <= latest - _DOB_GAP_YEARS:
            out.append(Cand(end + m.start("d"), end + m.end("d"), policy.identifier_code,
                            policy.identifier_code, "rule:dob_after_name", 0.7,
                            "date_of_birth"))
    return out


# "Kevin Stansfield, 07/01/1967; duty manager...": a full date after a name and a comma,
# from long before everything else the page dates, is when the person was born (a date
# signed or seen is as recent as the rest)
_DATE_AFTER_COMMA = re.compile(  # or in the next cell of a table's row, in any format a
    # register writes: "1990-01-30", "14 02 1991", "21 Nov 87", "5.6.76"
    # (after a nickname in brackets too: "RAFIQ, Tariq (Rafa),\n02/03/1988")
    r"^(?:[ \t]*\([^()\n]{1,30}\))?['’\"”)]?(?:,[ \t]*(?:\n[ \t]*)?|[ \t]+|[ \t]*\n[ \t]*)"
    r"(?P<d>\d{1,2}[/.\-]\d{1,2}[/.\-](?P<y>(?:19|20)\d\d|\d\d)(?![\d/.\-])"
    r"|(?P<i>(?:19|20)\d\d)-[01]\d-[0-3]\d(?!\d)"
    r"|\d{1,2}[ \t]\d{1,2}[ \t](?P<s>(?:19|20)\d\d)(?!\d)"
    r"|\d{1,2}[ \t](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]"
    r"(?P<w>(?:19|20)?\d\d)(?!\d))")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def _year_of(year: str | None, latest: int) -> int:
    """A written year in full: "87" is 1987, "07" is 2007 and "23" 2023 (never 1923)."""
    if year is None:
        return latest
    if len(year) == 4:
        return int(year)
    return 1900 + int(year) if int(year) >= 30 else 2000 + int(year)
_DOB_GAP_YEARS = 12


_BODY_TAIL = re.compile(
    r"(?i)\b(?:police|constabulary|council|services?|team|trust|nhs|hospital|school|academy|"
    r"college|court|ltd|limited|group|unit|centre|center|project|society|association|"
    r"university|board|office|department|home|house|lodge|street|road|lane|crown|care|"
    r"partnership|agency|bank|plc|llp|solicitors|chambers|church|mosque|station|cars|taxis)\b")


def _name_shaped_word(word: str) -> bool:
    """Name-shaped and no ordinary English word, nor any part of a hyphenated one."""
    w = lexicon.fold(lexicon.strip_possessive(word.strip(",.;:()")))
    return bool(w) and lexicon.is_name_like(w) and not lexicon.is_not_a_name(w) and not any(
        lexicon.is_dictionary_word(p) for p in [w, *w.split("-")] if p)


def _listed(word: str) -> bool:
    """In the name lists, or one part of it is ("Braithwaite-Oyelaran")."""
    w = lexicon.fold(lexicon.strip_possessive(word.strip(",.;:()")))
    return any(p in lexicon.given_names() or p in lexicon.surnames() for p in w.split("-") if p)


def _org_made_of_names(m: Mention, areas: frozenset[str]) -> bool:
    """spaCy reads many people as bodies or places ("Delroy ASHMAN-CLARKE", "Leah-Marie",
    "Reece FAIRCLOUGH"): a span of nothing but name-shaped words, one of them listed, with
    no body or place word, is a person. Acronyms ("ABE", "LADO"), makes ("Toyota") and
    towns stay what spaCy said; a lone word must be a first name ("Amelia", not "Hanley")
    or double-barrelled."""
    words = m.text.split()
    if not words or _BODY_TAIL.search(m.text) or lexicon.fold(m.text) in areas:
        return False
    if any(re.fullmatch(r"[A-Z]{1,4}", w.strip(",.;:()")) for w in words):
        return False
    if not all(_name_shaped_word(w) for w in words) or not any(_listed(w) for w in words):
        return False
    if len(words) == 1:
        w = lexicon.fold(lexicon.strip_possessive(words[0].strip(",.;:()")))
        if w not in lexicon.given_names() and "-" not in w:
            return False  # "Shaw" the town in Oldham, as often as Shaw a surname
        if w in lexicon.uk_places():
            return False
    return True


def _has_given_name(text: str) -> bool:
    """"J. Ogden", "NIMO HASSAN", "Abdiqani Farah": an initial or a first name in it."""
    words = text.split()
    if re.fullmatch(r"[A-Z]\.?", words[0]):
        return True
    return any(lexicon.fold(lexicon.strip_possessive(w)) in lexicon.given_names()
               and not lexicon.is_dictionary_word(w) for w in words)


def _person_like(text: str) -> bool:
    """"placed with Mary Smith": a bare name after a care word that is a person's."""
    words = [lexicon.fold(w) for w in text.split()]
    return bool(words) and (words[0] in lexicon.given_names() or words[0] in lexicon.titles()
                            or words[0] in lexicon.relation_words())


def _outside_kept(text: str, s: int, e: int, kept: list[tuple[int, int]]) -> tuple[int, int]:
    """The part of a span before or after a kept name it overlaps ("Alan Beardsall
    Police" -> ""), or an empty span when the kept name covers it."""
    for a, b in kept:
        if a < e and s < b:
            if a <= s and e <= b:
                return s, s
            before, after = text[s:a].strip(), text[b:e].strip()
            if len(after) > len(before):
                s = b
            else:
                e = a
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return s, e


_ALIAS_LABELS = frozenset(("alias", "aliases", "aka", "known as", "also known as", "nickname",
                           "nicknames", "other names", "street name", "street names",
                           # how a phone stores a contact: what the owner calls that person
                           "saved as", "saved name", "stored as", "contact saved as",
                           "display name", "profile name"))
_NAME_TOKEN = re.compile(
    r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|(?:O['’]|Mc|Mac)[A-Z][\w'’\-]*)(?:,(?=[ \t]))?"
)
def _surname_in_capitals(words: list[str]) -> bool:
    """ "Rex FALLOWFIELD": a surname written in capitals after a given name is the surname,
    even where a town has the same name (after a comma it is where they are)."""
    last, before = words[-1], words[-2]
    return (len(last) > 2 and last.isupper() and not before.endswith(",")
            and before[:1].isupper() and not before.isupper())


_EMPTY_VALUE = re.compile(r"(?i)^\W*(?:n/?a|none|nil|unknown|not\s+known|nfa|no\s+fixed\s+"
                          r"abode|tbc|tbd|redacted|withheld|see\s+above|as\s+above|-+|—)\W*$")


def _field_candidates(text: str, fv: fields.FieldValue, policy: Policy, person,  # noqa: ANN001
                      inside_kept) -> list[Cand]:  # noqa: ANN001
    """What a labelled value holds, by its label: names only up to the first word that is
    not part of a name; dates of birth only as dates; nothing for empty values."""
    if _EMPTY_VALUE.match(fv.text) or inside_kept(fv.start, fv.end):
        return []
    code = policy.identifier_code
    if fv.kind == "name" and fv.label in _ALIAS_LABELS:
        # "Also known as: Taz; T-Money", "'Biscuit', 'Biscuits'": every part is a name
        prose = False
        for m in re.finditer(r"[^;,/\n]+", fv.text):
            part = m.group().strip(" \t'\"‘’“”")
            if len(part.split()) > 3:
                prose = True  # "Kayleigh Smith (DOB 01/02/2003)": read as any name field
            elif part and part[0].isupper() and not _EMPTY_VALUE.match(part):
                s = fv.start + m.start() + m.group().index(part)
                person(s, s + len(part), f"field:{fv.label}", 0.75, context=True)
        if not prose:
            return []
    if fv.kind in ("name", "school", "placement"):
        run = re.match(r"(?:" + _NAME_TOKEN.pattern + r")(?:[ \t]+(?:(?:of|the|and|&|de|van|"
                       r"von|bin|al|el)[ \t]+)?(?:" + _NAME_TOKEN.pattern + r"))*", fv.text)
        if not run or not run.group().strip(" ,") or re.match(r"(?i)(?:re|fwd?|aw|sv)\s*:",
                                                             fv.text):
            return []  # "Subject: RE: ..." is an e-mail's subject line
        words = run.group().rstrip(" ,").split()
        comma = next((i for i, w in enumerate(words[:-1]) if w.endswith(",")), None)
        if comma is not None and comma >= 1:
            words = words[:comma + 1]  # "Jenna Priestley, Barnardo's": the name, then where
        popped = ""
        while len(words) > 1 and (lexicon.is_not_a_name(words[-1].strip(",")) or lexicon.fold(
                words[-1].strip(",")) in names.town_names() and not _surname_in_capitals(words)):
            popped = words.pop()  # "Hodan ABDI, DOB", "Brackenhurst Lodge, Littleborough"
        if (popped and len(words) > 2 and words[-2].endswith(",")
                and lexicon.fold(popped.strip(",")) in _PLACE_WORDS | _BODY_WORDS | {"medical"}):
            words.pop()  # "Dr Irfan Lodhi, Picton Medical Centre": Picton names the centre
        if all(lexicon.fold(w.strip(",.")) in lexicon.stop_words() for w in words):
            return []  # "On 31 January ...": prose read as the value of a cell
        s = fv.start
        e = s + run.group().index(words[-1]) + len(words[-1].rstrip(","))
        written = run.group().split()
        if fv.kind == "name" and len(written) > 1 and lexicon.fold(written[1].strip(",")) in (
                _ORGANISATION_WORDS):
            return []  # "To: Merseyside Police Force Intelligence Bureau": a body, no one
        if fv.kind == "name":
            person(s, e, f"field:{fv.label}", 0.75, context=True)
            return []
        if len(fv.text.split()) > 8 or lexicon.is_not_a_name(text[s:e]):
            return []  # prose in a cell: the text finders read it
        kind = "school" if fv.kind == "school" else "care_placement"
        return [Cand(s, e, code, code, f"field:{fv.label}", 0.7, kind)]
    if fv.kind == "dob":
        m = rules.DATE_RE.search(fv.text)
        if not m:
            return []
        return [Cand(fv.start + m.start(), fv.start + m.end(), code, code, "field:dob", 0.9,
                     "date_of_birth")]
    digits = len(re.findall(r"\d", fv.text))
    if fv.kind in ("phone", "ni", "nhs", "vrm", "other", "licence") and not digits:
        return []
    if fv.kind in ("other", "licence") and rules.DATE_RE.fullmatch(fv.text.strip()):
        return []  # "Licence expiry date | 17 April 2027": a date, not the licence
    if (fv.kind == "phone" and digits < 9 or fv.kind == "nhs" and digits < 10
            or fv.kind in ("ni", "vrm") and len(fv.text) > 16
            or len(fv.text) > (90 if fv.kind == "address" else 40)):
        return []  # not the value a label promises: prose after "by phone:"
    if fv.kind == "address":
        value = fv.text
        while True:  # "2 Mill Lane, Oldham OL8 4BH": the town and postcode are no address
            value = re.sub(r"[\s,]*\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\s*$", "", value)
            parts = re.split(r"(,|\n)", value)
            if len(parts) > 1 and _locality(parts[-1].strip(), "".join(parts[:-2])):
                value = "".join(parts[:-2])
                continue
            break
        value = value.rstrip(" ,\n")
        if not value:
            return []
        return [Cand(fv.start, fv.start + len(value), code, code, "field:address", 0.8,
                     "address")]
    kind = {"phone": "phone", "ni": "ni_number", "nhs": "nhs_number", "vrm": "vehicle_reg",
            "handle": "social_handle", "other": "reference", "licence": "licence_number"}[fv.kind]
    if fv.label in fields.CODE_COLUMNS:
        if not fields.is_code(fv.text) or fields.is_cipher(fv.text):
            return []  # "Job | Kestrel Rooms", "Item | 3": a word or a row number
    elif fv.kind == "other" and digits < 3:
        return []  # "Ref 2": a row number, not a record
    return [Cand(fv.start, fv.end, code, code, f"field:{fv.label}", 0.8, kind)]


_STREET_TAIL = re.compile(r"(?i)\b(?:" + rules.STREET_SUFFIXES + r")\b")


def _locality(part: str, rest: str) -> bool:
    """The last part of an address that only says where ("..., Hindley", "..., Old Leake"):
    a town, or one or two capitalised words after a numbered street."""
    if lexicon.fold(part) in names.area_names() or lexicon.fold(part) in names.town_names():
        return True
    return (bool(re.fullmatch(r"[A-Z][a-z'’\-]+(?:[ \t][A-Z][a-z'’\-]+)?", part))
            and not _STREET_TAIL.search(part) and bool(re.search(r"\d", rest))
            and bool(_STREET_TAIL.search(rest)))


def _register_candidates(text: str, register: Register, policy: Policy,
                         inside_kept) -> list[Cand]:  # noqa: ANN001
    out = []
    towns = names.town_names()
    for r in register.match_text(text):
        if r.form.removesuffix("~ocr").removesuffix("~") in ("surname", "first", "middle") \
                and lexicon.fold(
                r.text) in towns and _PLACE_BEFORE.search(text[max(0, r.start - 8):r.start]):
            continue  # "a children's home in Ashby": the town, not C-302 Ashby
        if _word_in_use(text, r.start, r.end) or noun_in_use(text, r.start, r.end):
            continue  # "a tiny room": the word, not the alias "Tiny" (but "tell tiny" in a chat)
        strong = r.form in ("full", "alias", "dob", "full~", "full~ocr") or r.form.endswith(
            "~ocr")
        if not strong and inside_kept(r.start, r.end):
            continue
        slip = r.form.endswith("~")  # one letter away: maybe someone else entirely
        if slip or not strong and _namesake(text, r.start, r.end,
                                            register.name_tokens(r.cipher)):
            # "Elena Dumitru" is not C-104 "Roxana Dumitru": redact, but do not label her
            # with the cipher, which would tell readers she is related to C-104
            out.append(Cand(r.start, r.end, policy.person_code, policy.person_code,
                            f"register:{r.form}:namesake", r.confidence, "person"))
            continue
        out.append(Cand(r.start, r.end, policy.victim_code, r.cipher, f"register:{r.form}",
                        r.confidence, "protected_person"))
    return out


_PLACE_BEFORE = re.compile(r"(?i)\b(?:in|at|from|near|to|of)\s+$")
_NEIGHBOUR_BEFORE = re.compile(r"([A-Z][\w'’\-]+)[ \t]+$")
_NEIGHBOUR_AFTER = re.compile(r"^(?:['’]s)?[ \t]+([A-Z][\w'’\-]+)")


def _namesake(text: str, start: int, end: int, own: frozenset[str]) -> bool:
    """A single registered name part written next to a different capitalised name."""
    before = _NEIGHBOUR_BEFORE.search(text, max(0, start - 40), start)
    after = _NEIGHBOUR_AFTER.search(text[end: end + 40])
    for m in (before, after):
        if not m:
            continue
        word = lexicon.fold(lexicon.strip_possessive(m.group(1)))
        if (word in own or word in lexicon.titles() or word in lexicon.stop_words()
                or word in lexicon.relation_words()):
            continue
        if word in lexicon.given_names() or word in lexicon.surnames():
            return True
    return False
