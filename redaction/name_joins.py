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
_LIST_AFTER = r"(?![ \t]*(?:,|&|and\b|or\b))"


_WORD = r"[^\W\d_][\w'’\-]*"  # a word as a name may be written: "O'Neill", "Aldridge-Webb"
_NAME_END = r"[^\W_](?:[\w'’\-]*[^\W_])?"  # the same, ending in a letter: "Jones" of "Jones'"
_MIDWORD = r"(?:[A-Z][a-z'’\-]+|[A-Z][a-z]{0,3}\.|[A-Z])"  # "Kaur", "J.", "Mr"
_STREET = r"(?! +(?i:" + "|".join(sorted(ef.STREET_WORDS)) + r")\b)"
_GIVEN_AT = re.compile(rf"(?<![\w'’\-]){_WORD}")
#: what may follow a given name for a surname to finish it, with 0, 1 or 2 middle names
#: or initials between: a space or two, or a line break (and a transcript's line number)
_FORWARD = [re.compile(rf"(?:{_BREAK}| {{1,2}})(?:{_MIDWORD} {{1,2}}){{{k}}}(?P<s>{_NAME_END})"
                       rf"(?![\w\-]|['’]s\b){_STREET}") for k in range(3)]
_INVERTED = re.compile(rf"(?<![\w'’\-])(?<!,)(?<!, )(?<!&)(?<!& )(?P<s>{_NAME_END}),[ \t]*"
                       rf"(?P<g>{_NAME_END})(?![\w\-]|['’]s?\b){_LIST_AFTER}")
_CELL_END = re.compile(rf"(?<![\w'’\-])(?P<g>{_WORD})[ \t]*\|")
_CELL_START = re.compile(rf"\|[ \t]*(?P<s>{_NAME_END})(?![\w\-]|['’]s\b)")
_REGISTER = re.compile(rf"(?<![\w'’\-])(?P<s>[A-Z][A-Z'’\-]{{2,}}),[ \t]?(?P<g>{_WORD})")
_TITLES = "Mrs|Mr|Ms|Miss|Mx|Dr"
_TITLED_WRAP = re.compile(rf"(?<![\w'’\-])(?:{_TITLES})\.?[ \t]+(?P<g>{_WORD})[ \t]*\r?\n[ \t]*"
                          r"(?P<s>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?![\w\-])")
_CAPITALS = re.compile(r"(?<![\w'’])[A-Z]{2,4}(?![\w'’])")


class _Scan:
    """Every place a text writes a given name and a surname as one name, found in one pass
    per way of writing it (a search per pair of names would grow with the square of the
    names listed and the length of the text: a 200-page window once took minutes)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.capitals = frozenset(_CAPITALS.findall(text))
        self.lines = text.splitlines()

    def fragment(self, word: str) -> bool:
        """A role or post-nominal the page writes in capitals ("LO", "BDS"), which the
        tagger glued onto a given name: not part of the name."""
        return 2 <= len(word) <= 4 and word.isalpha() and word.upper() in self.capitals

    def pairs(self, givens: frozenset[str], surnames: frozenset[str]) -> set[tuple[str, str]]:
        """(given, surname), folded, wherever the text writes them as one name: "G S",
        "G\\nS", "G Kaur S", "G Mr S", "S, G" (any case; not a list's "S, G, H", not
        "S, G's mother"), not before a street's word; or a table cell that wraps between
        them."""
        fold, text = lexicon.fold, self.text
        found = set()
        for m in _GIVEN_AT.finditer(text):
            g = fold(m.group())
            if g not in givens:
                continue
            for pattern in _FORWARD:
                after = pattern.match(text, m.end())
                if after and fold(after.group("s")) in surnames:
                    found.add((g, fold(after.group("s"))))
        for m in _INVERTED.finditer(text):
            found.add((fold(m.group("g")), fold(m.group("s"))))
        for line, nxt in zip(self.lines, self.lines[1:], strict=False):
            if "|" not in line or "|" not in nxt:
                continue
            starts = [(_cell(nxt, m.start()) + 1, fold(m.group("s")))
                      for m in _CELL_START.finditer(nxt)]
            for m in _CELL_END.finditer(line):
                column = _cell(line, m.start())
                found.update((fold(m.group("g")), s) for c, s in starts if c == column)
        return {(g, s) for g, s in found if g in givens and s in surnames and g != s}

    def register_entries(self) -> dict[str, set[str]]:
        """Given name -> surnames of a register's "SURNAME,Given" or "SURNAME, Given" entries
        (a CSV row, a nominal list), folded: a surname in capitals before the comma says the
        order, even where a list's comma follows ("MOYO,Tendai,YA,Sunday Club")."""
        out: dict[str, set[str]] = {}
        for m in _REGISTER.finditer(self.text):
            s = m.group("s")
            if _surname_word(s.title()) and not lexicon.is_dictionary_word(s):
                out.setdefault(lexicon.fold(m.group("g")), set()).add(lexicon.fold(s))
        return out

    def titled_wraps(self) -> dict[str, set[str]]:
        """Given name -> the word opening the next line after "Mrs Donna" closes a line: a
        title and a given name ask for a surname, so the word that follows is it, even an
        ordinary word ("Mrs Donna" / "Hey, that the driver...")."""
        out: dict[str, set[str]] = {}
        for m in _TITLED_WRAP.finditer(self.text):
            s = m.group("s")
            if not (lexicon.fold(s) in lexicon.stop_words() or lexicon.is_month_or_day(s)
                    or ef.is_label(s) or ef.is_title(s) or ef.is_place_name(s)):
                out.setdefault(lexicon.fold(m.group("g")), set()).add(lexicon.fold(s))
        return out


