"""Where a page's lines break into columns: the wide gaps between word boxes.

Extraction joins the words of a line with one space, so a rota's row "Dr Adeyemi    Dr M
Kowalczyk" or a signature block's "K. Jackson        S. Greenhalgh" reads in the text as one
run of names, and a tagger or name finder takes two people for one ("Adeyemi Kowalczyk").
The word boxes still show the gap. No name has a gap in it much wider than the page's usual
word space, so a span of text that crosses one is two things. Pure functions over a
:class:`ingest.pages.Page`.
"""

from __future__ import annotations

import itertools

from ingest.pages import Page

#: A gap this many times the page's usual word space, or wider than this share of the line's
#: height, is a column's edge: justified text stretches a space to about twice its width.
GAP_FACTOR = 2.5
HEIGHT_SHARE = 0.6


def column_cuts(page: Page) -> list[int]:
    """Text offsets (a word's end) after which a wide gap on the same line separates two
    columns, in order."""
    pairs = [(w, n) for w, n in itertools.pairwise(page.words)
             if n.start == w.end + 1 and page.text[w.end] == " " and n.x0 >= w.x1]
    if not pairs:
        return []
    gaps = sorted(n.x0 - w.x1 for w, n in pairs)
    usual = gaps[len(gaps) // 4]  # the usual word space: a lower quartile, as a table's
    # page may have as many column gaps as word spaces
    cuts = []
    for w, n in pairs:
        gap = n.x0 - w.x1
        if gap > GAP_FACTOR * max(usual, 0.5) and gap > HEIGHT_SHARE * max(w.y1 - w.y0, 1.0):
            cuts.append(w.end)
    return cuts


def split_at(start: int, end: int, cuts: list[int]) -> list[tuple[int, int]]:
    """A span's pieces between the column edges inside it (one piece when none is):
    (start, end) offsets, each piece's own leading and trailing space excluded."""
    inside = [c for c in cuts if start < c < end]
    bounds, s = [], start
    for c in inside:
        bounds.append((s, c))
        s = c + 1
    bounds.append((s, end))
    return [(a, b) for a, b in bounds if b > a]
