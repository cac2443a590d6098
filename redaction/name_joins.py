"""One person where the facets list a given name and a surname apart.

The tagger sometimes sees one name as two: "Mr Saleem" at a line's end and "Chaudhry,"
opening the next, a CSV cell "Iqbal, Sohail", role letters or post-nominals glued on ("LO
Carl Dickinson" -> "Carl Lo", "Dr Priya Nandakumar BDS" -> "Priya Bds"). Resolution then
lists "Saleem" and "Chaudhry" as two people and misses the one. This module looks at the
document's text: when it writes a lone given name G and a lone surname S as one name (G then
S with only whitespace, a title, middle names or initials or a closing bracket between, or
"S, G"), both stand for "G S". Two people listed together ("Priya and Sandhu") or a given
name before a street ("Priya Sandhu Road") are not one.

The tagging stage stores the joined name as one more mention (:func:`joined_name_mentions`),
so resolution, which reads only stored mentions, lists the one person, and the bench scores
that same path. Pure: no spaCy, no database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ingest.pages import Page

from . import entity_filters as ef
from . import lexicon
from .entities import Mention
from .entity_resolution import resolve
from .person_evidence import mainly_given, surname_first
from .wrapped_names import laid_out_text

_BREAK = r"[ \t]*\r?\n[ \t]*(?:\d{1,4}[ \t]+)?"  # a line break; a transcript's line number
_MIDDLE = r"(?:(?:[A-Z][a-z'’\-]+|[A-Z][a-z]{0,3}\.|[A-Z]) {1,2}){0,2}"  # "Kaur", "J.", "Mr"
_BETWEEN = rf"(?:{_BREAK}| {{1,2}}){_MIDDLE}"  # a tab or a wider gap parts a table's columns
_LIST_AFTER = r"(?![ \t]*(?:,|&|and\b|or\b))"


def _fragment(word: str, text: str) -> bool:
    """A role or post-nominal the page writes in capitals ("LO", "BDS"), which the tagger
    glued onto a given name: not part of the name."""
    return 2 <= len(word) <= 4 and word.isalpha() and re.search(
        rf"(?<![\w'’]){re.escape(word.upper())}(?![\w'’])", text) is not None


def _given_part(name: str, text: str) -> str | None:
    """The given name a listed person is, alone or with a role fragment: "Priya", "Priya Bds"."""
    words = name.split()
    if len(words) == 2 and _fragment(words[1], text):
        words = words[:1]
    if len(words) != 1 or not ef.is_given_name(words[0]):
        return None
    return words[0]


def _one_name(given: str, surname: str, text: str) -> bool:
    """Does the text write G and S as one name: "G S", "G\\nS", "G Kaur S", "G Mr S"... or
    "S, G" (any case), not before a street's word and not "S, G's mother"?"""
    g, s = re.escape(given), re.escape(surname)
    street = r"(?! +(?i:" + "|".join(sorted(ef.STREET_WORDS)) + r")\b)"
    forward = rf"(?<![\w'’\-])(?i:{g})\b{_BETWEEN}(?i:{s})(?![\w\-]|['’]s\b){street}"
    inverted = (rf"(?<![\w'’\-])(?<!,)(?<!, )(?<!&)(?<!& )(?i:{s}),[ \t]*(?i:{g})"
                rf"(?![\w\-]|['’]s?\b){_LIST_AFTER}")
    return bool(re.search(forward, text) or re.search(inverted, text)
                or _register_entry(given, text) == lexicon.fold(surname)
                or _one_cell(given, surname, text))


def _register_entry(given: str, text: str) -> str | None:
    """The surname of a register's "SURNAME,Given" or "SURNAME, Given" entry (a CSV row, a
    nominal list), folded: a surname in capitals before the comma says the order, even where
    a list's comma follows ("MOYO,Tendai,YA,Sunday Club"). None unless exactly one."""
    found = {lexicon.fold(m.group(1)) for m in re.finditer(
        rf"(?<![\w'’\-])([A-Z][A-Z'’\-]{{2,}}),[ \t]?(?i:{re.escape(given)})(?![\w\-'’])", text)
        if _surname_word(m.group(1).title()) and not lexicon.is_dictionary_word(m.group(1))}
    return found.pop() if len(found) == 1 else None


