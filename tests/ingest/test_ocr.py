"""OCR with Tesseract: words and boxes in the same structure and coordinates as extraction."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from ingest.extract import extract_pages
from ingest.ocr import OcrError, ocr_image, ocr_page
from tests import pdfs

pytestmark = pytest.mark.ocr

A4_H = 841.8898
LINES = ["Witness statement of Jane Example", "Social worker visited on 3 March 2021"]


def test_scan_words_are_found_where_they_were_drawn(tmp_path: Path) -> None:
    scan = pdfs.scan_pdf(tmp_path, LINES, size=14)
    page = ocr_page(scan, 1, dpi=200)
    assert page.ocr and page.text == "\n".join(LINES)
    assert (page.width, page.height) == pytest.approx((595.28, 841.89), abs=0.01)
    baselines = pdfs.line_baselines(len(LINES), A4_H, size=14)
    for line_no, line in enumerate(LINES):
        for i, text in enumerate(line.split()):
            word = next(w for w in page.words if w.text == text)
            x0, y0, x1, y1 = pdfs.word_box(line, i, baselines[line_no], A4_H,
                                           font="DejaVuSans", size=14)
            assert abs(word.x0 - x0) < 3 and abs(word.x1 - x1) < 3, (word, x0, x1)
            assert y0 - 3 < word.y0 and word.y1 < y1 + 3, (word, y0, y1)
    for w in page.words:
        assert page.text[w.start:w.end] == w.text


def test_auto_mode_reads_only_the_pages_that_need_it(tmp_path: Path) -> None:
    text = pdfs.text_pdf(tmp_path, ["A typed page with a proper text layer of its own."])
    scan = pdfs.scan_pdf(tmp_path, LINES)
    both = tmp_path / "both.pdf"
    with pikepdf.open(text) as out, pikepdf.open(scan) as src:
        out.pages.extend(src.pages)
        out.save(both)
    first, second = extract_pages(both, ocr="auto", ocr_dpi=150)
    assert (first.ocr, second.ocr) == (False, True)
    assert "Witness statement of Jane Example" in second.text and not second.needs_ocr
    [never] = extract_pages(both, ocr="never", pages=[2])
    assert never.needs_ocr and not never.ocr


def test_always_mode_ocrs_text_pages_too(made: dict[str, Path]) -> None:
    [page] = extract_pages(made["text"], ocr="always", ocr_dpi=150)
    assert page.ocr and page.text.startswith("The quick brown fox")


def test_image_boxes_scale_to_points_at_any_dpi() -> None:
    image = pdfs.scan_image(["Scaled words"], dpi=100, size=20)
    page = ocr_image(image, 4, 595.28, 841.89, dpi=100)
    assert page.number == 4 and page.text == "Scaled words"
    x0, _, x1, _ = pdfs.word_box("Scaled words", 0, pdfs.line_baselines(1, A4_H, 20)[0], A4_H,
                                 font="DejaVuSans", size=20)
    assert abs(page.words[0].x0 - x0) < 3 and abs(page.words[0].x1 - x1) < 3


def test_tesseract_failure_is_an_ocr_error() -> None:
    with pytest.raises(OcrError, match="Tesseract failed"):
        ocr_image(pdfs.scan_image(["x"], dpi=50), 1, 595, 842, dpi=50, lang="notalanguage")
