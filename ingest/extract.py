"""Text in reading order and every word with its box, page by page: the one way pages are read.

Two readers share the work. pdfium's text page (:mod:`ingest.pdfium_text`, C++) reads
ordinary pages several times faster; pdfminer.six (:mod:`ingest.pdfminer_text`, Python)
reads whatever that path leaves (annotation and form text, sideways text, Type 3 fonts,
glyphs without Unicode, pages pdfium cannot load, documents it cannot open) and every page
whose text layer pdfium reads as unusable, so the OCR decision is made as before. Boxes are
PDF points with the origin at the top-left of the page as displayed (crop box and /Rotate
applied), matching :mod:`ingest.render`'s images, from either reader. Pages are yielded
one at a time, so a 5,000-page bundle needs the memory of about one page.
"""

from __future__ import annotations

import logging
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator

from ingest.pages import Page, StoredPage, build_page
from ingest.pdfium_text import PdfiumReader, Unreadable
from ingest.pdfminer_text import ExtractError, PdfminerReader

__all__ = ["ExtractError", "OCR_MODES", "READERS", "assess_text", "build_page",
           "extract_pages", "extract_to_json", "needs_ocr", "page_count", "pages_to_store"]

log = logging.getLogger(__name__)

# What a sandboxed child started ahead of its step imports besides this module
# (ingest.sandbox_child): pdfium, which the reader imports where it is used, so that the
# worker and web processes importing this module do not load it.
SANDBOX_PRELOAD = ("pypdfium2",)

MIN_TEXT_CHARS = 25        # fewer letters/digits than this: the page is (mostly) not text
MAX_GARBAGE_RATIO = 0.25   # unmapped glyphs / U+FFFD / private use beyond this: unusable
MIN_ALNUM_RATIO = 0.35     # a text layer of mostly symbols is a broken font mapping
OCR_MODES = ("auto", "never", "always")


def _is_garbage(ch: str) -> bool:
    return ch == "\ufffd" or (unicodedata.category(ch) in ("Co", "Cn", "Cc", "Cs")
                              and ch not in "\n\t")


_NOT_ALNUM = re.compile(r"[\W_]+")


def assess_text(text: str, width: float, height: float, image_area: float = 0.0) -> str | None:
    """Why a page's text layer cannot be trusted (so the page needs OCR), or None."""
    visible = "".join(text.split())
    if not visible:
        return "no text layer"
    # every character of every page passes here: whole-string tests first, one by one
    # only when the text holds something that is not printable
    clean = visible.isprintable() and "\ufffd" not in visible
    garbage = 0 if clean else sum(_is_garbage(ch) for ch in visible)
    if garbage / len(visible) > MAX_GARBAGE_RATIO:
        return "glyphs without a Unicode mapping"
    alnum = len(_NOT_ALNUM.sub("", visible))
    if len(visible) >= 20 and alnum / len(visible) < MIN_ALNUM_RATIO:
        return "the text layer is mostly symbols (a broken font mapping)"
    if alnum < MIN_TEXT_CHARS:
        covered = image_area / max(1.0, width * height)
        return f"only {alnum} letters or digits" + (f" over an image covering {covered:.0%}"
                                                     if covered > 0.05 else "")
    return None


def needs_ocr(page: Page) -> bool:
    """Whether a page should be read by OCR: flagged at extraction, or by its text alone."""
    if page.ocr:
        return False
    return page.needs_ocr or assess_text(page.text, page.width, page.height) is not None


READERS = ("auto", "pdfminer")


def extract_pages(path: str | os.PathLike, password: str | None = None, ocr: str = "auto",
                  pages: Iterable[int] | None = None, *, ocr_dpi: int | None = None,
                  lang: str = "eng", reader: str = "auto") -> Iterator[Page]:
    """Yield Pages (numbered from 1), optionally only the numbers in ``pages``.

    ``ocr``: "auto" reads pages without a usable text layer with Tesseract; "never" leaves
    them as extracted with ``needs_ocr`` set; "always" OCRs every page.
    ``reader``: "auto" (pdfium, then pdfminer where needed) or "pdfminer" alone.
    A page that neither can interpret comes out empty with ``needs_ocr`` set.
    """
    yield from _pages(path, password, ocr, pages, ocr_dpi, lang, reader, stored=False)


def pages_to_store(path: str | os.PathLike, password: str | None = None,
                   pages: Iterable[int] | None = None) -> Iterator[StoredPage]:
    """:func:`extract_pages` without OCR, each page in the form it is stored (for the
    extraction stage's sandboxed child: what it sends back costs little to receive, and
    pdfium's pages are packed as read, without a Word object a word)."""
    yield from _pages(path, password, "never", pages, None, "eng", "auto", stored=True)


