"""The fast path (pdfium's text page) against pdfminer.six, which it stands in for.

The redaction engine and the recall model were tuned on pdfminer's words, boxes and reading
order, so on the pages pdfium reads those must come out the same (boxes within a fraction
of a point); the pages it cannot read as pdfminer would go to pdfminer.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bench.realworld_pdfs import DATA
from ingest.extract import extract_pages
from ingest.pages import Page
from ingest.pdfium_text import PdfiumReader
from tests import pdfs

# file -> why its words cannot be compared box by box
NOT_COMPARABLE = {
    "pypdf-indirect-rotation.pdf": "a letter-spaced OCR layer that the two readers cut into "
                                   "different words, so one word's text names different "
                                   "glyphs in each",
}


def both(path: Path, **kwargs: object) -> list[tuple[Page, Page]]:
    fast = list(extract_pages(path, ocr="never", **kwargs))
    slow = list(extract_pages(path, ocr="never", reader="pdfminer", **kwargs))
    assert [p.number for p in fast] == [p.number for p in slow]
    return list(zip(fast, slow, strict=True))


def read_fast(path: Path, number: int = 1) -> Page | None:
    reader = PdfiumReader(path)
    try:
        return reader.read(number)
    finally:
        reader.close()


def unique_words(page: Page) -> dict[str, tuple[float, float, float, float]]:
    counts = Counter(w.text for w in page.words)
    return {w.text: (w.x0, w.y0, w.x1, w.y1) for w in page.words if counts[w.text] == 1}


def test_word_boxes_match_pdfminers_on_real_world_files() -> None:
    """Every word each reader finds once on a page, compared side by side: the boxes agree
    within 0.6 pt for 95 % of words and 2.5 pt for all (pdfium's italic glyphs reach a
    little past their advance; a symbol font's descent is read a little differently)."""
    off: list[float] = []
    for path in sorted(DATA.glob("*.pdf")):
        if "encrypted" in path.name or path.name in NOT_COMPARABLE:
            continue
        for fast, slow in both(path):
            ours, theirs = unique_words(fast), unique_words(slow)
            off.extend(max(abs(a - b) for a, b in zip(ours[word], theirs[word], strict=True))
                       for word in ours.keys() & theirs.keys())
    assert len(off) > 4000
    assert sum(d <= 0.6 for d in off) >= 0.95 * len(off)
    assert max(off) <= 2.5


def test_generated_layouts_come_out_as_pdfminer_reads_them(made: dict[str, Path],
                                                          tmp_path: Path) -> None:
    """Lines, columns drawn interleaved, table cells, scripts, a crop box: the same text in
    the same order, read by pdfium."""
    files = [made[k] for k in ("text", "columns", "table", "nonlatin", "cropped")]
    files.append(pdfs.two_column_pdf(tmp_path, [f"Left line {i} of the first column."
                                                for i in range(12)],
                                     [f"Right line {i} of the second column." for i in
                                      range(12)]))
    files.append(pdfs.many_page_pdf(tmp_path, 5))
    # runs of spaces, which pdfium keeps one of: still one line each, as pdfminer reads it
    files.append(pdfs.text_pdf(tmp_path, ["GRABOWSKI, PAWEL    (POLO)  DOB 02/06/1988",
                                          "Name:" + " " * 30 + "Kayleigh Example"],
                               name="spaced.pdf", font="Courier"))
    for path in files:
        assert read_fast(path) is not None, path.name  # the fast path read it
        for fast, slow in both(path):
            assert fast.text == slow.text, path.name
            assert [w.text for w in fast.words] == [w.text for w in slow.words]


def test_pages_pdfium_would_read_differently_go_to_pdfminer(made: dict[str, Path],
                                                           tmp_path: Path) -> None:
    """Annotation and form text, text sideways on the displayed page, a Type 3 font and
    unmapped glyphs are read as before, by pdfminer."""
    for kind in ("form", "annotated", "rotated90", "rotated180", "rotated270", "unmapped"):
        assert read_fast(made[kind]) is None, kind
        for fast, slow in both(made[kind]):
            assert fast.to_dict() == slow.to_dict(), kind
    type3 = pdfs.type3_pdf(tmp_path)
    assert read_fast(type3) is None
    (page,) = extract_pages(type3, ocr="never")
    assert page.text == "abc cab\nPlain words on the same page"
    abc = page.words[0]
    # 12 pt glyphs 500 units wide from x = 72; FontBBox -200..800 from the baseline at 700
    assert (abc.x0, abc.x1) == pytest.approx((72, 90)) and abc.y1 - abc.y0 == pytest.approx(12)


def test_text_without_glyphs_or_a_page_pdfium_reads_empty_is_assessed_as_before(
        made: dict[str, Path]) -> None:
    """A scan has no text layer in either reader: the page is flagged for OCR as before."""
    page = read_fast(made["scan"])
    assert page is not None and page.text == ""
    (scan,) = extract_pages(made["scan"], ocr="never")
    assert scan.needs_ocr and scan.text == ""


def test_documents_pdfium_cannot_open_are_read_or_refused_by_pdfminer(
        made: dict[str, Path]) -> None:
    with pytest.raises(Exception, match="Password required"):
        list(extract_pages(made["encrypted"], ocr="never"))
    (page,) = extract_pages(made["encrypted"], ocr="never", password="s3cret")
    assert page.text.startswith("The quick brown fox")
    assert read_fast(made["text"]) is not None


def test_a_long_document_is_read_in_order_across_reopenings(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    """pdfium lets go of what it decoded when the document is reopened, every 200 pages."""
    from ingest import pdfium_text

    opened = []
    real_open = pdfium_text.PdfiumReader._open

    def counting_open(self: pdfium_text.PdfiumReader):  # noqa: ANN202
        opened.append(1)
        return real_open(self)

    monkeypatch.setattr(pdfium_text.PdfiumReader, "_open", counting_open)
    path = pdfs.many_page_pdf(tmp_path, 410)
    numbers = []
    for page in extract_pages(path, ocr="never"):
        assert page.text.startswith(f"Page {page.number} of the bundle")
        numbers.append(page.number)
    assert numbers == list(range(1, 411)) and len(opened) == 3


def test_the_standard_fonts_descents_are_pdfminers() -> None:
    from pdfminer.fontmetrics import FONT_METRICS

    from ingest.pdfium_text import STANDARD_DESCENTS

    assert STANDARD_DESCENTS == {name: float(metrics[0].get("Descent", 0))
                                 for name, metrics in FONT_METRICS.items()}


def test_the_stored_form_is_the_page_as_read(made: dict[str, Path]) -> None:
    """The extraction child packs pdfium's pages as it reads them (no Word objects): every
    page comes out exactly as the Page that :func:`extract_pages` reads, packed (text, word
    boxes and offsets, the OCR flag), on the real-world files and on every generated kind,
    pdfminer's pages and pages needing OCR among them."""
    from ingest.extract import ExtractError, pages_to_store

    paths = [p for p in sorted(DATA.glob("*.pdf")) if "encrypted" not in p.name]
    packed = flagged = 0
    for path in paths + sorted(made.values()):
        try:
            expected = [page.stored() for page in extract_pages(path, ocr="never")]
        except ExtractError:
            continue
        assert list(pages_to_store(path)) == expected, path.name
        packed += len(expected)
        flagged += sum(page.needs_ocr for page in expected)
    assert packed > 60 and flagged > 3