def _given_part(name: str, scan: _Scan) -> str | None:
    """The given name a listed person is, alone or with a role fragment: "Priya", "Priya Bds"."""
    words = name.split()
    if len(words) == 2 and scan.fragment(words[1]):
        words = words[:1]
    if len(words) != 1 or not ef.is_given_name(words[0]):
        return None
    return words[0]


def _surname_word(word: str) -> bool:
    """A word that may be a surname: a known one, or no ordinary word, title or label."""
    return ef.is_known_name(word) and not mainly_given(word) or not (
        lexicon.is_ordinary_word(word) or ef.is_title(word) or ef.is_label(word)
        or mainly_given(word) or ef.is_place_name(word) or lexicon.is_month_or_day(word))


def _cell(line: str, pos: int) -> int:
    """Which ``|`` column of a drawn table a position falls in."""
    return line.count("|", 0, pos)


def _only(found: set[str] | None) -> str | None:
    return next(iter(found)) if found and len(found) == 1 else None


def joined_people(names: Iterable[str], text: str) -> dict[str, str]:
    """Map each listed person that is only part of one name the text writes whole to that
    name: {"Saleem": "Saleem Chaudhry", "Chaudhry": "Saleem Chaudhry"}. A part that would
    join two ways ("Priya" before "Sandhu" and before "Gill") is left alone."""
    names = set(names)
    scan = _Scan(text)
    givens = {n: g for n in names if (g := _given_part(n, scan))}
    surnames = [n for n in names if len(n.split()) == 1 and (surname_first(n) or not (
        mainly_given(n) or lexicon.is_ordinary_word(n)))]  # "Iqbal", "Gill"; not "Sohail"
    fold = lexicon.fold
    written = scan.pairs(frozenset(map(fold, givens.values())), frozenset(map(fold, surnames)))
    pairs = [(n, s) for n, g in givens.items() for s in surnames
             if (fold(g), fold(s)) in written]
    out: dict[str, str] = {}
    for n, s in pairs:
        if sum(1 for a, b in pairs if a == n or b == s) != 1:
            continue
        full = f"{givens[n]} {s}"
        if full in names:
            continue
        out[n] = out[s] = full
    register = wraps = None
    for n, g in givens.items():  # a surname the tagger never listed: "MOYO,Tendai"
        if n != g or n in out or any(a == n for a, _b in pairs) or any(
                fold(x.split()[0]) == fold(g) for x in names if x != n and len(x.split()) > 1):
            continue  # "Tendai" beside a full "Tendai ..." is resolved already
        if register is None:
            register, wraps = scan.register_entries(), scan.titled_wraps()
        surname = _only(register.get(fold(g))) or _only(wraps.get(fold(g)))
        if surname and surname != fold(g):
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