def _pages(path: str | os.PathLike, password: str | None, ocr: str,
           pages: Iterable[int] | None, ocr_dpi: int | None, lang: str, reader: str,
           stored: bool) -> Iterator[Page | StoredPage]:
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {ocr!r}")
    if reader not in READERS:
        raise ValueError(f"reader must be one of {', '.join(READERS)}, not {reader!r}")
    wanted = None if pages is None else set(pages)
    last = None if wanted is None else max(wanted, default=0)
    if last == 0:
        return
    with PdfminerReader(path, password) as miner:
        fast = _pdfium(path, password) if reader == "auto" else None
        try:
            if fast is None:
                miner.open()  # ExtractError: why the document cannot be read
            count = len(fast) if fast is not None else None
            number = 0
            while True:
                number += 1
                if (count is not None and number > count) or (last is not None
                                                               and number > last):
                    break
                if count is None and not miner.has_page(number):
                    break
                if wanted is not None and number not in wanted:
                    continue
                if ocr == "always":
                    yield _ocr(path, number, password, ocr_dpi, lang)
                else:
                    yield _text_page(fast, miner, number, path, password, ocr, ocr_dpi, lang,
                                     stored)
        finally:
            if fast is not None:
                fast.close()


def _pdfium(path: str | os.PathLike, password: str | None) -> PdfiumReader | None:
    """The fast reader, or None when pdfium cannot open the document (pdfminer then reads
    it, or says why it cannot)."""
    try:
        return PdfiumReader(path, password)
    except Unreadable as exc:
        log.info("pdfium cannot open %s (%s); pdfminer reads it", path, exc)
        return None


def _read(fast: PdfiumReader | None, miner: PdfminerReader, number: int,
          stored: bool = False) -> tuple[Page | StoredPage, str | None]:
    """The page and why its text layer cannot be trusted (None when it can): pdfium's
    reading when it gives a usable one, else pdfminer's, as before there was a fast path.
    ``stored``: the page in the form it is stored."""
    quick = fast.read(number, stored) if fast is not None else None
    if quick is not None:
        problem = assess_text(quick.text, quick.width, quick.height)
        if problem is None:
            return quick, None
    try:
        page, image_area = miner.read(number)
        problem = assess_text(page.text, page.width, page.height, image_area)
        return (page.stored() if stored else page), problem
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop the document
        if quick is not None:
            return quick, problem  # pdfium's reading stands, flagged for OCR
        reason = f"{type(exc).__name__}: {exc}".rstrip(": ")
        log.warning("page %s could not be interpreted (%s); it needs OCR", number, reason)
        width, height = miner.displayed_size(number)
        empty = build_page(number, width, height, False, [])
        return (empty.stored() if stored else empty), f"unreadable: {reason}"


def _text_page(fast: PdfiumReader | None, miner: PdfminerReader, number: int,
               path: str | os.PathLike, password: str | None, ocr: str, ocr_dpi: int | None,
               lang: str, stored: bool = False) -> Page | StoredPage:
    page, problem = _read(fast, miner, number, stored)
    if problem is None:
        return page
    log.debug("page %s needs OCR: %s", number, problem)
    if ocr == "never":
        page.needs_ocr = True
        return page
    scanned = _ocr(path, number, password, ocr_dpi, lang)
    # Keep a sparse but real text layer when OCR finds even less (a near-blank page).
    if sum(c.isalnum() for c in scanned.text) < sum(c.isalnum() for c in page.text) and \
            "\ufffd" not in page.text:
        return page
    return scanned


def _ocr(path: str | os.PathLike, number: int, password: str | None, dpi: int | None,
         lang: str) -> Page:
    from ingest.ocr import DEFAULT_DPI, ocr_page

    return ocr_page(path, number, dpi=dpi or DEFAULT_DPI, password=password, lang=lang)


def page_count(path: str | os.PathLike, password: str | None = None) -> int:
    """Number of pages (qpdf reads the page tree without parsing content)."""
    import pikepdf

    try:
        with pikepdf.open(path, password=password or "") as pdf:
            return len(pdf.pages)
    except pikepdf.PasswordError as exc:
        raise ExtractError("Password required: the PDF is encrypted.") from exc
    except pikepdf.PdfError as exc:
        raise ExtractError(f"The PDF cannot be read ({exc}).") from exc


def extract_to_json(path: str | os.PathLike, password: str | None = None,
                    ocr: str = "auto") -> dict:
    """The ``inquiry extract FILE --json`` structure: {"pages": [Page.to_dict(), ...]}."""
    return {"pages": [p.to_dict() for p in extract_pages(path, password=password, ocr=ocr)]}
