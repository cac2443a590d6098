"""A table's column of identifiers: every value in it is someone's, not only the ones a rule
recognised.

A list exported from a school, council or operator system prints a column of bare numbers
("Adno" 004471, "Job no." 551204) or of codes ("KN0785") that no rule can tell from a count
or a total on its own; the column's header says what they are, or one of its values was
already recognised (a labelled "CHILD ID KN0771"), and the rest of the column is the same
kind of thing. So with dates: under "Born", "D.O.B" or "Age/DOB" every date is a date of
birth. Extraction may read such a table row by row or column by column; the word boxes
still line the cells up, so columns are found from the boxes, not from the text's order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.pages import Page

from .column_gaps import column_cuts
from .proposal import Cand

#: Cells whose left (or right) edges lie this share of a line's height apart share a column.
ALIGN_SHARE = 0.4
#: Lines of a header this many lines' height apart are one header wrapped in its cell.
WRAP_LINES = 1.35
#: A column ends where this many lines' height pass with no cell of it.
GAP_LINES = 6.0

# a header naming a person's record or licence number
_ID_HEADER = re.compile(
    r"(?i)\b(?:adno|adm(?:ission)?\.?[ \t]*no|upn|uln|pupil[ \t]+(?:no|number|id)|"
    r"id|ref(?:erence)?|no|nos|number|num|#|badge|licen[cs]e|plate|account|a/c|acc|"
    r"member(?:ship)?|client|patient|case|crn|urn|mrn|pnc|cro|nhs|payroll|staff|employee|"
    r"collar|warrant|shoulder|booking|job|customer)\b\.?")
# what a number column's header may also count that is no one's: "Page no.", "Room no."
_NOT_ID_HEADER = re.compile(
    r"(?i)\b(?:page|para(?:graph)?|item|row|line|seq|sequence|room|bay|table|floor|"
    r"platform|route|bus|week|day|month|year|version|question|q|step|exhibit|bundle|tab|"
    r"doc|docs|document|documents|disclosure|inq|"
    r"section|rule|count|total|qty|quantity|hours?|mins?|minutes|amount|age)\b")
_DOB_HEADER = re.compile(
    r"(?i)(?:\bborn\b|\bd\.?o\.?b\b\.?|\bbirth\b|birth[ \t]*date|\bb['’]?day\b|birthday"
    r"|\bage\b)")  # a date under "Age" is when the age counts from

# the inquiry's own document references, which are for citing
_CITED = ("INQ",)
_CODE = re.compile(r"[A-Z]{0,5}[\-/ ]?\d[\dA-Z/\-]{2,15}")
_DATE = re.compile(
    r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"|\d{1,2}[ \t]\d{1,2}[ \t](?:19|20)\d\d"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t-](?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?[ \t-](?:19|20)?\d\d")
# a year, a time, an amount or a share: "2021", "21:02", "1,250", "12.50", "35%"
_NOT_CODE = re.compile(r"(?:19|20)\d\d|\d{1,2}:\d\d(?::\d\d)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
                       r"|\d+\.\d+|\d+%")


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int
    end: int
    x0: float
    x1: float
    y0: float
    height: float


def _cells(page: Page) -> list[_Cell]:
    """Each line of the page's text, cut at the column edges the boxes show."""
    edges = set(column_cuts(page))
    out: list[_Cell] = []
    run: list = []
    for w in [*page.words, None]:
        if w is not None and run and w.start == run[-1].end + 1 and page.text[
                run[-1].end] == " " and run[-1].end not in edges:
            run.append(w)
            continue
        if run:
            out.append(_Cell(run[0].start, run[-1].end, run[0].x0, run[-1].x1,
                             min(x.y0 for x in run), max(max(x.y1 - x.y0 for x in run), 1.0)))
        run = [w] if w is not None else []
    return out


def _shape(value: str) -> str:
    return re.sub(r"\d", "d", value)