def _titled_wrap(given: str, text: str) -> str | None:
    """The surname opening the next line after "Mrs Donna" closes a line: a title and a
    given name ask for a surname, so the word that follows is it, even an ordinary word
    ("Mrs Donna" / "Hey, that the driver..."). None unless exactly one."""
    found = {lexicon.fold(m.group(1)) for m in re.finditer(
        rf"(?<![\w'’\-])(?:{_TITLES})\.?[ \t]+(?i:{re.escape(given)})[ \t]*\r?\n[ \t]*"
        rf"([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w\-])", text)
        if lexicon.fold(m.group(1)) not in lexicon.stop_words()
        and not lexicon.is_month_or_day(m.group(1)) and not ef.is_label(m.group(1))
        and not ef.is_title(m.group(1)) and not ef.is_place_name(m.group(1))}
    return found.pop() if len(found) == 1 else None


_TITLES = "Mrs|Mr|Ms|Miss|Mx|Dr"


def _surname_word(word: str) -> bool:
    """A word that may be a surname: a known one, or no ordinary word, title or label."""
    return ef.is_known_name(word) and not mainly_given(word) or not (
        lexicon.is_ordinary_word(word) or ef.is_title(word) or ef.is_label(word)
        or mainly_given(word) or ef.is_place_name(word) or lexicon.is_month_or_day(word))


def _cell(line: str, pos: int) -> int:
    """Which ``|`` column of a drawn table a position falls in."""
    return line.count("|", 0, pos)


def _one_cell(given: str, surname: str, text: str) -> bool:
    """A table cell whose text wraps between G and S: "... Ms Mandeep   | held by |" over
    "    | Gill (CPS) ... |", G ending its cell and S opening the same column below."""
    lines = text.splitlines()
    g = re.compile(rf"(?<![\w'’\-])(?i:{re.escape(given)})[ \t]*\|")
    s = re.compile(rf"\|[ \t]*(?i:{re.escape(surname)})(?![\w\-]|['’]s\b)")
    for line, nxt in zip(lines, lines[1:], strict=False):
        for m in g.finditer(line):
            column = _cell(line, m.start())
            if any(_cell(nxt, n.start()) + 1 == column for n in s.finditer(nxt)):
                return True
    return False


def joined_people(names: Iterable[str], text: str) -> dict[str, str]:
    """Map each listed person that is only part of one name the text writes whole to that
    name: {"Saleem": "Saleem Chaudhry", "Chaudhry": "Saleem Chaudhry"}. A part that would
    join two ways ("Priya" before "Sandhu" and before "Gill") is left alone."""
    names = set(names)
    givens = {n: g for n in names if (g := _given_part(n, text))}
    surnames = [n for n in names if len(n.split()) == 1 and (surname_first(n) or not (
        mainly_given(n) or lexicon.is_ordinary_word(n)))]  # "Iqbal", "Gill"; not "Sohail"
    pairs = [(n, s) for n, g in givens.items() for s in surnames
             if lexicon.fold(g) != lexicon.fold(s)
             and _one_name(g, s, text)]
    out: dict[str, str] = {}
    for n, s in pairs:
        if sum(1 for a, b in pairs if a == n or b == s) != 1:
            continue
        full = f"{givens[n]} {s}"
        if full in names:
            continue
        out[n] = out[s] = full
    for n, g in givens.items():  # a surname the tagger never listed: "MOYO,Tendai"
        if n != g or n in out or any(a == n for a, _b in pairs) or any(
                lexicon.fold(x.split()[0]) == lexicon.fold(g) for x in names
                if x != n and len(x.split()) > 1):
            continue  # "Tendai" beside a full "Tendai ..." is resolved already
        surname = _register_entry(g, text) or _titled_wrap(g, text)
        if surname and lexicon.fold(surname) != lexicon.fold(g):
            out[n] = f"{g} {surname.title()}"
    return out


def joined_name_mentions(pages: Sequence[Page], mentions: Sequence[Mention]) -> list[Mention]:
    """One person mention per name :func:`joined_people` puts back together from the pages'
    mentions, at the first mention of one of its parts, labelled ``JOINED``
    (:mod:`redaction.entity_filters`): stored, it lets resolution fold the parts into it."""
    resolved = resolve(((m.kind, m.text, m.label) for m in mentions), check=False)
    people = {r.name for r in resolved.values() if r is not None and r.kind == "person"}
    joins = joined_people(people, laid_out_text(pages))
    out: list[Mention] = []
    for full in sorted(set(joins.values())):
        at = next((m for m in mentions if (r := resolved.get((m.kind, m.text))) is not None
                   and r.kind == "person" and joins.get(r.name) == full), None)
        if at is not None:
            out.append(Mention("person", ef.JOINED, full, at.page, at.start, at.end, at.boxes,
                               lexicon.canonical_name(full), lexicon.name_variants(full),
                               source="names"))
    return out
