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

from ingest.pages import Page, Word

#: A gap this many times the page's usual word space, or wider than this share of the line's
#: height, is a column's edge: justified text stretches a space to about twice its width.
GAP_FACTOR = 2.5
HEIGHT_SHARE = 0.6
#: A gap narrower than this share of the line's height (about three word spaces) is a
#: column's edge only where the page confirms it: a word on another line starts at the
#: same x after a wide gap, as a table's cells line up (a short cell leaves a wide gap).
#: A lone narrow gap is a typist's double space ("LUMB  Craig" of a "Surname / Forename"
#: column), inside one cell.
WIDE_SHARE = 1.0
#: How far apart two words' left edges may lie and still start one column.
ALIGN_SHARE = 0.25


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
    wide = [(w, n) for w, n in pairs
            if n.x0 - w.x1 > GAP_FACTOR * max(usual, 0.5)
            and n.x0 - w.x1 > HEIGHT_SHARE * max(w.y1 - w.y0, 1.0)]
    cuts, starts = [], [(n.x0, n.y0) for w, n in wide if _wider(w, n)]
    for w, n in wide:
        height = max(w.y1 - w.y0, 1.0)
        if _wider(w, n) or any(
                abs(x - n.x0) <= ALIGN_SHARE * height and abs(y - n.y0) > height / 2
                for x, y in starts):
            cuts.append(w.end)
    return cuts


def _wider(w: Word, n: Word) -> bool:
    """Whether the gap between two words on a line is wide enough to need no confirming."""
    return n.x0 - w.x1 > WIDE_SHARE * max(w.y1 - w.y0, 1.0)


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


def columns(page: Page, cuts: list[int] | None = None) -> list[list[tuple[int, int]]]:
    """A table's columns: the cells (start, end text offsets) of the lines that a column
    edge crosses, grouped by the x at which each cell's first word starts (left-aligned
    cells line up). Only columns of two cells or more; the prose between rows has none."""
    cuts = column_cuts(page) if cuts is None else cuts
    if not cuts:
        return []
    edges = set(cuts)
    rows: list[list[Word]] = []
    for w in page.words:  # the page's lines, as words joined by spaces
        if rows and w.start == rows[-1][-1].end + 1 and page.text[rows[-1][-1].end] == " ":
            rows[-1].append(w)
        else:
            rows.append([w])
    groups: list[tuple[float, float, list[tuple[int, int]]]] = []  # x, height, cells
    for row in rows:
        if not any(w.end in edges for w in row[:-1]):
            continue
        cell = [row[0]]
        for w in row[1:] + [None]:
            if w is not None and cell[-1].end not in edges:
                cell.append(w)
                continue
            first, height = cell[0], max(cell[0].y1 - cell[0].y0, 1.0)
            span = (first.start, cell[-1].end)
            for x, h, cells in groups:
                if abs(x - first.x0) <= ALIGN_SHARE * max(h, height):
                    cells.append(span)
                    break
            else:
                groups.append((first.x0, height, [span]))
            cell = [w] if w is not None else []
    return [cells for _x, _h, cells in groups if len(cells) > 1]
