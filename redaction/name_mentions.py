"""People the statistical tagger missed, for search facets: the model-free name finders.

spaCy's small model misses most names in chat exports, lower-case notes, tables and
signatures ("Morgan Leach: cant my mum took my phone", "mrs jowett (head)"). The redaction
engine finds those with :func:`redaction.names.find_name_like` (titles, relations, "known as",
chat speakers, the name lists); the same finders add person mentions here, so counsel's
``person:`` filter finds a name wherever the redaction engine would. Only whole, standalone
spans are taken, widened or cut to whole words ("O'HARE", "McANDREW"; not "MISSING" read as
"Miss" + "ING"), not the first word of a street, school or company ("Fenton Road", "Unity
College"), not a word inside something spaCy already tagged as a place or agency. Titled
names, inverted "SURNAME, Given" names and the other names of a list of people are added
(:mod:`redaction.entity_cues`); a tagger's person that runs past one of these into the next
column ("Patrick Assault") is marked. What is left is still cleaned and resolved with every
other mention (:mod:`redaction.entity_resolution`); the places, organisations and aliases
around them come from :mod:`redaction.context_cues`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence

from ingest.pages import Page

from . import entity_cues, lexicon
from . import entity_filters as ef
from . import person_filters as pf
from .column_gaps import column_cuts, split_at
from .context_cues import (
    ADDRESS,
    AGENCY_CUES,
    INSIDE,
    INSTRUMENT,
    NEXT_WORD,
    STREET,
    TOWN,
    context_mentions,
)
from .entities import Mention, boxes_for_span
from .names import find_name_like
from .table_columns import place_cells, place_names, vehicle_cells

LABEL = ef.NAME  # the label stored for these mentions (spaCy's are PERSON, GPE, ORG...)
_PLACE_TAILS = frozenset(
    "road street lane avenue close court drive way crescent grove gardens place terrace walk "
    "row mews hill park square view rise green parade fold gate vale bank croft mount estate "
    "house lodge valley moor bridge retail shopping centre center".split())


_SITE_TAILS = ef.LOCALITY_WORDS | frozenset("market beach".split())


def _followed_by_tail(text: str, end: int, cuts: Sequence[int] = ()) -> bool:
    """Whether the words after a name make it the start of a place's or body's name; not
    the next column's words ("Farzana Akhtar    Lee Street" of a petition's row)."""
    if end in cuts:
        return False
    m = NEXT_WORD.match(text, end)
    if not m:
        return False
    word = lexicon.fold(m.group(1))
    role = NEXT_WORD.match(text, m.end())  # "Nadia Siddiqui | School nurse": her job
    if role and lexicon.fold(role.group(1)) in ef.ROLE_WORDS and role.group(1).islower():
        return False
    if word in _PLACE_TAILS or word in ef.AGENCY_TAILS or word in (
            "law", "laws", "act", "scheme"):
        return True
    return _tail_further(text, m, cuts)


def _tail_further(text: str, m: re.Match[str], cuts: Sequence[int] = ()) -> bool:
    """A name followed by capitalised ordinary words that end in a site's or a market's word
    ("Bright Star Mini Market", "Milton Creek Country Park", "Torre Abbey Sands Beach"): the
    start of that name. Not across another name, which may be the next column's."""
    for _ in range(3):
        word = m.group(1)
        if not word[:1].isupper() or pf.is_caps(word) and len(word) > 1:
            return False
        if lexicon.fold(word) in _PLACE_TAILS | _SITE_TAILS:
            return True
        if not lexicon.is_dictionary_word(word):
            return False  # the next column's name or body ("Leicestershire Police")
        if m.end(1) in cuts:
            return False  # the next column
        m = NEXT_WORD.match(text, m.end())
        if not m:
            return False  # the name's line ends
    return False


def _preceded_by_article(text: str, start: int) -> bool:
    before = text[max(0, start - 5):start].casefold()
    return bool(re.search(r"\bthe[ \t]+$", before))


_DETERMINER = r"(?i:the|a|an|this|that|our|your|their|his|its|my)"


