"""Names that a line break cuts in two, put back together for search facets.

A sentence wraps at the margin ("Community Safety Advocate Nasreen" / "Hanif"), and a
spaced table wraps a cell at its width ("night staff Gemma     Curfew check" / "Nuttall"
under the cell's start). Read line by line, the tagger and the name finders see a given
name alone and a surname alone, and a facet lists two people where the document names one,
while the full name is nowhere. Ruled tables (``|``) are handled by
:mod:`redaction.name_mentions`; this module reads the word boxes, so it also sees column
gaps that the page text writes as one space.

A given name (after any given names before it in the same cell) joins the first word of the
next line when: it closes its line or its cell (a gap wider than a character follows);
it is not the only word of its line (a list of first names one per line is not a wrapped
name); the next word starts that line, under the start of the given name's cell; and it is
a surname of the lists, not an ordinary word, not a town, and not followed by a street or
site word ("Kirsty" / "Hargreaves Road"). The mention is stored under the name finders'
label, so resolution treats it as any other name they found. Pure: no spaCy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise

from ingest.pages import Page, Word

from . import entity_filters as ef
from . import lexicon
from .entities import Mention, boxes_for_span
from .person_evidence import mainly_given, surname_first

LABEL = ef.NAME
# what may close a surname that ends a name: "Priya" / "Sandhu)" in a bracket, "Hanif,"
_CLOSERS = ",.;:)]'’\""


def _lines(page: Page) -> list[list[Word]]:
    """The page's words by text line, in order."""
    lines: list[list[Word]] = [[]]
    for w in sorted(page.words, key=lambda w: w.start):
        if lines[-1] and "\n" in page.text[lines[-1][-1].end:w.start]:
            lines.append([])
        lines[-1].append(w)
    return [line for line in lines if line]


def _char_width(w: Word) -> float:
    return (w.x1 - w.x0) / max(len(w.text), 1)


def _gap_after(line: list[Word], i: int) -> bool:
    """The word closes its line or its cell: nothing after it, or a gap wider than a character."""
    return i + 1 == len(line) or line[i + 1].x0 - line[i].x1 > _char_width(line[i])


def laid_out_text(pages: Sequence[Page]) -> str:
    """The pages' text with a tab where a wide gap parts two words of a line (a table's
    columns), which a page's own text writes as one space: resolution then never reads
    "Naz" and "Nasir" of two columns as one name (:mod:`redaction.name_joins`)."""
    out = []
    for page in pages:
        for line in _lines(page):
            out.append("".join(w.text + ("" if i + 1 == len(line) else "\t" if _gap_after(
                line, i) else " ") for i, w in enumerate(line)))
    return "\n".join(out)


def _cell_start(line: list[Word], i: int) -> int:
    """Index of the first word of the cell holding word ``i``: after the last wide gap."""
    j = i
    while j > 0 and line[j].x0 - line[j - 1].x1 <= _char_width(line[j]):
        j -= 1
    return j


def _given(word: str) -> bool:
    """A capitalised given name: not an ordinary word unless the census records it mainly
    as a given name ("Dean", "Grace"), and never a month ("May", "June")."""
    return (word[:1].isupper() and word[1:2].islower() and ef.is_given_name(word)
            and (not lexicon.is_dictionary_word(word)
                 or mainly_given(word) and not lexicon.is_month_or_day(word)))


def _name_word(text: str) -> bool:
    return (text[:1].isupper() and text.isalpha() and (text[1:].islower() or text.isupper())
            and ef.is_known_name(text) and not lexicon.is_dictionary_word(text)
            and not ef.is_place_name(text))


def _surname_run(line: list[Word]) -> int:
    """How many words opening the line finish a name: "Hanif", "LOUISE HARKER" (a middle
    name and the surname); 0 when the run ends in a word that is mainly a given name
    ("Michelle"), runs into a street ("Hargreaves Road"), or opens a surname-first entry
    ("KEAST, Dr Morwenna")."""
    n = 0
    while n < min(len(line), 3) and _name_word(line[n].text.rstrip(_CLOSERS)):
        n += 1
        if line[n - 1].text.endswith(tuple(_CLOSERS)):
            break
    if n == 0 or n == 1 and line[0].text.isupper() and line[0].text.endswith(","):
        return 0
    if not surname_first(line[n - 1].text.rstrip(_CLOSERS)):
        return 0
    if n < len(line) and lexicon.fold(line[n].text.rstrip(",;:.")) in ef.SITE_WORDS:
        return 0
    return n


def _joined(page: Page, line: list[Word], nxt: list[Word]) -> Iterator[Mention]:
    """The names that close ``line`` and run on at the start of ``nxt``."""
    for i, w in enumerate(line):
        if i == 0 or not _given(w.text) or not _gap_after(line, i):
            continue
        start = _cell_start(line, i)
        first = i
        while first > start and _given(line[first - 1].text):
            first -= 1  # "Anne Marie" / "Lloyd"
        before = line[first - 1].text if first else ""
        if ef.is_title(before) or before.isupper() and before.endswith(","):
            continue  # "Ms Hollis" is whole; "PODMORE, Demi" is surname-first
        run = _surname_run(nxt)
        if run == 0 or i + 1 - first + run > 3 or first < i and surname_first(w.text):
            continue  # "Patricia Lowe" is whole though "Lowe" is a given name too
        cell = line[start]
        if abs(nxt[0].x0 - cell.x0) > _char_width(cell) or nxt[0].y0 <= w.y0:
            continue  # the next line opens another column, or is no line below
        s_end = nxt[run - 1].start + len(nxt[run - 1].text.rstrip(_CLOSERS))
        name = " ".join([x.text for x in line[first:i + 1]] + [page.text[nxt[0].start:s_end]])
        a = line[first].start
        yield Mention("person", LABEL, name, page.number, a, s_end,
                      boxes_for_span(page, a, w.end) + boxes_for_span(page, nxt[0].start, s_end),
                      lexicon.canonical_name(name), lexicon.name_variants(name), source="names")


def wrapped_name_mentions(pages: Sequence[Page]) -> list[Mention]:
    """Person mentions for given names and surnames split across two lines of a page."""
    return [m for page in pages for line, nxt in pairwise(_lines(page))
            for m in _joined(page, line, nxt)]