def _kind_of(value: str) -> str:
    """ "date", "code" or "" for a cell's text."""
    if _DATE.fullmatch(value):
        return "date"
    if _CODE.fullmatch(value) and sum(c.isdigit() for c in value) >= 3 and not (
            _NOT_CODE.fullmatch(value)):
        return "code"
    return ""


def _columns(cells: list[_Cell]) -> list[list[_Cell]]:
    """Runs of cells one under another with their left or right edges lined up, top to
    bottom; a cell may be in more than one (a header over right-aligned numbers)."""
    out = []
    for key in ("x0", "x1"):
        groups: list[list[_Cell]] = []
        for c in sorted(cells, key=lambda c: (getattr(c, key), c.y0)):
            for g in groups:
                if abs(getattr(g[0], key) - getattr(c, key)) <= ALIGN_SHARE * c.height:
                    g.append(c)
                    break
            else:
                groups.append([c])
        for g in groups:
            g.sort(key=lambda c: c.y0)
            run = [g[0]]
            for c in g[1:]:
                if c.y0 - run[-1].y0 > GAP_LINES * c.height:
                    out.append(run)
                    run = []
                run.append(c)
            out.append(run)
    return [run for run in out if len(run) >= 3]


def _covered(c: _Cell, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= c.start and c.end <= b for a, b in spans)


def _header(text: str, above: list[_Cell]) -> str:
    """The header over a column's first value: the cell right above it, with the lines
    above that when they are one header wrapped ("Date of" / "birth (as" / "entered)")."""
    if not above:
        return ""
    n = 1
    while n < min(len(above), 4) and (
            above[-n].y0 - above[-n - 1].y0 <= WRAP_LINES * above[-n].height):
        n += 1
    return " ".join(text[c.start:c.end] for c in above[-n:])


def column_identifiers(page: Page, cands: Sequence[Cand], code: str) -> list[Cand]:
    """Candidates for the values of each column of identifiers or dates of birth on the
    page that nothing has proposed yet."""
    text = page.text
    spans = [(c.start, c.end) for c in cands]
    # what a rule read as someone's, not a model's guess or its copies: only those say
    # what the rest of a column is ("2022-09-24" guessed once is no column of birth dates)
    guessed = {text[c.start:c.end] for c in cands if c.source == "model:recall"}
    sure = [(c.start, c.end) for c in cands if c.source != "model:recall" and not (
        c.source == "propagated" and text[c.start:c.end] in guessed)]
    births = [(c.start, c.end) for c in cands
              if c.kind == "date_of_birth" or "dob" in c.source]
    found: dict[tuple[int, int], str] = {}
    for run in _columns(_cells(page)):
        kinds = [_kind_of(text[c.start:c.end].strip()) for c in run]
        first = next((i for i, k in enumerate(kinds) if k), None)
        if first is None:
            continue
        header = _header(text, run[:first])
        for kind in ("code", "date"):
            values = [c for c, k in zip(run[first:], kinds[first:], strict=True) if k == kind
                      and not text[c.start:c.end].upper().startswith(_CITED)]
            if len(values) < 2:
                continue
            if kind == "date":
                named = bool(_DOB_HEADER.search(header))
                proposed = [c for c in values if _covered(c, births)]
                widely = len(proposed) * 2 >= len(values) and len(proposed) >= 2
            else:
                named = bool(_ID_HEADER.search(header)) and not _NOT_ID_HEADER.search(header)
                proposed = [c for c in values if _covered(c, sure)]
                widely = bool(proposed)
            shapes = {_shape(text[c.start:c.end]) for c in proposed}
            for c in values:
                if _covered(c, spans):
                    continue
                if named or widely and _shape(text[c.start:c.end]) in shapes:
                    found[(c.start, c.end)] = "date_of_birth" if kind == "date" else "reference"
    return [Cand(s, e, code, code, "rule:id_column", 0.7, kind)
            for (s, e), kind in sorted(found.items())]
