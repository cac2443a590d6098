"""A table's column of places or of vehicles: a word in it is a district or a car, not a person.

A route list's "Pick-up areas" column ("Ossett, Horbury", "Altofts, Normanton") or a trip
history's "Pickup" column ("Belgrave Road", "Highfields (Melbourne Road)") holds places, and
a district no gazetteer lists ("Altofts", "Lupset") reads to a name finder as a surname. The
column's other cells say what the unknown one is: where most of them hold a known town or a
street, a cell with no given name, title or organisation's word in it is a place too. So
with a "Vehicle" column ("Toyota Prius", "Skoda Octavia"): "Kia Niro" is a car, though "Kia"
is a given name and no list holds "Niro".
"""

from __future__ import annotations

import re

from ingest.pages import Page

from . import entity_filters as ef
from . import lexicon
from .column_gaps import columns

#: At least this many cells of a column, and this share of them, name a place.
MIN_PLACES = 2
PLACE_SHARE = 0.5

_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _names_a_place(cell: str) -> bool:
    """A known town or a street's name ("Castleford", "Narborough Road"), and no body's."""
    words = _words(cell)
    folded = [lexicon.fold(w) for w in words]
    if any(f in ef.AGENCY_TAILS for f in folded):
        return False  # "Wakefield College", "Leicester City Council"
    if any(ef.is_place_name(w) and not ef.is_given_name(w) for w in words):
        return True
    return any(f in ef.STREET_WORDS and i > 0 and words[i - 1][:1].isupper()
               for i, f in enumerate(folded))


def _may_name_someone(cell: str) -> bool:
    """A cell that could hold a person or a body: a given name, an initial, a title, a
    role ("H. Birkinshaw, Intelligence Analyst") or a body's word."""
    if re.search(r"(?<![\w'’\-])[A-Z]\.", cell):
        return True
    return any(ef.is_given_name(w) or ef.is_title(w) or lexicon.fold(w) in ef.AGENCY_TAILS
               or lexicon.fold(w) in ef.ROLE_WORDS for w in _words(cell))


def place_cells(page: Page, cuts: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the cells that lie in a column of places and may name no
    person: the cells a name finder's hit is a place in."""
    out = []
    for cells in columns(page, cuts):
        placed = [_names_a_place(page.text[s:e]) for s, e in cells]
        if sum(placed) < MIN_PLACES or sum(placed) < PLACE_SHARE * len(cells):
            continue
        out += [(s, e) for s, e in cells if not _may_name_someone(page.text[s:e])]
    return out


#: A cell's part that names one place: up to three capitalised words, no digits.
_PART = re.compile(r"[A-Z][\w'’\-]*(?:[ \t]+[A-Z][\w'’\-]*){0,2}")


def place_names(page: Page, cells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The places a column of places' cells name, one per comma's or bracket's part
    ("Altofts, Normanton"; "Highfields (Melbourne Road)"): (start, end) offsets. Not a
    header's ordinary word ("Pickup")."""
    out = []
    for s, e in cells:
        for part in re.finditer(r"[^,()]+", page.text[s:e]):
            text = part.group().strip()
            whole = _PART.fullmatch(text)
            if not whole or all(lexicon.is_dictionary_word(w) for w in text.split()):
                continue
            start = s + part.start() + part.group().index(text)
            out.append((start, start + len(text)))
    return out


def vehicle_cells(page: Page, cuts: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the cells that open with a vehicle's make or model in a
    column where most cells do: a car, whatever the words after the make."""
    out = []
    for cells in columns(page, cuts):
        made = [(s, e) for s, e in cells
                if (words := _words(page.text[s:e])) and ef.is_product(words[0])]
        if len(made) >= MIN_PLACES and len(made) >= PLACE_SHARE * len(cells):
            out += made
    return out
