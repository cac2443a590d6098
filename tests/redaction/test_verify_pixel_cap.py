"""Verification's OCR reads an oversize page at the resolution that fits the pixel cap (as
ingest's OCR does), inside a memory-limited child: never a crash or a huge allocation."""

from __future__ import annotations

from pathlib import Path

from ingest import sandbox
from redaction import extractors
from redaction.verify import verify_pdf
from tests import crafted

LIMITS = sandbox.Limits(memory_bytes=1024 * 1024 * 1024, cpu_seconds=120, wall_seconds=120)


def _ocr_first_page(path: str, dpi: int, max_pixels: int) -> tuple[str, list, tuple, float]:
    """Runs in the child: what the verifier's OCR reader made of page 1."""
    page_text, img = next(extractors.iter_ocr_pages(Path(path), dpi, max_pixels))
    return page_text.text, [b for b in page_text.boxes if b], img.size, img.info["dpi"][0]


def test_an_oversize_page_is_ocrd_within_the_cap(tmp_path: Path) -> None:
    huge = crafted.huge_page(tmp_path, 9200)  # 200 dpi would be 650 megapixels
    text, boxes, (width, height), dpi = sandbox.run(
        _ocr_first_page, str(huge), 200, 4_000_000, limits=LIMITS)
    assert width * height <= 4_000_000 and dpi < 20
    assert "Jane" in text
    assert max(b[2] for b in boxes) > 2000  # boxes in points of the 9,200-pt page


def test_verification_of_an_oversize_page_checks_its_boxes_at_the_used_resolution(
        tmp_path: Path) -> None:
    huge = crafted.huge_page(tmp_path, 9200)
    # a "painted" box over blank paper: the pixel check must see it is not filled, which it
    # does only if it looks where the box is at the resolution the page was rendered at
    blank = ((4000.0, 4000.0, 6000.0, 6000.0), "A1")
    report = sandbox.run(verify_pdf, str(huge), [], painted={1: [blank]},
                         max_pixels=4_000_000, limits=LIMITS)
    kinds = [f.check for f in report.findings]
    assert "unfilled_box" in kinds
    assert not [f for f in report.findings if f.check.startswith("reader:")]