def _a_noun_here(text: str, start: int, end: int) -> bool:
    """A lone word in lower case that the page also writes after an article or possessive,
    maybe with one more word between ("the rota", "send the staff rota"): an ordinary noun
    of the document's trade, not a name, though a name list holds it. A name is not written
    so ("the shakeel" never is)."""
    word = text[start:end]
    if " " in word or not word.islower():
        return False
    return re.search(rf"(?<![\w'’\-]){_DETERMINER}[ \t]+(?:[a-z]+[ \t]+)?"
                     rf"(?i:{re.escape(word)})(?![\w'’\-])", text) is not None


def _a_phrase_here(text: str, start: int, end: int) -> bool:
    """Two or more ordinary words that the page also writes in lower case ("NIGHT PORTER"
    of a heading beside "night porter: Stelian"): a job or a thing of the document, not a
    name. Only dictionary words: a chat's "kamran ali" does not unmake Kamran Ali."""
    words = text[start:end].split()
    if len(words) < 2 or not all(lexicon.is_dictionary_word(w) for w in words):
        return False
    phrase = r"[ \t]+".join(re.escape(w.lower()) for w in words)
    return re.search(rf"(?<![\w'’\-]){phrase}(?![\w'’\-])", text) is not None


_CSV_GLUE = re.compile(r"[\w)\"],(?=[\w\"(])")  # a comma with no space: a field's edge
_CSV_NAME = re.compile(r"[A-Z][a-z][\w'’\-]*(?:[ \t][A-Z][\w'’\-]*){1,2}")


