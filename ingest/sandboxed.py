"""A whole document's pages read in sandboxed children, for callers with no services (the
``inquiry extract`` command, benchmarks): the worker's policy without its database.

The file is untrusted, so this process only starts children: qpdf counts the pages in one,
pdfminer reads the text layer a chunk of pages per child (a wall-clock limit per page), and
each page without a usable text layer is read by Tesseract in a child of its own, rendered
at the resolution that fits the pixel cap. A page that passes a limit is a page-level
problem, said in one line; the document goes on.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

from ingest import extract, sandbox
from ingest.pages import Page, build_page
from ingest.render import MAX_PIXELS
from ingest.sandbox import Limits, SandboxError

CHUNK_PAGES = 100


@dataclass
class PageResult:
    """One page as read, and why part of it could not be (None when all went well)."""

    page: Page
    problem: str | None = None
    note: str | None = None  # what happened on the way, not a loss (a fallback to OCR)


def page_count(path: str | os.PathLike, password: str | None, limits: Limits) -> int:
    """Pages in the document, counted by qpdf in a child; ExtractError says why not."""
    from ingest import validate

    try:
        probe = sandbox.run(validate.probe_pdf, os.fspath(path), password, limits=limits)
    except SandboxError as exc:
        raise extract.ExtractError(f"The PDF could not be opened within the limits: it "
                                   f"{exc.reason}.") from None
    if not probe.ok:  # type: ignore[attr-defined]
        raise extract.ExtractError(probe.reason or "The PDF cannot be read.")  # type: ignore[attr-defined]
    return int(probe.pages)  # type: ignore[attr-defined]


def extract_document(path: str | os.PathLike, password: str | None = None, ocr: str = "auto",
                     limits: Limits = Limits(), max_pixels: int = MAX_PIXELS,
                     chunk: int = CHUNK_PAGES, pages: int | None = None,
                     ) -> Iterator[PageResult]:
    """Every page in order. ``limits.wall_seconds`` is per page and ``limits.cpu_seconds``
    the most any one child may use; ``pages`` is the count if already known."""
    if ocr not in extract.OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(extract.OCR_MODES)}, not {ocr!r}")
    path = os.fspath(path)
    count = page_count(path, password, limits) if pages is None else pages
    first = 1
    while first <= count:
        last = min(count, first + chunk - 1)
        got = _text_layers(path, password, first, last, limits) if ocr != "always" else [
            PageResult(build_page(n, 0.0, 0.0, False, [])) for n in range(first, last + 1)]
        for result in got:  # the text child has ended: one child at a time
            yield _with_ocr(path, password, result, ocr, limits, max_pixels)
        first = last + 1


def _text_layers(path: str, password: str | None, first: int, last: int,
                 limits: Limits) -> list[PageResult]:
    """Pages ``first``..``last`` without OCR; a page that passes a limit is kept empty
    (for OCR) and the rest of the chunk is read by a fresh child."""
    out: list[PageResult] = []
    start = first
    while start <= last:
        cpu = min(limits.cpu_seconds, int(limits.wall_seconds * (last - start + 1)) + 30)
        try:
            for page in sandbox.iterate(extract.extract_pages, path, password=password,
                                        pages=range(start, last + 1), ocr="never",
                                        limits=Limits(limits.memory_bytes, cpu,
                                                      limits.wall_seconds)):
                out.append(PageResult(page))  # type: ignore[arg-type]
                start = page.number + 1  # type: ignore[attr-defined]
        except SandboxError as exc:
            empty = build_page(start, 612.0, 792.0, False, [])
            empty.needs_ocr = True
            out.append(PageResult(empty, note=f"page {start}: its text layer could not be "
                                              f"read within the limits (reading it "
                                              f"{exc.reason}); it is read from its image"))
            start += 1
    return out


def _with_ocr(path: str, password: str | None, result: PageResult, ocr: str, limits: Limits,
              max_pixels: int) -> PageResult:
    """The page, or its OCR reading where it has no usable text layer (or ``always``)."""
    from ingest import ocr as ocr_module

    page = result.page
    if ocr == "never" or (ocr == "auto" and not extract.needs_ocr(page)):
        if ocr == "never" and extract.needs_ocr(page) and result.note:
            result.problem = result.note
        return result
    try:
        scanned = sandbox.run(ocr_module.ocr_page, path, page.number, password=password,
                              max_pixels=max_pixels,
                              limits=Limits(limits.memory_bytes,
                                            min(limits.cpu_seconds,
                                                int(2 * limits.wall_seconds)),
                                            limits.wall_seconds))
    except (SandboxError, ocr_module.OcrError) as exc:
        why = exc.reason if isinstance(exc, SandboxError) else str(exc)
        result.problem = f"page {page.number}: its image could not be read ({why})"
        return result
    if ocr == "always" or _letters(scanned.text) >= _letters(page.text) \
            or "\ufffd" in page.text:
        return PageResult(scanned, note=result.note)  # type: ignore[arg-type]
    return result  # a sparse but real text layer beats a near-blank OCR reading


def _letters(text: str) -> int:
    return sum(ch.isalnum() for ch in text)
