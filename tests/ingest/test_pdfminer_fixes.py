"""A page reads the same on every read, in any process (ingest.pdfminer_fixes, issue 17).

pdfminer's grouping of text boxes took two pairs at the same distance in the order of the
objects' memory addresses, so a real-world table of contents (UNSTABLE_ORDER, page 4: dot
leaders send it to the pdfminer fallback) came out with two lines in either order from one
read to the next. The stored text, word offsets and proposals depend on that order.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from bench.realworld_pdfs import DATA
from ingest import pdfminer_fixes
from ingest.extract import extract_pages

ROOT = Path(__file__).resolve().parents[2]

#: Its page 4 read in either order before the fix (about one read in four).
UNSTABLE_ORDER = "pypdf-GeoBase_NHNC1_Data_Model_UML_EN.pdf"

Reading = list[list]  # per page: [text, [[word, x0, y0, x1, y1, start, end], ...]]


def reading(path: Path, reader: str = "auto", pages: list[int] | None = None) -> Reading:
    """Text and every word's exact box and offsets, page by page, as JSON would give them."""
    return json.loads(json.dumps([
        [page.text, [[w.text, w.x0, w.y0, w.x1, w.y1, w.start, w.end] for w in page.words]]
        for page in extract_pages(path, ocr="never", reader=reader, pages=pages)]))


def test_the_page_reads_the_same_on_every_read() -> None:
    first = reading(DATA / UNSTABLE_ORDER, pages=[4])
    assert "2.1" in first[0][0] and "3.1" in first[0][0]  # the two lines that swapped
    for _ in range(24):
        assert reading(DATA / UNSTABLE_ORDER, pages=[4]) == first


def test_the_document_reads_the_same_in_other_processes() -> None:
    """id() differs from process to process, and so does str hashing: two fresh
    interpreters with different hash seeds read the whole file, by the usual path and by
    pdfminer alone (every page through its layout analysis), as this one does."""
    code = ("import json, sys; from tests.ingest.test_pdfminer_fixes import reading; "
            "print(json.dumps([reading(__import__('pathlib').Path(sys.argv[1]), r) "
            "for r in ('auto', 'pdfminer')]))")
    children = [subprocess.Popen([sys.executable, "-c", code, str(DATA / UNSTABLE_ORDER)],
                                 cwd=ROOT, stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "PYTHONHASHSEED": seed})
                for seed in ("1", "2")]
    outputs = [child.communicate(timeout=300)[0] for child in children]
    assert [child.returncode for child in children] == [0, 0]
    here = [reading(DATA / UNSTABLE_ORDER, r) for r in ("auto", "pdfminer")]
    assert len(here[1]) == 19
    for output in outputs:
        assert json.loads(output) == here


def test_ties_are_broken_by_place() -> None:
    """What pdfminer's layout gets for id(): the higher box first, then the one further
    left, whatever order they were made in; boxes at one place in the order first seen;
    unique, so no two objects are taken for one."""
    from pdfminer import layout

    pdfminer_fixes.apply()
    key = layout.id  # type: ignore[attr-defined]

    def box(x0: float, y0: float, x1: float, y1: float) -> layout.LTTextBoxHorizontal:
        made = layout.LTTextBoxHorizontal()
        made.set_bbox((x0, y0, x1, y1))
        return made

    low, high, right, left = box(0, 0, 10, 10), box(0, 50, 10, 60), box(30, 0, 40, 10), \
        box(5, 0, 15, 10)
    assert sorted([low, high, right, left], key=key) == [high, low, left, right]
    first, second = box(1, 1, 2, 2), box(1, 1, 2, 2)
    assert key(second) < key(first) and key(second) != key(first)
    assert key(second) == key(second)  # fixed on first use
    other = object()
    assert key(other) == id(other)


def test_pdfminer_still_breaks_its_ties_with_id() -> None:
    """The fix gives pdfminer's layout module an ``id`` of its own: should an upgrade stop
    calling id() in group_textboxes, the tie-break must be looked at again."""
    from pdfminer import layout

    pdfminer_fixes.apply()
    assert "id" in layout.LTLayoutContainer.group_textboxes.__code__.co_names
    assert layout.id is not id  # type: ignore[attr-defined]