def _csv_names(text: str) -> list[tuple[int, int]]:
    """Full names that are whole fields of a comma-separated export's row ("C-20655,30/11/
    2012,SN-0187,Gintare Vaitkute,Norwich bus station,..."): a tagger reads the row as one
    run of text and misses them. A field of two or three capitalised words whose first is a
    given name, not a town or a body."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if len(_CSV_GLUE.findall(line)) >= 3:
            offset = pos
            for field in next(csv.reader([line]), []):
                at = line.find(field, offset - pos)
                if at < 0:
                    continue
                offset = pos + at + len(field)
                words = field.split()
                if (_CSV_NAME.fullmatch(field) and ef.is_given_name(words[0])
                        and not ef.has_agency_word(words) and not ef.is_place_name(field)
                        and not any(lexicon.fold(w) in ef.SITE_WORDS or ef.is_label(w)
                                    for w in words)):
                    out.append((pos + at, pos + at + len(field)))
        pos += len(line) + 1
    return out


def _list_across(text: str, start: int, end: int) -> bool:
    """A hit "Surname, Given" whose surname ends a full name written before it ("Shona
    Kettleborough, Ravi Chauhan"): two items of a list of people, not one inverted name."""
    if "," not in text[start:end]:
        return False
    before = re.search(r"(?<![\w'’\-])([A-Z][a-z][\w'’\-]*)[ \t]+$", text[max(0, start - 30):start])
    return bool(before) and ef.is_given_name(before.group(1)) and not ef.is_title(
        before.group(1))


def _abbreviation(text: str, start: int, end: int) -> bool:
    """A lone word with a full stop and then a number, a code or "No." ("reg. 4", "part
    reg. FX59", "Co. Regn. No. 0441"): an abbreviated label of a reference, not a name."""
    return " " not in text[start:end] and re.match(
        r"\.[ \t]*(?:[A-Z]*\d|\((?:\d|[a-z])\)|(?i:no)\b)", text[end:end + 6]) is not None


def _field_labels(text: str) -> set[str]:
    """Folded words that open a line as a form's field label ("Hirer: F. Latif", "HIRER" as
    a heading of its own) and are no one's name: a tagger's person of that one word is the
    label. A chat's speaker ("Kayleigh: hi") is a name, so stays."""
    out = set()
    for m in re.finditer(r"(?m)^[ \t]*([A-Z][A-Za-z]+)[ \t]*(?::|$)", text):
        word = m.group(1)
        if not ef.is_known_name(word) and not ef.is_place_name(word):
            out.add(lexicon.fold(word))
    return out


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
    labels = set().union(*(_field_labels(page.text) for page in pages))
    for page in pages:
        cuts = column_cuts(page)
        original = by_page.get(page.number, [])
        tagged, marks = _split_columns(page, original, cuts)
        out.extend(marks)  # a tagger's span across a column edge, and its pieces
        out.extend(m for m in tagged if not any(m is o for o in original))
        people = _split_columns(page, _joined(page, _page_mentions(page, tagged)), cuts)[0]
        cues = context_mentions(page, tagged, [(m.start, m.end) for m in people
                                               if " " in m.text.strip()])
        named = [(c.start, c.end) for c in cues if c.label in AGENCY_CUES | {ADDRESS, STREET}]
        for finder in (entity_cues.titled_names, entity_cues.inverted_names,
                       entity_cues.capped_names):
            found = _split_columns(page, [_mention(page, t.start, t.end)
                                          for t in finder(page.text)], cuts)[0]
            people += [f for f in found
                       if not any((m.start, m.end) == (f.start, f.end) for m in people)]
        spans = [(m.start, m.end) for m in [*tagged, *people]
                 if m.kind == "person" and " " in m.text.strip()]
        people += [_mention(page, t.start, t.end)  # "R v A, B and C": B is a person too
                   for t in entity_cues.listed_names(page.text, spans)]
        places = place_cells(page, cuts)  # "Altofts, Normanton" of a route list's areas
        out.extend(_place(page, s, e) for s, e in place_names(page, places)
                   if not any(a <= s and e <= b for a, b in named))
        places = places + vehicle_cells(page, cuts)  # "Kia Niro" of a "Vehicle" column
        named += places
        out.extend(m for m in people  # "Middleton" of "Middleton Technology School"
                   if not any(s <= m.start and m.end <= e for s, e in named)
                   and not _a_phrase_here(page.text, m.start, m.end))
        out.extend(Mention(t.kind, INSIDE, t.text, t.page, t.start, t.end, t.boxes,
                           t.canonical, t.variants, source="cues")
                   for t in tagged if t.kind == "person"
                   and any(s <= t.start and t.end <= e for s, e in places))
        out.extend(cues)
        out.extend(_run_together(page, tagged, people))
        out.extend(_wrapped_in_cell(page))
        out.extend(_spilled(tagged, people))
        out.extend(_labels(labels, tagged))
        out.extend(_inverted_heads(page, tagged))
        out.extend(_hyphen_towns(page, tagged))
        out.extend(_mention(page, s, e) for s, e in _csv_names(page.text)
                   if not any((m.start, m.end) == (s, e) for m in [*tagged, *people]))
    return out


def _place(page: Page, start: int, end: int) -> Mention:
    """A place cue: a name in a table's column of places."""
    text = page.text[start:end]
    return Mention("place", ef.TOWN, text, page.number, start, end,
                   boxes_for_span(page, start, end), lexicon.fold(text), [lexicon.fold(text)],
                   source="cues")


def _joined(page: Page, found: list[Mention]) -> list[Mention]:
    """Adjacent one-word hits on a line as one name: "ashraf sadiq" in lower-case notes."""
    out: list[Mention] = []
    for m in sorted(found, key=lambda m: m.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.source == "names" and m.source == "names"
                and page.text[prev.end:m.start] == " " and (
                    " " not in prev.text and " " not in m.text
                    or _one_caps_word(prev.text) != _one_caps_word(m.text))):
            out[-1] = _mention(page, prev.start, m.end)
            continue
        out.append(m)
    return out


def _one_caps_word(text: str) -> bool:
    """ "McGUINNESS" beside "Connor Patrick": the surname in capitals of one name."""
    return " " not in text and pf.is_caps(text) and len(text) > 1


_HYPHEN_TOWN = re.compile(r"-(?i:in|on|upon|under|le|by|super|cum|en|next)-[A-Z][\w'’]*"
                          r"(?:-[A-Z][\w'’]*)?")
#: "Wath upon Dearne", "Kingston upon Hull", "Weston super Mare": the same towns written with
#: spaces (only the joining words no sentence uses between two names)
_SPACED_TOWN = re.compile(r"(?<![\w'’\-])[A-Z][a-z][\w'’]*[ \t]+(?:upon|super)[ \t]+"
                          r"[A-Z][a-z][\w'’]*(?![\w'’\-])")


def _hyphen_towns(page: Page, tagged: Sequence[Mention]) -> list[Mention]:
    """A tagged word that is the first part of a hyphenated town ("Dalton" of
    "Dalton-in-Furness", "Stockton" of "Stockton-on-Tees"), or any word of one written with
    spaces ("Wath upon Dearne"): the whole town as a place, and the tagged word marked so
    resolution leaves it out (alone it reads as a surname)."""
    out = []
    for t in tagged:
        m = _HYPHEN_TOWN.match(page.text, t.end)
        if m is None or "\n" in t.text or not t.text[:1].isupper():
            continue
        town = page.text[t.start:m.end()]
        out.append(Mention("place", TOWN, town, t.page, t.start, m.end(),
                           boxes_for_span(page, t.start, m.end()), lexicon.fold(town), [town],
                           source="cues"))
        out.append(Mention(t.kind, INSIDE, t.text, t.page, t.start, t.end, t.boxes,
                           t.canonical, t.variants, source="cues"))
    for m in _SPACED_TOWN.finditer(page.text):
        out.append(Mention("place", TOWN, m.group(), page.number, m.start(), m.end(),
                           boxes_for_span(page, m.start(), m.end()), lexicon.fold(m.group()),
                           [m.group()], source="cues"))
        out.extend(Mention(t.kind, INSIDE, t.text, t.page, t.start, t.end, t.boxes,
                           t.canonical, t.variants, source="cues")
                   for t in tagged if m.start() <= t.start and t.end <= m.end()
                   and (t.start, t.end) != m.span())
    return out


def _inverted_heads(page: Page, tagged: Sequence[Mention]) -> list[Mention]:
    """The tagger's people that are the given names of an inverted name ("MORETON, Lacey
    Jane DOB"): the whole name as a person, and the tagger's span marked so resolution
    leaves it out (alone it is a given name and a middle name, or a name and a job)."""
    people = [t for t in tagged if t.kind == "person"]
    out = []
    for span, i in entity_cues.inverted_heads(page.text, [(t.start, t.end) for t in people]):
        t = people[i]
        out.append(_mention(page, span.start, span.end))
        if (t.start, t.end) != (span.start, span.end):
            out.append(Mention(t.kind, INSIDE, t.text, t.page, t.start, t.end, t.boxes,
                               t.canonical, t.variants, source="cues"))
    return out


def _split_columns(page: Page, found: Sequence[Mention], cuts: list[int]
                   ) -> tuple[list[Mention], list[Mention]]:
    """Mentions cut at the page's column edges (:mod:`redaction.column_gaps`): "Adeyemi
    Kowalczyk" of a rota's row is "Adeyemi" and "Kowalczyk". Returns the mentions to use,
    pieces in place of a mention that crossed an edge, and a tagger's crossing mentions
    marked so resolution leaves them out (the tagger's list still holds them)."""
    keep: list[Mention] = []
    marks: list[Mention] = []
    for m in found:
        pieces = split_at(m.start, m.end, cuts)
        if len(pieces) < 2:
            keep.append(m)
            continue
        if m.source != "names":
            marks.append(Mention(m.kind, INSIDE, m.text, m.page, m.start, m.end, m.boxes,
                                 m.canonical, m.variants, source="cues"))
        for s, e in pieces:
            text = page.text[s:e]
            if not any(c.isupper() for c in text):
                continue
            if m.kind == "person" and _ordinary(text):
                continue  # "Beat" of the tagger's "Michelle Beat": the next column's word,
                # which the tagger read as a person only as the name's end
            keep.append(Mention(m.kind, m.label, text, m.page, s, e,
                                boxes_for_span(page, s, e), lexicon.canonical_name(text),
                                lexicon.name_variants(text), source=m.source))
    return keep, marks


def _ordinary(text: str) -> bool:
    """Only ordinary words: a piece of a name cut at a column's edge that is no name."""
    words = [ef.clean_token(w) for w in text.split()]
    return all(w and lexicon.is_dictionary_word(w) for w in words)


def _labels(labels: set[str], tagged: Sequence[Mention]) -> list[Mention]:
    """The tagger's one-word people that the document uses as a field label ("Hirer" of
    "Hirer: F. Latif"): marked, so resolution leaves them out."""
    return [Mention(t.kind, INSIDE, t.text, t.page, t.start, t.end, t.boxes, t.canonical,
                    t.variants, source="cues")
            for t in tagged if t.kind == "person" and " " not in t.text.strip()
            and lexicon.fold(ef.clean_token(t.text)) in labels]


_CELL_GIVEN = re.compile(r"(?<![\w'’\-])(?P<g>[A-Z][a-z][\w'’\-]*)(?=[ \t]*(?:\||[ \t]{2}|$))",
                         re.M)


def _wrapped_in_cell(page: Page) -> list[Mention]:
    """ "IRO Hazel" / "Bristow raised delay", "as Kirsty" / "Hargreaves, lives ...": a
    given name closing a table cell's line and a surname opening the same cell's next line,
    whose other cells are empty there. A table wraps a cell's text at its width, so the
    name runs on; read line by line each half is a person alone."""
    text = page.text
    out: list[Mention] = []
    for m in _CELL_GIVEN.finditer(text):
        given = m.group("g")
        if not ef.is_given_name(given):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        k = text[line_start:m.start()].count("|")
        line_end = text.find("\n", m.end())
        if k == 0 or line_end < 0 or text[m.end():line_end].strip() and not (
                text[m.end():line_end].lstrip().startswith("|")):
            continue  # only a ruled table's cell, the given name closing it
        nxt_end = text.find("\n", line_end + 1)
        nxt = text[line_end + 1:nxt_end if nxt_end >= 0 else len(text)]
        cells = nxt.split("|")
        if len(cells) <= k or any(c.strip() for c in cells[:k]):
            continue  # not a continuation row: the row's first cells hold text
        col = sum(len(c) + 1 for c in cells[:k])
        word = re.match(r"[ \t]*(?P<s>[A-Z][a-z][\w'’\-]*)(?![\w'’\-])", nxt[col:])
        if word is None:
            continue
        surname = word.group("s")
        if (not ef.is_known_name(surname) or lexicon.is_dictionary_word(surname)
                or ef.is_given_name(surname) or ef.is_place_name(surname)):
            continue
        s_start = line_end + 1 + col + word.start("s")
        s_end = s_start + len(surname)
        name = f"{given} {surname}"
        out.append(Mention("person", LABEL, name, page.number, m.start(), s_end,
                           boxes_for_span(page, m.start(), m.end())
                           + boxes_for_span(page, s_start, s_end),
                           lexicon.canonical_name(name), lexicon.name_variants(name),
                           source="names"))
    return out


def _run_together(page: Page, tagged: Sequence[Mention], people: list[Mention]
                  ) -> list[Mention]:
    """ "Yasir Mahmood RASHID", "Michael James O'ROURKE": the tagger kept the given names
    ("Yasir Mahmood") and a name finder the middle name and the surname in capitals
    ("Mahmood RASHID"); each half read alone pairs the middle name with the wrong word. The
    whole run is one person's name; both halves are marked, so resolution leaves them out."""
    out: list[Mention] = []
    text = page.text
    for t in tagged:
        if t.kind == "agency" and not all(ef.is_given_name(w) for w in t.text.split()):
            continue  # an organisation, not given names the model took for one
        if t.kind == "place":
            continue
        for p in people:
            if not (t.start < p.start < t.end < p.end):
                continue
            run = text[t.start:p.end]
            words = run.split()
            if (len(words) > 4 or re.search(r"[\n|,;:()]", run)
                    or not pf.is_caps(words[-1]) or any(pf.is_caps(w) for w in words[:-1])
                    or not all(ef.is_given_name(w) for w in words[:-1])):
                continue
            out.append(_mention(page, t.start, p.end))
            out.extend(Mention(m.kind, INSIDE, m.text, m.page, m.start, m.end, m.boxes,
                               m.canonical, m.variants, source="cues") for m in (t, p))
    return out


def _spilled(tagged: Sequence[Mention], people: list[Mention]) -> list[Mention]:
    """The tagger's people that overlap a longer name found here without either holding the
    other: "Patrick Assault" across "McGUINNESS Connor Patrick | Assault", a name running on
    into the next column. Marked, so resolution leaves them out."""
    def runs_on(t: Mention, p: Mention) -> bool:
        outside = t.text[:max(0, p.start - t.start)] + " " + t.text[max(0, p.end - t.start):]
        return (p.start < t.end and t.start < p.end and " " in p.text
                and not (p.start <= t.start and t.end <= p.end)
                and not (t.start <= p.start and p.end <= t.end)
                and all(pf.is_plain_word(w) or ef.is_label(w)
                        for w in (ef.clean_token(v) for v in outside.split()) if w))

    out = []
    for t in tagged:
        if t.kind == "person" and any(runs_on(t, p) for p in people):
            out.append(Mention(t.kind, INSIDE, t.text, t.page, t.start, t.end, t.boxes,
                               t.canonical, t.variants, source="cues"))
    return out


def _page_mentions(page: Page, tagged: list[Mention]) -> list[Mention]:
    """One page's name-finder hits: the longest of overlapping ones, whole words only,
    none inside a tagged place or agency or naming a street, school or company."""
    out: list[Mention] = []
    text = page.text
    # a place or agency span the name finders stay out of; not one that runs across a
    # separator ("Shaw - Risky Business", a person and her organisation in one span), nor
    # a lone given name the model called a place or a body ("known as Shannon", "spoke to
    # Amrit Sandhu" of which the model took "Amrit" for an organisation)
    others = [(m.start, m.end) for m in tagged if m.kind != "person"
              and len(ef.segments(m.text)) < 2
              and not (" " not in m.text.strip() and ef.is_given_name(m.text.strip())
                       and (m.kind == "place" or not ef.is_place_name(m.text.strip())))]
    people = {(m.start, m.end) for m in tagged if m.kind == "person"}
    cuts = column_cuts(page)  # no name runs across a column's edge, and the longest hit
    # across one ("Independent Chair Jean" of a list of members) would hide the name in the
    # next column ("Jean Whitworth")
    hits = [piece for h in find_name_like(text, exclude=others)
            for pieces in [split_at(h.start, h.end, cuts)] for piece in pieces
            if len(pieces) < 2 or not _ordinary(text[piece[0]:piece[1]])]
    taken: list[tuple[int, int]] = []
    for h_start, h_end in sorted(hits, key=lambda h: -(h[1] - h[0])):
        span = entity_cues.whole_words(text, h_start, h_end)
        if span is None:
            continue  # "ING EPISODES" out of "MISSING EPISODES", "OAS" out of "OASys"
        start, end = span
        if any(start < e and s < end for s, e in taken):
            continue  # the longest of overlapping hits: "Kayleigh Dawn BRAMMER"
        if " " not in text[start:end] and text[end:end + 1] == ":" and start - 1 in cuts:
            continue  # "Van: Citroen Relay": a field's label opening a column, not a name
        if any(start < e and s < end for s, e in others):
            continue
        words = text[start:end].split()
        if _list_across(text, start, end):
            continue  # "Kettleborough, Ravi" of "Shona Kettleborough, Ravi Chauhan"
        if (_followed_by_tail(text, end, cuts) or _preceded_by_article(text, start)
                or _a_noun_here(text, start, end) or _abbreviation(text, start, end)
                or INSTRUMENT.match(text[end:end + 16])
                or lexicon.fold(words[-1]) in ef.INSTRUMENT_WORDS):
            taken.append((start, end))  # nor is its first word ("Torre" of "Torre Abbey
            continue  # Sands Beach"); "Sarah's Law" is a scheme's name
        last = lexicon.fold(words[-1])
        if len(words) > 1 and (last in _PLACE_TAILS or last in ef.AGENCY_TAILS):
            continue  # "Unity College", "Lister Lane"
        taken.append((start, end))
        if (start, end) in people:
            continue
        out.append(_mention(page, start, end))
    return out


def _mention(page: Page, start: int, end: int) -> Mention:
    text = page.text[start:end]
    return Mention("person", LABEL, text, page.number, start, end,
                   boxes_for_span(page, start, end), lexicon.canonical_name(text),
                   lexicon.name_variants(text), source="names")
