"""Text in reading order and every word with its box, page by page, with pdfminer.six.

Boxes are in PDF points with the origin at the top-left of the page as displayed: the
/Rotate of the page and its crop box are applied, matching ingest.render's images.
Pages are yielded one at a time, so a 5,000-page bundle needs the memory of one page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from ingest.pages import Page, build_page

MIN_TEXT_CHARS = 25        # fewer letters/digits than this on a page with images: a scan
MAX_GARBAGE_RATIO = 0.3    # unmapped glyphs (cid:NN, U+FFFD, private use) beyond this: unusable


def _laparams():  # noqa: ANN202
    from pdfminer.layout import LAParams

    # boxes_flow puts columns in reading order; detect_vertical keeps rotated text.
    return LAParams(line_margin=0.5, word_margin=0.1, char_margin=2.0, boxes_flow=0.5,
                    detect_vertical=False, all_texts=False)


def _transform(ctm: tuple[float, ...], x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = ctm
    return a * x + c * y + e, b * x + d * y + f


def _page_frame(pdf_page) -> tuple[float, float, float, float]:  # noqa: ANN001
    """The crop box in pdfminer's rotated device space: (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = pdf_page.mediabox
    rotate = (pdf_page.rotate or 0) % 360
    if rotate == 90:
        ctm = (0, -1, 1, 0, -y0, x1)
    elif rotate == 180:
        ctm = (-1, 0, 0, -1, x1, y1)
    elif rotate == 270:
        ctm = (0, 1, -1, 0, y1, -x0)
    else:
        ctm = (1, 0, 0, 1, -x0, -y0)
    crop = pdf_page.cropbox or pdf_page.mediabox
    cx0, cy0, cx1, cy1 = crop
    # Keep the crop box inside the media box, as viewers do.
    cx0, cy0, cx1, cy1 = max(cx0, x0), max(cy0, y0), min(cx1, x1), min(cy1, y1)
    corners = [_transform(ctm, x, y) for x, y in ((cx0, cy0), (cx1, cy1))]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    return min(xs), min(ys), max(xs), max(ys)


def _is_garbage(ch: str) -> bool:
    if ch == "\ufffd":
        return True
    return unicodedata.category(ch) in ("Co", "Cn", "Cc") and ch not in "\n\t"


def _words_of_line(line, frame) -> list[tuple[str, float, float, float, float]]:  # noqa: ANN001
    from pdfminer.layout import LTChar

    fx0, fy0, fx1, fy1 = frame
    words: list[tuple[str, float, float, float, float]] = []
    chars: list = []

    def flush() -> None:
        if not chars:
            return
        text = "".join(c.get_text() for c in chars).strip()
        if text:
            x0 = min(c.x0 for c in chars)
            x1 = max(c.x1 for c in chars)
            y0 = min(c.y0 for c in chars)
            y1 = max(c.y1 for c in chars)
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            if fx0 <= cx <= fx1 and fy0 <= cy <= fy1:  # outside the crop box is not shown
                words.append((text, x0 - fx0, fy1 - y1, x1 - fx0, fy1 - y0))
        chars.clear()

    for item in line:
        if isinstance(item, LTChar) and not item.get_text().isspace():
            chars.append(item)
        else:
            flush()
    flush()
    return words


def _collect(layout, frame, lines: list, stats: dict) -> None:  # noqa: ANN001
    from pdfminer.layout import LTFigure, LTImage, LTTextBox, LTTextLine

    for element in layout:
        if isinstance(element, LTTextBox):
            for line in element:
                if isinstance(line, LTTextLine):
                    words = _words_of_line(line, frame)
                    if words:
                        lines.append(words)
        elif isinstance(element, LTTextLine):
            words = _words_of_line(element, frame)
            if words:
                lines.append(words)
        elif isinstance(element, LTImage):
            stats["images"] += 1
        elif isinstance(element, LTFigure):
            stats["images"] += 1
            _collect(element, frame, lines, stats)


def text_is_usable(text: str, has_images: bool) -> bool:
    meaningful = sum(ch.isalnum() for ch in text)
    garbage = sum(_is_garbage(ch) for ch in text) + text.count("(cid:") * 5
    if text and garbage / max(1, len(text)) > MAX_GARBAGE_RATIO:
        return False
    return not (has_images and meaningful < MIN_TEXT_CHARS) and meaningful > 0


def extract_pages(path: Path, password: str | None = None, ocr: str = "auto",
                  pages: Iterable[int] | None = None) -> Iterator[Page]:
    """Yield Pages (numbered from 1). ocr: "auto" OCRs pages without a usable text layer,
    "never" marks them ``needs_ocr`` instead, "always" OCRs every page."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    if ocr not in ("auto", "never", "always"):
        raise ValueError("ocr must be 'auto', 'never' or 'always'")
    wanted = None if pages is None else {n - 1 for n in pages}
    last_wanted = None if wanted is None else max(wanted, default=-1)
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=_laparams())
    interpreter = PDFPageInterpreter(manager, device)
    with open(path, "rb") as fh:
        # pdfminer's own page filter renumbers what it yields; walk every page and skip.
        for index, pdf_page in enumerate(PDFPage.get_pages(fh, password=password or "")):
            if wanted is not None and index not in wanted:
                continue
            number = index + 1
            frame = _page_frame(pdf_page)
            width, height = frame[2] - frame[0], frame[3] - frame[1]
            if ocr == "always":
                yield _ocr(path, number, password)
            else:
                interpreter.process_page(pdf_page)
                layout = device.get_result()
                lines: list = []
                stats = {"images": 0}
                _collect(layout, frame, lines, stats)
                page = build_page(number, width, height, False, lines)
                if not text_is_usable(page.text, stats["images"] > 0):
                    if ocr == "auto":
                        page = _ocr(path, number, password)
                    else:
                        page.needs_ocr = True
                yield page
            if last_wanted is not None and index >= last_wanted:
                break


def _ocr(path: Path, number: int, password: str | None) -> Page:
    from ingest.ocr import ocr_page

    return ocr_page(path, number, password=password)


def page_count(path: Path, password: str | None = None) -> int:
    import pikepdf

    with pikepdf.open(path, password=password or "") as pdf:
        return len(pdf.pages)


def extract_to_json(path: Path, password: str | None = None, ocr: str = "auto") -> dict:
    """The `inquiry extract FILE --json` structure."""
    return {"pages": [p.to_dict() for p in extract_pages(path, password=password, ocr=ocr)]}
