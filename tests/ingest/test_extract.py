"""Extraction: words, boxes in displayed coordinates, reading order, text-layer verdicts."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
from PIL import ImageOps

from ingest import extract
from ingest.extract import ExtractError, extract_pages, extract_to_json, needs_ocr, page_count
from ingest.pages import Page
from ingest.render import render_page
from tests import pdfs

A4_W, A4_H = 595.2756, 841.8898


def one(path: Path, **kwargs: object) -> Page:
    [page] = list(extract_pages(path, ocr="never", **kwargs))
    return page


def assert_offsets(page: Page) -> None:
    for w in page.words:
        assert page.text[w.start:w.end] == w.text


def assert_boxes_inside(page: Page) -> None:
    for w in page.words:
        assert 0 <= w.x0 < w.x1 <= page.width + 0.01, w
        assert 0 <= w.y0 < w.y1 <= page.height + 0.01, w


def ink_box(path: Path, dpi: int = 72) -> tuple[float, float, float, float]:
    """Where anything is drawn on the rendered page, in points (top-left origin)."""
    image = render_page(path, 1, dpi, grayscale=True).convert("L")
    x0, y0, x1, y1 = ImageOps.invert(image).point(lambda v: 255 if v > 60 else 0).getbbox()
    scale = 72 / dpi
    return x0 * scale, y0 * scale, x1 * scale, y1 * scale


def words_box(page: Page) -> tuple[float, float, float, float]:
    return (min(w.x0 for w in page.words), min(w.y0 for w in page.words),
            max(w.x1 for w in page.words), max(w.y1 for w in page.words))


def test_simple_text_words_and_boxes(made: dict[str, Path]) -> None:
    page = one(made["text"])
    assert page.text == "\n".join(pdfs.DEFAULT_LINES)
    assert (round(page.width, 1), round(page.height, 1), page.ocr, page.needs_ocr) == \
        (595.3, 841.9, False, False)
    assert_offsets(page)
    assert_boxes_inside(page)
    baseline = pdfs.line_baselines(2, A4_H)[0]
    for i, word in enumerate(page.words[:9]):
        x0, _, x1, _ = pdfs.word_box(pdfs.DEFAULT_LINES[0], i, baseline, A4_H)
        assert abs(word.x0 - x0) < 0.5 and abs(word.x1 - x1) < 0.5, word
        assert word.y0 < A4_H - baseline < word.y1  # the baseline runs through the box


def test_two_columns_read_one_after_the_other(made: dict[str, Path], tmp_path: Path) -> None:
    left = [f"Left column line {i} about the council decision." for i in range(8)]
    right = [f"Right column line {i} about the care plan." for i in range(8)]
    page = one(pdfs.two_column_pdf(tmp_path, left, right))
    assert page.text == "\n".join(left + right)
    assert_offsets(page)


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_rotated_page_boxes_are_where_the_words_are_shown(made: dict[str, Path],
                                                          rotation: int) -> None:
    path = made["text"] if rotation == 0 else made[f"rotated{rotation}"]
    page = one(path)
    assert page.text == "\n".join(pdfs.DEFAULT_LINES)  # still read as lines of words
    expected_size = (A4_W, A4_H) if rotation in (0, 180) else (A4_H, A4_W)
    assert (page.width, page.height) == pytest.approx(expected_size, abs=0.01)
    assert_boxes_inside(page)
    # All the ink on the rendered (displayed) page lies within the words' boxes.
    ink, boxes = ink_box(path), words_box(page)
    for drawn, boxed in zip(ink, boxes, strict=True):
        assert abs(drawn - boxed) < 4, (ink, boxes)
    # Word by word: "quick" is where the unrotated page has it, turned with the page.
    upright = one(made["text"]).words[1]
    quick = page.words[1]
    assert quick.text == "quick"
    expected = {
        0: (upright.x0, upright.y0, upright.x1, upright.y1),
        90: (A4_H - upright.y1, upright.x0, A4_H - upright.y0, upright.x1),
        180: (A4_W - upright.x1, A4_H - upright.y1, A4_W - upright.x0, A4_H - upright.y0),
        270: (upright.y0, A4_W - upright.x1, upright.y1, A4_W - upright.x0),
    }[rotation]
    # a page whose text is sideways or upside down is read by pdfminer, the upright one by
    # pdfium: their width tables for Helvetica differ by a hundredth of a point in a word
    assert (quick.x0, quick.y0, quick.x1, quick.y1) == pytest.approx(expected, abs=0.05)


def test_crop_box_sets_the_page_and_hides_what_is_outside(made: dict[str, Path]) -> None:
    page = one(made["cropped"])
    assert (page.width, page.height) == (400, 500)
    assert page.text == "Inside the crop box"
    inside = page.words[0]
    # Drawn at user (100, 700); the crop box starts at (50, 300) and ends at y = 800.
    assert inside.x0 == pytest.approx(50, abs=0.01)
    assert inside.y0 < 800 - 700 < inside.y1
    ink = ink_box(made["cropped"])
    assert abs(ink[0] - inside.x0) < 2 and abs(ink[1] - inside.y0) < 4


def test_non_latin_scripts(made: dict[str, Path]) -> None:
    page = one(made["nonlatin"])
    assert page.text == "Привет, мир: свидетель Иванов.\nΚαλημέρα κόσμε, μάρτυρας."
    assert [w.text for w in page.words][:3] == ["Привет,", "мир:", "свидетель"]
    assert_offsets(page)


def test_table_cells_each_within_their_cell(tmp_path: Path) -> None:
    rows = [["Name", "Role", "Date"], ["Jane Example", "Witness", "3 March"],
            ["John Sample", "Officer", "4 April"]]
    page = one(pdfs.table_pdf(tmp_path, rows))
    assert sorted(page.text.split()) == sorted(" ".join(sum(rows, [])).split())
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            first = next(w for w in page.words if w.text == cell.split()[0])
            left, top = 72 + c * 140, 72 + r * 24
            assert left < first.x0 < left + 140 and top < first.y0 < top + 24, (cell, first)


def test_form_fields_and_annotation_appearances_are_read(made: dict[str, Path]) -> None:
    form = one(made["form"])
    assert "Jane Example" in form.text and "AB123456C" in form.text
    annotated = one(made["annotated"])
    assert "Confidential remark" in annotated.text
    remark = next(w for w in annotated.words if w.text == "Confidential")
    # FreeText rect (300, 500)-(500, 530) in user space: top-left y of 842 - 530 = 312.
    assert 300 <= remark.x0 < 320 and 312 <= remark.y0 and remark.y1 <= 342
    assert "Mr Smith" not in annotated.text  # a sticky note's contents are not on the page


def test_pages_without_a_usable_text_layer_are_flagged(made: dict[str, Path]) -> None:
    scan = one(made["scan"])
    assert scan.needs_ocr and scan.text == "" and needs_ocr(scan)
    unmapped = one(made["unmapped"])
    assert unmapped.needs_ocr and "\ufffd" in unmapped.text
    assert extract.assess_text(unmapped.text, 595, 842) == "glyphs without a Unicode mapping"
    assert not one(made["text"]).needs_ocr
    assert extract.assess_text("7", 595, 842) == "only 1 letters or digits"
    assert extract.assess_text("§¶†‡•" * 10 + "ab", 595, 842).startswith("the text layer is")


def test_selected_pages_only(tmp_path: Path) -> None:
    path = pdfs.many_page_pdf(tmp_path, 30)
    got = list(extract_pages(path, ocr="never", pages=[3, 7, 30]))
    assert [p.number for p in got] == [3, 7, 30]
    assert got[1].text.startswith("Page 7 of the bundle")
    assert list(extract_pages(path, ocr="never", pages=[])) == []
    assert page_count(path) == 30


def test_encrypted_pdf_extracts_with_its_password(made: dict[str, Path]) -> None:
    assert one(made["encrypted"], password="s3cret").text.startswith("The quick brown fox")
    with pytest.raises(ExtractError, match="Password required"):
        one(made["encrypted"])
    with pytest.raises(ExtractError, match="Password required"):
        page_count(made["encrypted"])


def test_damaged_file_is_an_extract_error(made: dict[str, Path]) -> None:
    with pytest.raises(ExtractError):
        list(extract_pages(made["corrupt"], ocr="never"))


def test_json_shape(made: dict[str, Path]) -> None:
    data = extract_to_json(made["text"], ocr="never")
    assert list(data) == ["pages"]
    [page] = data["pages"]
    assert list(page) == ["number", "width", "height", "ocr", "text", "words"]
    assert list(page["words"][0]) == ["text", "x0", "y0", "x1", "y1"]
    assert page["words"][0]["text"] == "The" and page["number"] == 1


def test_stored_words_are_the_json_of_their_dicts(made: dict[str, Path]) -> None:
    """Pages' words are written straight to JSON when stored: the same bytes as dumping
    their dicts (text escaped as JSON does, coordinates rounded to 2 places)."""
    import json

    from ingest.pages import build_page

    odd = build_page(1, 10, 10, False, [[('Ünïcødé"\\\t', 1.0, 2.005, 3.0, 4.0),
                                         ("x", 1e-7, 123456.789, 1e20, 0.0)]])
    for page in [odd, one(made["text"]), one(made["nonlatin"])]:
        assert page.words_json() == json.dumps(page.to_dict(offsets=True)["words"],
                                               separators=(",", ":")).encode()
        stored = page.stored()  # the form the extraction child sends back
        assert stored.words_json() == page.words_json()
        assert (stored.number, stored.text, stored.word_count) == (page.number, page.text,
                                                                   len(page.words))


def test_stored_words_are_the_json_of_their_dicts_whatever_the_numbers_and_letters() -> None:
    """The worker's quick JSON (coordinates rounded a page at once, orjson, characters
    beyond ASCII escaped) gives json.dumps's bytes: halves that round either way, negative
    zero, large numbers, DEL, letters beyond the first plane, a lone surrogate. A box that
    is not a finite number is refused (it used to be written as inf, which is not JSON)."""
    import json
    import random

    from ingest.pages import build_page

    rng = random.Random(17)
    halves = [k / 1000 for k in range(-2005, 2005, 10)]  # x.xx5: the doubtful ones
    values = halves + [rng.uniform(-1e4, 1e4) for _ in range(4000)] + [
        -0.001, -0.0, 0.0, 1e9, -1e12, 1e15 + 0.125, 1e16, 1e300, 5e-324]
    words = ["plain", 'q"uo\\te', "caf\u00e9", "\u2019s", "\U0001f600", "del\x7f", "tab\there"]
    lines = [[(rng.choice(words), *values[i:i + 4])] for i in range(0, len(values) - 3, 4)]
    pages = [build_page(1, 612, 792, False, lines),
             build_page(3, 612, 792, False, [[("lone\ud800", 1.0, 2.0, 3.0, 4.0)]])]
    for page in pages:
        expected = json.dumps(page.to_dict(offsets=True)["words"], separators=(",", ":"))
        assert page.stored().words_json() == expected.encode()
    for bad in (float("inf"), float("nan")):
        page = build_page(2, 612, 792, False, [[("x", 1.0, 0.0, bad, 1.0)]])
        with pytest.raises(ValueError, match="not a finite number"):
            page.stored().words_json()


def test_pages_sent_back_by_the_extraction_child_come_through_its_allow_list(
        made: dict[str, Path]) -> None:
    from ingest import extract, sandbox

    (stored,) = sandbox.iterate(extract.pages_to_store, str(made["text"]))
    assert stored.words_json() == one(made["text"]).words_json()


def test_a_stored_page_whose_boxes_and_offsets_disagree_is_refused() -> None:
    from ingest.pages import StoredPage

    page = StoredPage(1, 10.0, 10.0, False, "ab", False, boxes=bytes(32), offsets=bytes(32))
    with pytest.raises(ValueError, match="do not match"):
        page.words_json()


def test_invalid_ocr_mode() -> None:
    with pytest.raises(ValueError):
        list(extract_pages("x.pdf", ocr="sometimes"))


def test_thousand_pages_stream_in_bounded_memory(tmp_path: Path) -> None:
    """Whatever is still held after page 500 and was allocated since is what grows with
    the document: without dropping pdfminer's object cache it is ~1 MB here."""
    path = pdfs.many_page_pdf(tmp_path, 1000)
    try:
        for page in extract_pages(path, ocr="never"):
            assert page.text.startswith(f"Page {page.number} of the bundle")
            if page.number == 500:
                tracemalloc.start()
        growth, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert page.number == 1000
    assert growth < 400_000, f"memory grew by {growth:,} bytes over 500 pages"
    assert peak < 5_000_000


def test_one_unreadable_page_does_not_stop_the_others(tmp_path: Path) -> None:
    pages = list(extract_pages(pdfs.broken_page_pdf(tmp_path), ocr="never"))
    assert [(p.number, p.needs_ocr) for p in pages] == [(1, False), (2, True), (3, False)]
    assert pages[2].text == "Page 3 is fine and has plenty of words on it."
    assert pages[1].text == "" and pages[1].width == pytest.approx(595.28, abs=0.01)
